import Foundation
import GazetteContent
import Testing
@testable import GazetteSearch

/// A patched index is byte for byte the index a full build of the edited articles gives.
@Suite struct SearchPatchTests {
    static let pool = ["river", "flood", "floods", "flooding", "council", "budget", "school", "schools", "court", "weather",
                       "bridge", "harbour", "the", "of", "and", "a", "mayor", "vote", "storm", "road", "Łódź", "Erdoğan", "宮崎"]

    /// `count` articles, in three sections, with bodies drawn from ``pool`` (deterministic),
    /// so that common stems have lists longer than a block and a tail.
    static func corpus(_ count: Int) -> (documents: [SearchDocument], bodies: [String]) {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var documents: [SearchDocument] = [], bodies: [String] = []
        for number in 0..<count {
            let section = ["Local", "World", "Sport"][number % 3]
            documents.append(SearchDocument(
                url: "a\(number).html", title: "Story \(number) \(pool[next(pool.count)])", summary: "Summary \(number).",
                date: ArticleDate(year: 2018 + number / 100, month: 1 + number % 12, day: 1 + number % 28, utcOffset: 0)!,
                section: Section(name: section), authors: [Author(name: number % 2 == 0 ? "Ann" : "Bo")],
                tags: [Tag(name: pool[next(5)])]))
            bodies.append((0..<(20 + next(40))).map { _ in pool[next(pool.count)] }.joined(separator: " ") + ".")
        }
        bodies[17] += " Zanzibarque stays here."
        return (documents, bodies)
    }

    static func files(_ documents: [SearchDocument], _ bodies: [String]) -> (files: [String: [UInt8]], words: SearchState.Words) {
        let collected = FileBox()
        let words = SearchIndexer(documents: documents, body: { bodies[$0] }).write { file in collected.add(file) }
        return (collected.files, words)
    }

    final class FileBox: @unchecked Sendable {
        private let lock = NSLock()
        private var map: [String: [UInt8]] = [:]
        func add(_ file: SearchFile) { lock.withLock { map[file.path] = file.bytes } }
        var files: [String: [UInt8]] { lock.withLock { map } }
    }

    /// Applies one body edit by patch and checks every file against a full build; gives the
    /// patched files and state for a further edit.
    @discardableResult
    static func patchMatchesFullBuild(_ documents: [SearchDocument], _ bodies: [String], from old: [String: [UInt8]],
                                      state: inout SearchState, edited: [Int]) -> [String: [UInt8]]? {
        let edits = edited.map { SearchPatch.Edit(number: $0, document: documents[$0], body: bodies[$0]) }
        guard let patch = SearchPatch(read: { old[$0] }).apply(edits, state: &state) else { return nil }
        var patched = old
        for file in patch { patched[file.path] = file.bytes }
        let full = files(documents, bodies).files
        #expect(Set(patched.keys) == Set(full.keys))
        for (path, bytes) in full where patched[path] != bytes { Issue.record("\(path) differs from the full build") }
        return patched
    }

    static func state(_ words: SearchState.Words) -> SearchState {
        SearchState(base: SearchState.encoded(words, fingerprint: 1, urlsKey: 2), edits: nil)!
    }

    @Test(arguments: ["append", "remove only word", "new word", "middle", "summary", "empty"])
    func oneEditMatchesAFullBuild(kind: String) throws {
        var (documents, bodies) = Self.corpus(300)
        let (old, words) = Self.files(documents, bodies)
        var state = Self.state(words)
        let number: Int
        switch kind {
        case "append": number = 150; bodies[number] += " The mayor crossed the bridge."
        case "remove only word": number = 17; bodies[number] = bodies[number].replacingOccurrences(of: "Zanzibarque", with: "river")
        case "new word": number = 0; bodies[number] += " Quixotrelm and snorvald."
        case "middle":
            number = 299
            var words = bodies[number].split(separator: " ").map(String.init)
            words[words.count / 2] = "harbour"
            bodies[number] = words.joined(separator: " ")
        case "summary": number = 42; documents[number].summary = "A new summary, from the body."
        default: number = 200; bodies[number] = ""
        }
        let patched = Self.patchMatchesFullBuild(documents, bodies, from: old, state: &state, edited: [number])
        #expect(patched != nil)
        if kind == "remove only word" { #expect(patched.map { !String(decoding: $0.values.joined(), as: UTF8.self).contains("zanzibarque") } == true) }
    }

    /// Edits one after another, the state going through its patches' file each time, and two
    /// articles at once.
    @Test func editsInARowMatchAFullBuild() throws {
        var (documents, bodies) = Self.corpus(300)
        var (files, words) = Self.files(documents, bodies)
        var state = Self.state(words)
        let base = SearchState.encoded(words, fingerprint: 1, urlsKey: 2)
        for (round, numbers) in [[10], [10], [20, 230], [17]].enumerated() {
            for number in numbers { bodies[number] += round == 1 ? " Glorbnak." : " Storm and flood \(round)." }
            if round == 3 { bodies[10] = bodies[10].replacingOccurrences(of: " Glorbnak.", with: "") }
            let edited = round == 3 ? [10, 17] : numbers
            guard let next = Self.patchMatchesFullBuild(documents, bodies, from: files, state: &state, edited: edited) else {
                Issue.record("round \(round) fell back")
                return
            }
            files = next
            state = try #require(SearchState(base: base, edits: state.encodedEdits()))
        }
        _ = words
    }

    /// A state larger than its header's first read (thousands of articles and words) reads
    /// back each article's words and length, and its patches' file on top of it.
    @Test func aLargeStateReadsBackEveryArticle() throws {
        var words = SearchState.Words()
        for number in 0..<9_000 { words.add("w\(number)", stem: Int32(number)) }
        let lists = (0..<6_000).map { article in (0..<(article % 50)).map { Int32(($0 * 977 + article * 31) % 9_000) } }
        for (article, list) in lists.enumerated() { words.addArticle(length: article + 3, words: Array(Set(list))) }
        let base = SearchState.encoded(words, fingerprint: 7, urlsKey: 8)
        guard var state = SearchState(base: base, edits: nil) else {
            Issue.record("the state does not read back")
            return
        }
        #expect(state.documentCount == 6_000 && state.urlsKey == 8)
        for article in [0, 1, 2_345, 5_999] {
            let read = try #require(state.article(article))
            #expect(read.length == article + 3)
            #expect(read.words == Set(lists[article].map(Int.init)).sorted())
        }
        let added = state.addWord("new")
        state.replace(article: 5_999, length: 4, words: [added, 3])
        guard let again = SearchState(base: base, edits: state.encodedEdits()) else {
            Issue.record("the state with its patches does not read back")
            return
        }
        #expect(again.article(5_999)?.words == [3, added])
        #expect(again.articleCount(added) == 1)
    }

    /// An edit that moves the rounded average length, which every weight depends on, is not patched.
    @Test func anEditThatMovesTheAverageFallsBack() {
        var (documents, bodies) = Self.corpus(300)
        let (old, words) = Self.files(documents, bodies)
        var state = Self.state(words)
        bodies[5] += String(repeating: " river", count: 2_000)
        let before = state.totalLength
        #expect(Self.patchMatchesFullBuild(documents, bodies, from: old, state: &state, edited: [5]) == nil)
        #expect(state.totalLength == before)
        documents[5].title += ""
    }
}
