import GazetteContent

/// Picks related articles: most shared tags, then nearest in time, then source order.
/// Candidates come from a window around the article in each of its tags' lists, so the
/// cost stays bounded when a tag holds tens of thousands of articles.
struct RelatedArticles {
    let limit: Int
    let window: Int
    /// For each article (ascending index), its tags' group numbers, ascending, all in one
    /// list: article `i`'s are `tagList[tagStarts[i]..<tagStarts[i + 1]]` (a list per article
    /// cost a retain and a release per candidate compared).
    private let tagStarts: [Int]
    private let tagList: [Int32]
    /// For each tag group, ascending article indices.
    private let members: [[Int]]
    private let instants: [Double]

    init(articles: [Article], tags: [SiteIndex.Group<TagKind>], limit: Int = 4, window: Int = 12) {
        self.limit = limit
        self.window = window
        var groupOfSlug: [String: Int] = [:]
        for (number, group) in tags.enumerated() { groupOfSlug[group.term.slug] = number }
        let tagGroups = Parallel.map(articles.count) { [groupOfSlug] index in
            Array(Set(articles[index].tags.compactMap { groupOfSlug[$0.slug] })).sorted()
        }
        var starts = [0]
        starts.reserveCapacity(articles.count + 1)
        var list: [Int32] = []
        for groups in tagGroups {
            list += groups.map { Int32($0) }
            starts.append(list.count)
        }
        tagStarts = starts
        tagList = list
        members = tags.map(\.members)
        instants = articles.map { $0.date.instant.timeIntervalSince1970 }
    }

    /// Related article indices for the article at `index`, best first.
    func related(to index: Int) -> [Int] {
        tagList.withUnsafeBufferPointer { related(to: index, tags: $0) }
    }

    private func related(to index: Int, tags: UnsafeBufferPointer<Int32>) -> [Int] {
        let own = UnsafeBufferPointer(rebasing: tags[tagStarts[index]..<tagStarts[index + 1]])
        var candidates: [Int] = []
        candidates.reserveCapacity(own.count * (2 * window + 1))
        for group in own {
            let list = members[Int(group)]
            let position = lowerBound(list, index)
            candidates += list[max(0, position - window)..<min(list.count, position + window + 1)]
        }
        candidates.sort()
        var best: [(shared: Int, distance: Double, index: Int)] = []
        var previous = -1
        for candidate in candidates where candidate != previous && candidate != index {
            previous = candidate
            let theirs = UnsafeBufferPointer(rebasing: tags[tagStarts[candidate]..<tagStarts[candidate + 1]])
            let score = (shared: sharedCount(own, theirs),
                         distance: abs(instants[candidate] - instants[index]), index: candidate)
            // Keep the best `limit` in order: a short insertion, no full sort.
            var slot = best.count
            while slot > 0 && Self.better(score, than: best[slot - 1]) { slot -= 1 }
            if slot < limit {
                best.insert(score, at: slot)
                if best.count > limit { best.removeLast() }
            }
        }
        return best.map(\.index)
    }

    private static func better(_ lhs: (shared: Int, distance: Double, index: Int), than rhs: (shared: Int, distance: Double, index: Int)) -> Bool {
        if lhs.shared != rhs.shared { return lhs.shared > rhs.shared }
        if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
        return lhs.index < rhs.index
    }

    /// Size of the intersection of two sorted lists of tag groups.
    private func sharedCount(_ lhs: UnsafeBufferPointer<Int32>, _ rhs: UnsafeBufferPointer<Int32>) -> Int {
        var i = 0, j = 0, count = 0
        while i < lhs.count && j < rhs.count {
            if lhs[i] == rhs[j] { count += 1; i += 1; j += 1 } else if lhs[i] < rhs[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    private func lowerBound(_ list: [Int], _ value: Int) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
