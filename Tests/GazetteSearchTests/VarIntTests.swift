import Testing
@testable import GazetteSearch

/// Numbers written into a buffer are the bytes appending them one by one gives, and the
/// postings built from them read back.
@Suite struct VarIntTests {
    @Test(arguments: [0, 1, 127, 128, 300, 16_383, 16_384, 2_097_152, Int(UInt32.max), Int.max])
    func writingGivesTheAppendedBytes(_ value: Int) {
        var appended: [UInt8] = []
        VarInt.append(value, to: &appended)
        let written = [UInt8](unsafeUninitializedCapacity: VarInt.maxBytes) { buffer, count in
            count = VarInt.write(value, to: buffer, at: 0)
        }
        #expect(written == appended)
        var offset = 0
        #expect(VarInt.read(written, &offset) == value && offset == written.count)
    }

    @Test func postingsReadBackWithTheirPositions() {
        var list = PostingList()
        let positions: [[UInt32]] = [[0, 3, 200], [], [5], Array(0..<300).map { UInt32($0 * 129) }]
        let documents = [2, 130, 131, 40_000]
        for (document, places) in zip(documents, positions) {
            list.add(document: document, count: UInt32(places.count * 3 + 1), positions: places[...])
        }
        let decoded = list.decoded()
        #expect(decoded.map(\.document) == documents)
        #expect(decoded.map(\.count) == positions.map { $0.count * 3 + 1 })
        for (posting, places) in zip(decoded, positions) {
            var expected: [UInt8] = []
            VarInt.append(places.count, to: &expected)
            var previous: UInt32 = 0
            for place in places { VarInt.append(Int(place - previous), to: &expected); previous = place }
            #expect(Array(list.positionBytes(of: posting)) == expected)
        }
    }
}
