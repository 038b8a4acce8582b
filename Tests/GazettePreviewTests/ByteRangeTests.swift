import GazettePreview
import Testing

/// How `gazette serve` reads a `Range` header against a file's length.
@Suite struct ByteRangeTests {
    @Test(arguments: [
        ("bytes=0-0", 10, ByteRange.partial(0..<1)),
        ("bytes=2-5", 10, .partial(2..<6)),
        ("bytes=2-", 10, .partial(2..<10)),
        ("bytes=-3", 10, .partial(7..<10)),
        ("bytes=-30", 10, .partial(0..<10)),
        ("bytes=8-20", 10, .partial(8..<10)),
        ("bytes=9-9", 10, .partial(9..<10)),
        (" Bytes = 1-2 ", 10, .partial(1..<3)),
        ("bytes=10-", 10, .unsatisfiable),
        ("bytes=10-12", 10, .unsatisfiable),
        ("bytes=-0", 10, .unsatisfiable),
        ("bytes=0-", 0, .unsatisfiable),
        ("bytes=-5", 0, .unsatisfiable),
        ("bytes=5-2", 10, .whole),
        ("bytes=0-1,3-4", 10, .whole),
        ("bytes=-", 10, .whole),
        ("bytes=", 10, .whole),
        ("bytes=a-3", 10, .whole),
        ("bytes=+1-3", 10, .whole),
        ("bytes=1- 3", 10, .whole),
        ("bytes=99999999999999999999999-", 10, .whole),
        ("lines=1-2", 10, .whole),
        ("bytes 1-2", 10, .whole),
    ])
    func readsOneRange(header: String, length: Int, expected: ByteRange) {
        #expect(ByteRange(header: header, length: length) == expected)
    }

    @Test func noHeaderIsTheWholeFile() {
        #expect(ByteRange(header: nil, length: 5) == .whole)
    }
}
