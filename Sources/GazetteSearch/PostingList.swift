/// The documents one stem is in, collected oldest first while the index is built: each as
/// its document number (delta-coded), its weighted term count and its positions, packed as
/// numbers in byte arrays so that a million articles' postings stay small in memory.
struct PostingList {
    /// Delta of the document number, then the weighted count, per document.
    private(set) var entries: [UInt8] = []
    /// Count of positions, then the positions delta-coded, per document.
    private(set) var positions: [UInt8] = []
    private(set) var count = 0
    private var last = -1

    mutating func add(document: Int, count weighted: UInt32, positions list: ArraySlice<UInt32>) {
        VarInt.append(document - last, to: &entries)
        VarInt.append(Int(weighted), to: &entries)
        Self.appendPositions(list, to: &positions)
        last = document
        count += 1
    }

    /// One document's positions as the positions file holds them: their count, then deltas.
    static func appendPositions(_ list: ArraySlice<UInt32>, to bytes: inout [UInt8]) {
        VarInt.append(list.count, to: &bytes)
        var previous: UInt32 = 0
        for position in list {
            VarInt.append(Int(position - previous), to: &bytes)
            previous = position
        }
    }

    /// One document of the list, decoded.
    struct Posting {
        var document: Int
        var count: Int
        /// Where its positions start in ``PostingList/positions`` (count first).
        var positionsAt: Int
    }

    /// Every posting, oldest first.
    func decoded() -> [Posting] {
        var result: [Posting] = []
        result.reserveCapacity(count)
        var offset = 0, positionOffset = 0, document = -1
        for _ in 0..<count {
            document += VarInt.read(entries, &offset)
            let weighted = VarInt.read(entries, &offset)
            result.append(Posting(document: document, count: weighted, positionsAt: positionOffset))
            let many = VarInt.read(positions, &positionOffset)
            for _ in 0..<many { _ = VarInt.read(positions, &positionOffset) }
        }
        return result
    }

    /// The position bytes of one posting (its count and deltas), as the positions file holds them.
    func positionBytes(of posting: Posting) -> ArraySlice<UInt8> {
        var end = posting.positionsAt
        let many = VarInt.read(positions, &end)
        for _ in 0..<many { _ = VarInt.read(positions, &end) }
        return positions[posting.positionsAt..<end]
    }
}
