@testable import GazetteContent
import Testing

/// ``ByteOrder`` sorts as comparing UTF-8 bytes one by one does.
struct ByteOrderTests {
    static let words = [
        "", "a", "ab", "abc", "b", "B", "/2019/03/07/bridge.html", "/2019/03/07/bridge/", "/2019/03/", "/tags/ä/",
        "/tags/z/", "/tags/é/", "/tags/\u{1F600}/", "/tags/\u{FF5E}/", "Z\u{0301}", "\u{E9}", "e\u{0301}", "a\0b", "a\0",
    ]

    @Test func agreesWithTheBytesOneByOne() {
        for lhs in Self.words {
            for rhs in Self.words {
                #expect(ByteOrder.precedes(lhs, rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8), "\(lhs) < \(rhs)")
            }
        }
    }

    @Test func sortsAsTheBytesDo() {
        let sorted = Self.words.sorted(by: ByteOrder.precedes)
        #expect(sorted == Self.words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(sorted.first == "" && sorted.last.map { Array($0.utf8) } == [0xC3, 0xA9])
    }
}
