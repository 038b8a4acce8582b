import Foundation
import Synchronization
import Testing
@testable import GazetteSite
import GazetteTestSupport

/// With search on, a body edit takes the quick path and patches the index, and the output is
/// byte for byte what a full build of the same input gives.
@Suite struct QuickSearchRebuildTests: SiteBuildingSuite {
    static let words = ["harbour", "ferry", "council", "tide", "budget", "school", "bridge", "storm", "the", "of", "and", "river",
                        "Łódź", "mayor", "vote", "road"]

    static func body(_ number: Int) -> String {
        (0..<(30 + number % 17)).map { words[($0 * 7 + number * 3) % words.count] }.joined(separator: " ") + "."
    }

    static func story(_ number: Int, body: String? = nil, summary: Bool = true) -> String {
        BuildTests.article("Story \(number) on the \(words[number % words.count])",
                           date: String(format: "2021-%02d-%02dT09:00:00Z", 1 + number % 12, 1 + number % 28),
                           body: body ?? Self.body(number), extra: summary ? "summary: Summary \(number)\n" : "")
    }

    func path(_ number: Int) -> String { String(format: "Content/2021/story-%02d.md", number) }

    func makeSite() throws -> TemporarySite {
        var files = ["site.yml": "title: Search Times\nbase_url: https://example.org/\nprecompress: [gzip]\n"]
        for number in 1...40 { files[path(number)] = Self.story(number, summary: number % 5 != 0) }
        files[path(7)] = Self.story(7, body: Self.body(7) + " Only seven says zanzibarque.")
        return try TemporarySite(files)
    }

    func build(_ site: TemporarySite, into output: URL) throws -> BuildSummary { try build(site, into: output, written: nil) }

    func build(_ site: TemporarySite, into output: URL, written: Written?) throws -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        if let written { options.didWrite = { path in written.paths.withLock { $0.append(path) } } }
        return try SiteBuilder(options: options).build()
    }

    /// The paths a build wrote, through its `didWrite` hook.
    final class Written: Sendable {
        let paths = Mutex<[String]>([])
    }

    func pages(_ output: URL) -> [String: Data] { snapshot(of: output).filter { !$0.key.hasPrefix(".gazette") } }

    /// Requires `output` to equal a build of `site` from nothing.
    func expectFullBuildEquals(_ site: TemporarySite, _ output: URL) throws {
        let fresh = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: fresh) }
        #expect(try build(site, into: fresh).mode == .full)
        let quick = pages(output), full = pages(fresh)
        #expect(Set(quick.keys).symmetricDifference(full.keys).sorted() == [])
        for (path, bytes) in full where quick[path] != bytes { Issue.record("\(path) differs from a full build") }
    }

    static let edits: [(String, Int, @Sendable (Int) -> String)] = [
        ("append a sentence", 21, { body($0) + " The mayor crossed the bridge at dawn." }),
        ("remove the word only it had", 7, { body($0) }),
        ("add a word new to the archive", 33, { body($0) + " Quixotrelm!" }),
        ("change a word in the middle", 12, { body($0).replacingOccurrences(of: " council ", with: " snorvald ") }),
        // No summary: the excerpt is the first paragraph, which stays.
        ("add a paragraph", 15, { body($0) + "\n\nA second paragraph about the ferry." }),
    ]

    @Test(arguments: 0..<5)
    func aBodyEditPatchesTheIndexAndMatchesAFullBuild(edit: Int) throws {
        let (_, number, newBody) = Self.edits[edit]
        try withBuiltSite { site, output in
            let searchFiles = pages(output).keys.filter { $0.hasPrefix("search/") }.count
            try site.write(path(number), Self.story(number, body: newBody(number), summary: number % 5 != 0))
            let written = Written()
            let summary = try build(site, into: output, written: written)
            #expect(summary.mode == .bodies)
            let paths = written.paths.withLock { $0 }
            #expect(paths.contains("search/index.json"))
            #expect(paths.filter { $0.hasPrefix("search/") }.count < searchFiles)
            try expectFullBuildEquals(site, output)
        }
    }

    /// Edits in a row go through the patches' state each time; after them a full build that
    /// plans everything again keeps every file of the index (their fingerprints are a full build's).
    @Test func editsInARowThenAFullBuildKeepsTheIndex() throws {
        try withBuiltSite { site, output in
            for (round, number) in [3, 3, 8, 7].enumerated() {
                try site.write(path(number), Self.story(number, body: Self.body(number) + " Round \(round) glorbnak."))
                #expect(try build(site, into: output).mode == .bodies)
                try expectFullBuildEquals(site, output)
            }
            // A new file beside the articles sends the build down the full path; no article changed.
            let written = Written()
            try site.write("Content/2021/photo.jpg", "not really a photo")
            #expect(try build(site, into: output, written: written).mode == .full)
            #expect(!written.paths.withLock { $0 }.contains { $0.hasPrefix("search/") && $0 != "search/index.html" })
            // Kept, not built again: a build of the index would have replaced the patches' state.
            let states = try #require(FileManager.default.enumerator(at: site.root.appending(path: ".gazette"), includingPropertiesForKeys: nil))
            #expect(states.contains { ($0 as? URL)?.lastPathComponent == "search-edits" })
            try expectFullBuildEquals(site, output)
        }
    }

    /// An edit that moves the archive's rounded average length (every weight depends on it)
    /// takes the full path, and the result still matches.
    @Test func anEditThatMovesTheAverageTakesTheFullPath() throws {
        try withBuiltSite { site, output in
            try site.write(path(11), Self.story(11, body: String(repeating: "river tide ", count: 800)))
            #expect(try build(site, into: output).mode == .full)
            try expectFullBuildEquals(site, output)
        }
    }
}
