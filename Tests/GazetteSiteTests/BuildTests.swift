import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Builds small temporary sites and checks the build's guarantees.
@Suite struct BuildTests {
    static let config = "title: Test Times\nbase_url: https://example.org/\npaginate: 2\n"

    static func article(_ title: String, date: String, body: String = "Body text.", extra: String = "") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\nauthor: Ann Writer\ntags: [alpha]\nsection: News\n\(extra)---\n\n\(body)\n"
    }

    func build(_ site: TemporarySite, output: URL, baseURL: String? = nil) throws -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.baseURL = baseURL
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        return try SiteBuilder(options: options).build()
    }

    func makeSite(_ extra: [String: String] = [:]) throws -> TemporarySite {
        var files = [
            "site.yml": Self.config,
            "Content/2020/01/first.md": Self.article("First", date: "2020-01-02T10:00:00Z"),
            "Content/2020/01/second.md": Self.article("Second", date: "2020-01-03T10:00:00Z"),
            "Content/2020/02/third.md": Self.article("Third", date: "2020-02-03T10:00:00Z"),
        ]
        for (path, text) in extra { files[path] = text }
        return try TemporarySite(files)
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = TemporarySite.temporaryFolder(), second = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        _ = try build(site, output: first)
        _ = try build(site, output: second)
        let a = snapshot(of: first), b = snapshot(of: second)
        #expect(a.count > 10)
        #expect(a == b)
    }

    @Test func baseURLWithSubPathGivesAbsoluteURLsWithIt() throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, output: output, baseURL: "https://example.org/sub")
        let article = try String(contentsOf: output.appending(path: "2020/01/02/first.html"), encoding: .utf8)
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.org/sub/2020/01/02/first.html\">"))
        #expect(!article.contains("href=\"/"))
        let notFound = try String(contentsOf: output.appending(path: "404.html"), encoding: .utf8)
        #expect(notFound.contains("href=\"/sub/style.css\""))
        #expect(LinkWalker(files: snapshot(of: output)).brokenLinks().count == 0)
    }

    @Test func rawScriptInABodyDoesNotReachThePage() throws {
        let site = try makeSite([
            "Content/2020/03/evil.md": Self.article("Evil <b>bold</b>", date: "2020-03-01", body: "Hi <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n\n[x](javascript:alert(3))"),
        ])
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, output: output)
        let page = try String(contentsOf: output.appending(path: "2020/03/01/evil.html"), encoding: .utf8)
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("alert(2)"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("Evil &lt;b&gt;bold&lt;/b&gt;"))
    }

    @Test func aFailedBuildReportsEveryErrorAndLeavesTheOutputAlone() throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, output: output)
        let before = snapshot(of: output)
        try site.write("Content/2020/04/bad-date.md", "---\ntitle: Bad\ndate: 2019-13-45\n---\nText\n")
        try site.write("Content/2020/04/no-title.md", "---\ndate: 2020-04-01\n---\nText\n")
        let error = try #require(throws: DiagnosticsError.self) { try build(site, output: output) }
        #expect(error.diagnostics.map(\.description) == [
            "Content/2020/04/bad-date.md:3:7: error: invalid date '2019-13-45'",
            "Content/2020/04/no-title.md:1:1: error: missing title",
        ])
        #expect(snapshot(of: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.contains(output.lastPathComponent + ".gazette-") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["site", "content", "foreign"])
    func refusesAnOutputFolderItDidNotMake(kind: String) throws {
        let site = try makeSite()
        defer { site.remove() }
        let output: URL
        switch kind {
        case "site": output = site.root
        case "content":
            output = TemporarySite.temporaryFolder()
            try FileManager.default.createDirectory(at: output.appending(path: "Content"), withIntermediateDirectories: true)
        default:
            output = TemporarySite.temporaryFolder()
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try Data("keep me".utf8).write(to: output.appending(path: "notes.txt"))
        }
        defer { if kind != "site" { try? FileManager.default.removeItem(at: output) } }
        let error = try #require(throws: DiagnosticsError.self) { try build(site, output: output) }
        #expect(error.description.contains("refusing to use this output folder"))
        if kind == "foreign" { #expect(FileManager.default.fileExists(atPath: output.appending(path: "notes.txt").path)) }
    }

    @Test func aliasesBecomeRedirectPages() throws {
        let site = try makeSite([
            "Content/2020/05/moved.md": Self.article("Moved", date: "2020-05-01", extra: "aliases: [/news/old-story.html, /legacy/moved/]\n"),
        ])
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try build(site, output: output)
        let redirect = try String(contentsOf: output.appending(path: "news/old-story.html"), encoding: .utf8)
        #expect(redirect.contains("url=../2020/05/01/moved.html"))
        #expect(redirect.contains("https://example.org/2020/05/01/moved.html"))
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "legacy/moved/index.html").path))
    }
}
