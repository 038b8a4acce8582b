import Foundation
import GazetteContent
import Testing
@testable import GazetteSearch

@Suite struct IndexLayoutTests {
    static func document(_ number: Int, title: String, summary: String = "A short summary.", section: String? = "Local",
                         year: Int = 2020, tags: [String] = []) -> SearchDocument {
        SearchDocument(url: "\(year)/a\(number).html", title: title, summary: summary,
                       date: ArticleDate(year: year, month: 1, day: 1 + number % 28, utcOffset: 0)!,
                       section: section.map { Section(name: $0) }, authors: [Author(name: "Ayşe Önal")], tags: tags.map { Tag(name: $0) })
    }

    static func build(_ documents: [SearchDocument], bodies: [String]) throws -> IndexReader {
        try IndexReader(SearchIndexer(documents: documents, body: { bodies[$0] }).build())
    }

    @Test func mapsEveryWordToItsStemAndPostingsNewestFirst() throws {
        let documents = [Self.document(0, title: "River floods the valley"), Self.document(1, title: "Council meets"),
                         Self.document(2, title: "Flooding again", section: "World")]
        let index = try Self.build(documents, bodies: ["Water everywhere.", "The council flooded nothing.", "Erdoğan visits."])
        #expect(index.documentCount == 3)
        #expect(index.lookUp("floods")?.stem == "flood")
        #expect(index.lookUp("flooding")?.stem == "flood")
        #expect(index.lookUp("erdogan")?.stem == "erdogan")
        #expect(index.lookUp("onal") != nil)
        let flood = try #require(index.stem("flood"))
        #expect(flood.frequency == 3)
        #expect(flood.newest.map(\.document) == [2, 1, 0])
        #expect(flood.newest.map(\.section) == [2, 1, 1])
        #expect(flood.tail.isEmpty && flood.best.isEmpty)
        // Positions: "flooding" is the first word of document 2's title.
        #expect(flood.positions[0] == [0])
        let local = try #require(index.stem("s:local"))
        #expect(local.newest.map(\.document) == [1, 0])
    }

    @Test func weighsTitlesAboveBodies() throws {
        let documents = (0..<3).map { Self.document($0, title: $0 == 1 ? "Harbour news" : "Other news") }
        let bodies = ["Harbour mentioned once in a long body of text about many things.", "Nothing here.", "Nothing either."]
        let harbour = try #require(try Self.build(documents, bodies: bodies).stem("harbour"))
        #expect(harbour.newest.map(\.document) == [1, 0])
        #expect(harbour.newest[0].weight > harbour.newest[1].weight)
    }

    @Test func splitsLongListsIntoNewestBestAndTail() throws {
        let count = SearchIndexEncoder.block * 2 + 10
        let documents = (0..<count).map { Self.document($0, title: $0 == 5 ? "Storm storm storm" : "Storm") }
        let storm = try #require(try Self.build(documents, bodies: Array(repeating: "", count: count)).stem("storm"))
        #expect(storm.frequency == count)
        #expect(storm.newest.count == SearchIndexEncoder.block)
        #expect(storm.newest.first?.document == count - 1)
        #expect((storm.newest + storm.tail).map(\.document) == Array((0..<count).reversed()))
        #expect(storm.best.count == SearchIndexEncoder.block)
        #expect(storm.best.first?.document == 5)
        #expect(storm.positions[count - 1 - 5] == [0, 1, 2])
    }

    @Test func isDeterministicAndKeepsChunksOfOldArticles() throws {
        let documents = (0..<300).map { Self.document($0, title: "Story \($0)", year: 2000 + $0 / 100) }
        let bodies = (0..<300).map { "Body \($0 % 7) text" }
        let first = try SearchIndexer(documents: documents, body: { bodies[$0] }).build()
        let again = try SearchIndexer(documents: documents, body: { bodies[$0] }).build()
        #expect(first == again)
        var more = documents
        more.append(Self.document(300, title: "Newest story", year: 2003))
        let grown = SearchIndexer(documents: more, body: { $0 < 300 ? bodies[$0] : "new" }).build()
        let before = Dictionary(uniqueKeysWithValues: first.map { ($0.path, $0.bytes) })
        let after = Dictionary(uniqueKeysWithValues: grown.map { ($0.path, $0.bytes) })
        #expect(before["search/d/0.txt"] == after["search/d/0.txt"])
        #expect(before["search/d/2.txt"] != after["search/d/2.txt"])
        let root = try IndexReader(grown).root
        #expect((root["years"] as? [[Int]]) == [[2000, 0], [2001, 100], [2002, 200], [2003, 300]])
        // A summary edited, the count unchanged: the chunks' version changes with their bytes.
        var edited = documents
        edited[5].summary = "A corrected summary."
        let versions = try [first, SearchIndexer(documents: edited, body: { bodies[$0] }).build()].map {
            try #require(try IndexReader($0).root["docHash"] as? String)
        }
        #expect(versions[0] != versions[1])
        #expect(try IndexReader(again).root["docHash"] as? String == versions[0])
    }

    @Test func keepsCJKText() throws {
        let index = try Self.build([Self.document(0, title: "東京都の洪水")], bodies: ["서울 뉴스"])
        #expect(index.lookUp("東京")?.stem == "東京")
        #expect(index.stem("京都")?.frequency == 1)
        #expect(index.stem("서울")?.frequency == 1)
    }

    @Test func documentLinesSpellSlugsOnlyWhenTheBrowserCannotDeriveThem() throws {
        var document = Self.document(0, title: "Tabs\tand lines", summary: String(repeating: "word ", count: 50), tags: ["Ünïcode Tag"])
        document.tags.append(Tag(name: "Named", slug: "custom"))
        let line = try #require(try IndexReader(SearchIndexer(documents: [document], body: { _ in "" }).build()).documentLine(0))
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 7)
        #expect(fields[1] == "Tabs and lines")
        #expect(fields[4] == "Ayşe Önal")
        #expect(fields[5] == "Ünïcode Tag|Named\u{1F}custom")
        #expect(fields[6].hasSuffix("word…") && fields[6].count <= SearchIndexEncoder.excerptLength + 1)
        #expect(SearchIndexEncoder.plainSlug("--a b/c--") == "a-b-c")
    }

    @Test func quantizedWeightsFollowBM25() {
        let short = SearchIndexEncoder.weight(count: 1, length: 50, averageLength: 100)
        let long = SearchIndexEncoder.weight(count: 1, length: 400, averageLength: 100)
        let many = SearchIndexEncoder.weight(count: 10, length: 100, averageLength: 100)
        #expect(short > long)
        #expect(many > short)
        #expect(SearchIndexEncoder.weight(count: 1_000_000, length: 1, averageLength: 100) == 255)
    }

    /// The best block is the head of the list sorted by weight, then newest: checked against
    /// a full sort on lists with many ties, few distinct weights and exactly a block's worth.
    @Test(arguments: [(300, 7), (1_000, 255), (129, 2), (5_000, 40), (128, 9)])
    func bestBlockIsTheHeadOfAFullSort(count: Int, spread: Int) {
        var state: UInt64 = UInt64(count * 31 + spread)
        let weights = (0..<count).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(1 + Int(state >> 33) % spread)
        }
        let sorted = weights.indices.sorted { (weights[$0], -$0) > (weights[$1], -$1) }
        #expect(SearchIndexEncoder.best(weights) == Array(sorted.prefix(SearchIndexEncoder.block)))
    }

    /// Each dictionary line names the byte range of its stem's entry in the shard, and that
    /// range alone decodes as the entry (its stem first), for words of short and long lists.
    @Test func dictionaryLinesPointAtTheirStemsEntries() throws {
        let count = SearchIndexEncoder.block + 40
        let documents = (0..<count).map { Self.document($0, title: $0 % 3 == 0 ? "Floods in town \($0)" : "Council meets \($0)") }
        let index = try Self.build(documents, bodies: (0..<count).map { $0 == 7 ? "A flooded cellar." : "Quiet day." })
        for word in ["floods", "flooded", "council", "town", "quiet", "cellar", "onal"] {
            let line = try #require(index.lookUp(word), "\(word)")
            let head = try #require(index.files[index.shard(of: line.stem) + ".bin"])
            #expect(line.entry.upperBound <= head.count)
            var at = line.entry.lowerBound
            let length = VarInt.read(head, &at)
            #expect(String(decoding: head[at..<(at + length)], as: UTF8.self) == line.stem)
            at += length
            let values = (0..<8).map { _ in VarInt.read(head, &at) }
            #expect(values[0] == line.frequency)
            #expect(at + values[7] == line.entry.upperBound, "\(word): the range ends where its blocks end")
        }
        #expect(index.lookUp("floods")?.entry == index.lookUp("flooded")?.entry)
    }

    /// A chunk has no table of offsets: its stride in the root places every line, so one
    /// range read, computed from the root alone, holds a document's whole line.
    @Test func documentLinesLieWhereTheirChunksStrideSays() throws {
        let count = SearchIndexEncoder.chunk + 5
        let documents = (0..<count).map { Self.document($0, title: "Story \($0)" + String(repeating: " long", count: $0 * 37 % 41)) }
        let index = try Self.build(documents, bodies: Array(repeating: "Text.", count: count))
        for number in 0..<count {
            let line = try #require(index.documentLine(number))
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false)[1] == documents[number].title[...])
        }
        let last = try #require(index.files["search/d/1.txt"])
        #expect(last.filter { $0 == 10 }.count == 5)
        #expect(last.last == 10)
        #expect(index.documentLine(count) == nil)
    }

    /// The stride is the smallest at which each padded line starts within a stride of `k * s`,
    /// even with one line far longer than the rest.
    @Test(arguments: [[40, 40, 40], [20, 20, 400, 20, 20, 20], [300, 10, 10, 10, 10, 10, 10, 10], [7]])
    func strideKeepsEveryLineWithinAStrideOfItsPlace(lengths: [Int]) {
        func starts(_ stride: Int) -> [Int] {
            var end = 0
            return lengths.enumerated().map { number, length in
                let start = max(end, number * stride)
                end = start + length
                return start
            } + [end]
        }
        let stride = SearchIndexEncoder.stride(lengths: lengths)
        #expect(starts(stride).enumerated().allSatisfy { $1 - $0 * stride < stride })
        #expect(!starts(stride - 1).enumerated().allSatisfy { $1 - $0 * (stride - 1) < stride - 1 })
    }
}
