import Foundation
import Testing
@testable import GazetteOutput
@testable import GazetteSite
import GazetteContent
import GazettePlan
import GazetteSearch
import GazetteTestSupport

/// The search index and page as a build writes them, and how rebuilds keep them.
@Suite struct SearchBuildTests {
    func makeSite(search: Bool = true) throws -> TemporarySite {
        var files = ["site.yml": "title: Search Times\nbase_url: https://example.org/news/\n" + (search ? "" : "search: false\n")]
        for day in 1...9 {
            files["Content/2020/01/story-\(day).md"] = BuildTests.article(
                "Story \(day) about the harbour", date: "2020-01-0\(day)T10:00:00Z",
                body: "Body of story \(day): rowing word\(day) and tides.", extra: "summary: Summary \(day)\n")
        }
        return try TemporarySite(files)
    }

    func build(_ site: TemporarySite, into output: URL) throws -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        return try SiteBuilder(options: options).build()
    }

    func withBuiltSite(search: Bool = true, _ body: (TemporarySite, URL) throws -> Void) throws {
        let site = try makeSite(search: search)
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, into: output)
        try body(site, output)
    }

    @Test func writesTheIndexThePageAndAHeaderBoxOnEveryPage() throws {
        try withBuiltSite { _, output in
            let files = snapshot(of: output)
            let root = try #require(files["search/index.json"])
            let json = try #require(try JSONSerialization.jsonObject(with: root) as? [String: Any])
            #expect(json["docs"] as? Int == 9)
            #expect(files.keys.contains("search/d/0.txt"))
            #expect(files.keys.contains { $0.hasPrefix("search/p/") && $0.hasSuffix(".bin") })
            #expect(files.keys.contains("search.js"))
            let page = String(decoding: try #require(files["search/index.html"]), as: UTF8.self)
            #expect(page.contains("<label for=\"search-q\">"))
            #expect(page.contains("data-index=\"../search/\""))
            #expect(page.contains("<script src=\"../search.js\" defer></script>"))
            #expect(page.contains("https://duckduckgo.com/?sites=example.org"))
            let article = String(decoding: try #require(files["2020/01/05/story-5.html"]), as: UTF8.self)
            #expect(article.contains("<form class=\"find\" role=\"search\" action=\"../../../search/\">"))
            let chunk = String(decoding: try #require(files["search/d/0.txt"]), as: UTF8.self)
            #expect(chunk.hasPrefix("2020/01/01/story-1.html\tStory 1 about the harbour\t2020-01-01\t1\t"))
        }
    }

    @Test func searchFalseWritesNoIndexAndNoBox() throws {
        try withBuiltSite(search: false) { _, output in
            let files = snapshot(of: output)
            #expect(!files.keys.contains { $0.hasPrefix("search/") })
            let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
            #expect(!home.contains("role=\"search\""))
        }
    }

    @Test func aBodyEditRewritesSomeShardsAndMatchesACleanBuild() throws {
        try withBuiltSite { site, output in
            let before = snapshot(of: output)
            let unchanged = try build(site, into: output)
            #expect(unchanged.filesWritten == 0)
            try site.write("Content/2020/01/story-3.md", BuildTests.article(
                "Story 3 about the harbour", date: "2020-01-03T10:00:00Z",
                body: "A corrected body: ferries.", extra: "summary: Summary 3\n"))
            _ = try build(site, into: output)
            let after = snapshot(of: output)
            let changed = Set(after.keys.filter { $0.hasPrefix("search/") && after[$0] != before[$0] })
            let shards = after.keys.filter { $0.hasPrefix("search/p/") }
            #expect(changed.contains("search/index.json"))
            #expect(!changed.contains("search/d/0.txt"), "the summary did not change")
            #expect(changed.count < after.keys.filter { $0.hasPrefix("search/") }.count)
            #expect(!shards.isEmpty)
            let fresh = TemporarySite.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: fresh) }
            _ = try build(site, into: fresh)
            let clean = snapshot(of: fresh)
            for path in after.keys where path.hasPrefix("search/") { #expect(after[path] == clean[path], "\(path)") }
        }
    }

    /// The build reads the articles for the index while it writes the pages: the files must
    /// be those of the index read on its own, after them.
    @Test func theIndexReadBesideThePagesIsTheIndexReadAlone() throws {
        try withBuiltSite { site, output in
            let config = try SiteConfig.load(siteDirectory: site.root)
            let loader = ArchiveLoader(siteDirectory: site.root, config: config)
            let plan = try SitePlan(config: config, articles: loader.load().articles)
            let entries = plan.entries
            let documents = entries.map { entry in
                SearchDocument(url: entry.url, title: entry.article.title, subtitle: entry.article.subtitle, summary: entry.summary,
                               date: entry.article.date, section: entry.article.section, authors: entry.article.authors,
                               tags: entry.article.tags)
            }
            let alone = SearchIndexer(documents: documents) { loader.body(of: entries[$0].article) }.build()
            let built = snapshot(of: output).filter { $0.key.hasPrefix("search/") && $0.key != "search/index.html" }
            #expect(alone.contains { $0.path == "search/index.json" })
            #expect(Set(built.keys) == Set(alone.map(\.path)))
            for file in alone { #expect(built[file.path] == Data(file.bytes), "\(file.path)") }
        }
    }

    /// A write of the index's files that fails (here: a full disk, once the pages are being
    /// written) is reported as before, and the build leaves no output.
    @Test func aFailedWriteOfTheIndexIsReported() throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let staging = OutputWriter.leftoverName(of: output.standardizedFileURL, kind: "tmp", pid: getpid())
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        options.didWrite = { path in
            // The staging folder exists now; /dev/full fails every write with ENOSPC.
            guard path.hasSuffix(".html") else { return }
            try? FileManager.default.createDirectory(at: staging.appending(path: "search/d"), withIntermediateDirectories: true)
            try? FileManager.default.createSymbolicLink(atPath: staging.appending(path: "search/d/0.txt").path, withDestinationPath: "/dev/full")
        }
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: options).build() }
        #expect(error.diagnostics.count == 1)
        #expect(error.description.contains("cannot write 'search/d/0.txt': No space left on device"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
