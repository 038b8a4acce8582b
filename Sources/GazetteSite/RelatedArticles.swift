import GazetteContent

/// Picks related articles: most shared tags, then nearest in time, then source order.
/// Candidates come from a window around the article in each of its tags' lists, so the
/// cost stays bounded when a tag holds tens of thousands of articles.
struct RelatedArticles {
    let limit: Int
    let window: Int
    /// For each article (ascending index), its tags' group numbers.
    private let tagGroups: [[Int]]
    /// For each tag group, ascending article indices.
    private let members: [[Int]]
    private let instants: [Double]

    init(articles: [Article], tags: [SiteIndex.Group<TagKind>], limit: Int = 4, window: Int = 12) {
        self.limit = limit
        self.window = window
        var groupOfSlug: [String: Int] = [:]
        for (number, group) in tags.enumerated() { groupOfSlug[group.term.slug] = number }
        tagGroups = articles.map { article in Array(Set(article.tags.compactMap { groupOfSlug[$0.slug] })).sorted() }
        members = tags.map(\.members)
        instants = articles.map { $0.date.instant.timeIntervalSince1970 }
    }

    /// Related article indices for the article at `index`, best first.
    func related(to index: Int) -> [Int] {
        let own = Set(tagGroups[index])
        var candidates = Set<Int>()
        for group in tagGroups[index] {
            let list = members[group]
            let position = lowerBound(list, index)
            let low = max(0, position - window), high = min(list.count, position + window + 1)
            for candidate in list[low..<high] where candidate != index { candidates.insert(candidate) }
        }
        let scored = candidates.map { candidate -> (shared: Int, distance: Double, index: Int) in
            let shared = tagGroups[candidate].reduce(0) { own.contains($1) ? $0 + 1 : $0 }
            return (shared, abs(instants[candidate] - instants[index]), candidate)
        }
        return scored.sorted { lhs, rhs in
            if lhs.shared != rhs.shared { return lhs.shared > rhs.shared }
            if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
            return lhs.index < rhs.index
        }.prefix(limit).map(\.index)
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
