import Foundation
import GazetteContent

extension SearchIndexEncoder {
    /// Shard files of postings, the hash of each shard (its three files together) and where
    /// each stem's entry lies in its `XXX.bin` (offset, length; by stem number), which the
    /// dictionary repeats so that a query reads only that range.
    ///
    /// `XXX.bin`: `GZS1`, the count of stems, then per stem (sorted by UTF-8 bytes): its
    /// length and bytes, document frequency, count in the newest block, count in the best
    /// block, offset and length of its tail in `XXX-t.bin`, offset and length of its
    /// positions in `XXX-x.bin`, length of its two blocks, then the blocks. Newest block:
    /// per document, newest first, the gap (first: newest number minus it; then the
    /// previous minus it minus one), the weight byte and the section code byte. Best block
    /// (lists longer than ``block`` only), best weight first: newest number minus the
    /// document, weight, section. Tail: the rest of the newest-first list, gaps continuing.
    /// Positions: per document of the whole list, newest first, a count then the deltas.
    /// Each shard's files go to `emit` from the thread that made them, so the postings files
    /// (most of the index's bytes) are never all held at once.
    func encodePostings(shards: Int, codes: [Int], emit: @Sendable (SearchFile) -> Void) -> (hashes: [String], entries: [(at: Int, length: Int)]) {
        let newest = documents.count - 1
        let averageLength = Self.averageLength(total: lengths.reduce(0, +), count: lengths.count)
        var members = [[Int]](repeating: [], count: shards)
        for (number, stem) in stems.enumerated() { members[Int(VarInt.hash(stem) & UInt32(shards - 1))].append(number) }
        let groups = members
        let encoded = Slots<(String, [(number: Int, at: Int, length: Int)])>(count: shards)
        DispatchQueue.concurrentPerform(iterations: shards) { shard in
            let sorted = groups[shard].sorted { ByteOrder.precedes(stems[$0], stems[$1]) }
            var head: [UInt8] = Array("GZS1".utf8), tail: [UInt8] = [], positions: [UInt8] = []
            VarInt.append(sorted.count, to: &head)
            var entries: [(number: Int, at: Int, length: Int)] = []
            for number in sorted {
                let list = postings[number]
                let all = Array(list.decoded().reversed())
                let positionStart = positions.count
                for posting in all { positions.append(contentsOf: list.positionBytes(of: posting)) }
                let encoded = all.map { posting in
                    Posting(document: posting.document, code: UInt8(codes[posting.document]),
                            weight: Self.weight(count: posting.count, length: lengths[posting.document], averageLength: averageLength))
                }
                let entry = Self.appendEntry(stem: Array(stems[number].utf8), postings: encoded, newest: newest, head: &head, tail: &tail,
                                             positions: positionStart..<positions.count)
                entries.append((number, entry.lowerBound, entry.count))
            }
            let base = "search/p/" + Self.shardName(shard)
            encoded.set(shard, (Self.hashText([head, tail, positions]), entries))
            emit(SearchFile(path: base + ".bin", bytes: head))
            if !tail.isEmpty { emit(SearchFile(path: base + "-t.bin", bytes: tail)) }
            if !positions.isEmpty { emit(SearchFile(path: base + "-x.bin", bytes: positions)) }
        }
        var hashes: [String] = []
        var entries = [(at: Int, length: Int)](repeating: (0, 0), count: stems.count)
        for shard in 0..<shards {
            let (hash, shardEntries) = encoded.take(shard)
            hashes.append(hash)
            for entry in shardEntries { entries[entry.number] = (entry.at, entry.length) }
        }
        return (hashes, entries)
    }

    /// One document of a stem's list as the shard stores it.
    struct Posting: Equatable {
        var document: Int
        var code: UInt8
        var weight: UInt8
    }

    /// Appends one stem's entry to a shard: its fields and blocks to `head`, the rest of a long
    /// list to `tail`; its positions are already in the positions file at `positions`.
    /// `postings` are newest first. Gives the entry's range in `head`. The full build and the
    /// body-edit patch (``SearchPatch``) both encode entries here, so they give the same bytes.
    static func appendEntry(stem: [UInt8], postings all: [Posting], newest: Int, head: inout [UInt8], tail: inout [UInt8],
                            positions: Range<Int>) -> Range<Int> {
        let entryStart = head.count
        var blocks: [UInt8] = []
        var previous = newest + 1
        let tailStart = tail.count
        for (rank, posting) in all.enumerated() {
            let gap = previous - posting.document - 1
            if rank < block {
                VarInt.append(gap, to: &blocks)
                blocks.append(posting.weight)
                blocks.append(posting.code)
            } else {
                VarInt.append(gap, to: &tail)
                tail.append(posting.weight)
                tail.append(posting.code)
            }
            previous = posting.document
        }
        let best = all.count > block ? Self.best(all.map(\.weight)) : []
        for rank in best {
            VarInt.append(newest - all[rank].document, to: &blocks)
            blocks.append(all[rank].weight)
            blocks.append(all[rank].code)
        }
        VarInt.append(stem.count, to: &head)
        head += stem
        for value in [all.count, min(all.count, block), best.count, tailStart, tail.count - tailStart,
                      positions.lowerBound, positions.count, blocks.count] {
            VarInt.append(value, to: &head)
        }
        head += blocks
        return entryStart..<head.count
    }

    /// The ranks of the ``block`` best weights, best first and the newer first among equals
    /// (`weights` are newest first): the head of a full sort, without sorting the whole list.
    static func best(_ weights: [UInt8]) -> [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for weight in weights { counts[Int(weight)] += 1 }
        var threshold = 255, above = 0
        while threshold > 0 && above + counts[threshold] < block {
            above += counts[threshold]
            threshold -= 1
        }
        var ties = block - above
        var chosen: [Int] = []
        chosen.reserveCapacity(block)
        for (rank, weight) in weights.enumerated() where Int(weight) >= threshold {
            if Int(weight) > threshold {
                chosen.append(rank)
            } else if ties > 0 {
                chosen.append(rank)
                ties -= 1
            }
        }
        return chosen.sorted { (weights[$0], -$0) > (weights[$1], -$1) }
    }
}
