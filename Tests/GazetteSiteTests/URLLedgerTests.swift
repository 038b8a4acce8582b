import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// `published-urls.txt`: no build drops a URL the site has published without being told.
@Suite struct URLLedgerTests {
    static func article(_ title: String, slug: String, extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: 2019-03-07T10:00:00Z\nslug: \(slug)\n\(extra)---\nBody of \(title).\n"
    }

    func build(_ site: TemporarySite, output: URL, _ adjust: (inout BuildOptions) -> Void = { _ in }) throws -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        adjust(&options)
        return try SiteBuilder(options: options).build()
    }

    @Test func aRenamedSlugFailsUntilKeptAndTheLedgerOutlivesTheOutput() throws {
        let site = try TemporarySite(["Content/bridge.md": Self.article("Bridge", slug: "bridge")])
        defer { site.remove() }
        let output = site.root.appending(path: "_site")
        _ = try build(site, output: output)
        #expect(try site.read("published-urls.txt").contains("/2019/03/07/bridge.html\tContent/bridge.md\n"))

        try site.write("Content/bridge.md", Self.article("Bridge", slug: "new-bridge"))
        let before = snapshot(of: output)
        let failure = #expect(throws: DiagnosticsError.self) { try build(site, output: output) }
        let message = failure?.description ?? ""
        #expect(message.contains("published-urls.txt:"))
        #expect(message.contains("'/2019/03/07/bridge.html' (last made by Content/bridge.md) is no longer built"))
        #expect(message.contains("aliases: [\"/2019/03/07/bridge.html\"]"))
        #expect(snapshot(of: output) == before, "a failed build must not touch the output")

        // Deleting the output folder loses nothing: the ledger lives in the site folder.
        try FileManager.default.removeItem(at: output)
        #expect(throws: DiagnosticsError.self) { try build(site, output: output) }

        // The one-flag fix: the old URL becomes a redirect, recorded in the ledger.
        _ = try build(site, output: output) { $0.keepMoved = true }
        #expect(try site.read("published-urls.txt").contains("/2019/03/07/bridge.html\tContent/bridge.md (moved)\n"))
        let redirect = try String(contentsOf: output.appending(path: "2019/03/07/bridge.html"), encoding: .utf8)
        #expect(redirect.contains("new-bridge.html"))
        #expect(try String(contentsOf: output.appending(path: "_redirects"), encoding: .utf8)
            .contains("/2019/03/07/bridge.html /2019/03/07/new-bridge.html 301\n"))
        // Later builds keep honouring it without the flag.
        try FileManager.default.removeItem(at: output)
        _ = try build(site, output: output)
        #expect(FileManager.default.fileExists(atPath: output.appending(path: "2019/03/07/bridge.html").path))
    }

    @Test func thePrintedAliasFixesTheBuild() throws {
        let site = try TemporarySite(["Content/bridge.md": Self.article("Bridge", slug: "bridge")])
        defer { site.remove() }
        let output = site.root.appending(path: "_site")
        _ = try build(site, output: output)
        try site.write("Content/bridge.md", Self.article("Bridge", slug: "new-bridge", extra: "aliases: [\"/2019/03/07/bridge.html\"]\n"))
        _ = try build(site, output: output)
        #expect(try site.read("published-urls.txt").contains("/2019/03/07/bridge.html\tContent/bridge.md (alias)\n"))
    }

    /// The messages of a build of `files` that must fail.
    func failures(_ files: [String: String]) throws -> [String] {
        let site = try TemporarySite(files)
        defer { site.remove() }
        let failure = #expect(throws: DiagnosticsError.self) { try build(site, output: site.root.appending(path: "_site")) }
        return failure?.diagnostics.map(\.description) ?? []
    }

    @Test func everyClashIsReportedAtItsFrontMatterLine() throws {
        #expect(try failures([
            "Content/a.md": "---\ntitle: A\ndate: 2019-03-07\nurl: /same/\n---\nA\n",
            "Content/b.md": "---\ntitle: B\ndate: 2019-03-08\npath: same\n---\nB\n",
            "Content/c.md": "---\ntitle: C\ndate: 2019-03-09\naliases: [c-old/, /same/]\n---\nC\n",
            "Content/d.md": "---\ntitle: D\ndate: 2019-03-10\naliases: [2019/03/10/d.html, c-old]\n---\nD\n",
        ]) == [
            "Content/a.md:4:6: error: duplicate permalink '/same/': also used by Content/b.md",
            "Content/b.md:4:7: error: duplicate permalink '/same/': also used by Content/a.md",
            "Content/c.md:4:19: error: alias '/same/' is the URL of Content/a.md:4; a redirect cannot replace a page",
            "Content/d.md:4:30: error: alias '/c-old/' is also an alias of Content/c.md:4",
        ])
    }

    @Test func anUnresolvedReferenceIsAnErrorAtItsLine() throws {
        #expect(try failures([
            "Content/a.md": "+++\ntitle = \"A\"\ndate = 2019-03-07\n+++\n\nFirst line.\n\nSee [b](@/b.md) and [c](@/missing.md).\n",
            "Content/b.md": "---\ntitle: B\ndate: 2019-03-08\n---\nBack to {% post_url nothing-here %}.\n",
        ]) == [
            "Content/a.md:8:21: error: internal link '@/missing.md' leads to no published article",
            "Content/b.md:5:9: error: internal link 'post_url nothing-here' leads to no published article",
        ])
    }

    @Test func aMovedTargetRemakesThePagesThatLinkToIt() throws {
        let site = try TemporarySite([
            "Content/a.md": "---\ntitle: A\ndate: 2019-03-07\n---\nSee [b](b.md).\n",
            "Content/b.md": "---\ntitle: B\ndate: 2019-03-08\n---\nB\n",
        ])
        defer { site.remove() }
        let output = site.root.appending(path: "_site")
        _ = try build(site, output: output)
        #expect(try String(contentsOf: output.appending(path: "2019/03/07/a.html"), encoding: .utf8).contains("href=\"../08/b.html\""))
        try site.write("Content/b.md", "---\ntitle: B\ndate: 2019-03-08\nurl: /special/b/\n---\nB\n")
        _ = try build(site, output: output) { $0.keepMoved = true }
        #expect(try String(contentsOf: output.appending(path: "2019/03/07/a.html"), encoding: .utf8).contains("href=\"../../../special/b/\""))
    }
}
