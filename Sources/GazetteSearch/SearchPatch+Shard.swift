import Foundation

extension SearchPatch {
    /// One shard's three files as the output holds them, read back entry by entry (the layout
    /// is ``SearchIndexEncoder/encodePostings(shards:codes:emit:)``'s).
    struct Shard {
        struct Entry {
            var stem: [UInt8]
            var count: Int
            var newest: Int
            var best: Int
            var tail: Range<Int>
            var positions: Range<Int>
            /// The newest and best blocks, in the head file.
            var blocks: Range<Int>
        }

        var head: [UInt8]
        var tail: [UInt8]
        var positions: [UInt8]
        var entries: [Entry] = []

        /// Nil when the files are not a shard of this layout.
        init?(head: [UInt8], tail: [UInt8], positions: [UInt8]) {
            (self.head, self.tail, self.positions) = (head, tail, positions)
            guard head.starts(with: Array("GZS1".utf8)) else { return nil }
            var at = 4
            let count = VarInt.read(head, &at)
            for _ in 0..<count {
                let length = VarInt.read(head, &at)
                guard at + length <= head.count else { return nil }
                let stem = Array(head[at..<(at + length)])
                at += length
                let values = (0..<8).map { _ in VarInt.read(head, &at) }
                let entry = Entry(stem: stem, count: values[0], newest: values[1], best: values[2], tail: values[3]..<(values[3] + values[4]),
                                  positions: values[5]..<(values[5] + values[6]), blocks: at..<(at + values[7]))
                guard entry.blocks.upperBound <= head.count, entry.tail.upperBound <= tail.count,
                      entry.positions.upperBound <= positions.count, entry.newest == min(entry.count, SearchIndexEncoder.block)
                else { return nil }
                entries.append(entry)
                at = entry.blocks.upperBound
            }
            guard at == head.count else { return nil }
        }

        /// An entry's whole list, newest first (its positions stay where they are).
        func postings(of entry: Entry, newest: Int) -> [SearchIndexEncoder.Posting]? {
            var result: [SearchIndexEncoder.Posting] = []
            result.reserveCapacity(entry.count)
            var previous = newest + 1
            var at = entry.blocks.lowerBound, tailAt = entry.tail.lowerBound
            for rank in 0..<entry.count {
                let document: Int, weight: UInt8, code: UInt8
                if rank < entry.newest {
                    document = previous - VarInt.read(head, &at) - 1
                    guard at + 2 <= entry.blocks.upperBound else { return nil }
                    (weight, code) = (head[at], head[at + 1])
                    at += 2
                } else {
                    document = previous - VarInt.read(tail, &tailAt) - 1
                    guard tailAt + 2 <= entry.tail.upperBound else { return nil }
                    (weight, code) = (tail[tailAt], tail[tailAt + 1])
                    tailAt += 2
                }
                guard document >= 0 else { return nil }
                previous = document
                result.append(SearchIndexEncoder.Posting(document: document, code: code, weight: weight))
            }
            guard tailAt == entry.tail.upperBound else { return nil }
            return result
        }

        /// Where the positions of the document at `start` in the positions file end: a count,
        /// then that many varints. Nil past `limit`.
        func positionsEnd(from start: Int, limit: Int) -> Int? {
            var at = start
            let many = VarInt.read(positions, &at)
            return positions.withUnsafeBufferPointer { bytes -> Int? in
                var left = many
                while left > 0 {
                    guard at < limit else { return nil }
                    if bytes[at] < 0x80 { left -= 1 }
                    at += 1
                }
                return at <= limit ? at : nil
            }
        }
    }

    /// What becomes of one stem's list: the documents it loses (every edited one) and the
    /// new postings of those that hold it now.
    struct StemChange {
        var removed: Set<Int> = []
        var added: [(posting: SearchIndexEncoder.Posting, positions: [UInt8])] = []
    }

    /// A stem's list with `change` applied, newest first, its positions appended to
    /// `positions`: the old positions are copied in runs, walked only as far as the oldest
    /// document that changes.
    private static func merged(_ shard: Shard, _ entry: Shard.Entry?, _ change: StemChange, newest: Int,
                               into positions: inout [UInt8]) -> [SearchIndexEncoder.Posting]? {
        var list: [SearchIndexEncoder.Posting] = []
        if let entry {
            guard let decoded = shard.postings(of: entry, newest: newest) else { return nil }
            list = decoded
        }
        let added = change.added.sorted { $0.posting.document > $1.posting.document }
        let removed = Array(change.removed)
        let lowest = min(removed.min() ?? Int.max, added.last?.posting.document ?? Int.max)
        let end = entry?.positions.upperBound ?? 0
        var result: [SearchIndexEncoder.Posting] = []
        result.reserveCapacity(list.count + added.count)
        var run = entry?.positions.lowerBound ?? 0, at = run, next = 0, index = 0
        while index < list.count && list[index].document >= lowest {
            let posting = list[index]
            while next < added.count && added[next].posting.document > posting.document {
                positions += shard.positions[run..<at]
                run = at
                positions += added[next].positions
                result.append(added[next].posting)
                next += 1
            }
            guard let after = shard.positionsEnd(from: at, limit: end) else { return nil }
            if removed.contains(posting.document) {
                positions += shard.positions[run..<at]
                run = after
            } else {
                result.append(posting)
            }
            at = after
            index += 1
        }
        positions += shard.positions[run..<at]
        for addition in added[next...] {
            positions += addition.positions
            result.append(addition.posting)
        }
        result += list[index...]
        positions += shard.positions[at..<end]
        return result
    }

    /// The shard's files again with `changes` applied, encoded as the full build encodes them
    /// (``SearchIndexEncoder/appendEntry(stem:postings:newest:head:tail:positions:)``), the
    /// other entries copied with only their offsets moved; and each stem's entry range and
    /// list length. Nil when the old files do not decode.
    static func patched(_ shard: Shard, changes: [[UInt8]: StemChange], newest: Int)
        -> (head: [UInt8], tail: [UInt8], positions: [UInt8], entries: [[UInt8]: (at: Int, length: Int, count: Int)])? {
        var stems = Set(shard.entries.map(\.stem))
        var old: [[UInt8]: Shard.Entry] = [:]
        for entry in shard.entries { old[entry.stem] = entry }
        stems.formUnion(changes.keys)
        let sorted = stems.sorted { $0.lexicographicallyPrecedes($1) }
        var tail: [UInt8] = [], positions: [UInt8] = []
        tail.reserveCapacity(shard.tail.count + 4_096)
        positions.reserveCapacity(shard.positions.count + 4_096)
        var entries: [[UInt8]: (at: Int, length: Int, count: Int)] = [:]
        var head: [UInt8] = []
        head.reserveCapacity(shard.head.count + 4_096)
        var kept: [(stem: [UInt8], range: Range<Int>, count: Int)] = []
        for stem in sorted {
            if let change = changes[stem] {
                let positionStart = positions.count
                guard let list = merged(shard, old[stem], change, newest: newest, into: &positions) else { return nil }
                guard !list.isEmpty else { continue }
                let range = SearchIndexEncoder.appendEntry(stem: stem, postings: list, newest: newest, head: &head,
                                                           tail: &tail, positions: positionStart..<positions.count)
                kept.append((stem, range, list.count))
            } else if let entry = old[stem] {
                let start = head.count
                VarInt.append(stem.count, to: &head)
                head += stem
                for value in [entry.count, entry.newest, entry.best, tail.count, entry.tail.count, positions.count, entry.positions.count, entry.blocks.count] {
                    VarInt.append(value, to: &head)
                }
                head += shard.head[entry.blocks]
                tail += shard.tail[entry.tail]
                positions += shard.positions[entry.positions]
                kept.append((stem, start..<head.count, entry.count))
            }
        }
        var file: [UInt8] = Array("GZS1".utf8)
        VarInt.append(kept.count, to: &file)
        let base = file.count
        file += head
        for entry in kept {
            entries[entry.stem] = (base + entry.range.lowerBound, entry.range.count, entry.count)
        }
        return (file, tail, positions, entries)
    }
}
