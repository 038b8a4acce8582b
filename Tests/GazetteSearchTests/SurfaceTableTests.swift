import Testing
@testable import GazetteSearch
import GazetteContent

/// The analyzer's byte-keyed word table: what it stores it finds again, through growth, and
/// it finds nothing it was not given.
@Suite struct SurfaceTableTests {
    private func find(_ table: SurfaceTable, _ word: String) -> Int32? {
        Array(word.utf8).withUnsafeBufferPointer { table.find($0) }
    }

    @Test func findsEveryWordAfterGrowingAndNoOther() {
        var table = SurfaceTable()
        let words = (0..<5_000).map { "w\($0)" } + ["", "é", "東京", "flood", "floods"]
        for (number, word) in words.enumerated() {
            #expect(find(table, word) == nil)
            Array(word.utf8).withUnsafeBufferPointer { table.insert($0, value: Int32(number)) }
        }
        #expect(table.count == words.count)
        for (number, word) in words.enumerated() { #expect(find(table, word) == Int32(number)) }
        #expect(find(table, "w5000") == nil)
        #expect(find(table, "flo") == nil)
        #expect(find(table, "東") == nil)
        var seen: [String: Int32] = [:]
        table.forEach { word, number in seen[word] = number }
        #expect(seen.count == words.count)
        #expect(seen["floods"] == Int32(words.count - 1))
    }

    @Test func analyzerGivesEachPositionToItsTerm() {
        let analyzer = DocumentAnalyzer()
        let document = SearchDocument(url: "a.html", title: "Flood flood", summary: "River",
                                      date: ArticleDate(year: 2020, month: 1, day: 2, utcOffset: 0)!)
        let terms = analyzer.analyze(document, body: "The flooded river")
        var byStem: [String: [UInt32]] = [:]
        for (index, stem) in terms.stems.enumerated() { byStem[analyzer.stems[Int(stem)]] = Array(terms.positions(of: index)) }
        // Title at 0-1, the summary after a gap of 3 (5), the body after another (9-11).
        #expect(byStem["flood"] == [0, 1, 10])
        #expect(byStem["river"] == [5, 11])
        #expect(byStem["the"] == [9])
        #expect(terms.length == 6)
    }
}
