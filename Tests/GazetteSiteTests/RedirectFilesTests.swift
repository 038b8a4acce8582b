import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// The redirect files hosts read, chosen by `redirects:`, and links written from the old root.
@Suite struct RedirectFilesTests {
    static let articles = [
        "Content/bridge.md": "---\ntitle: Bridge\ndate: 2019-03-07\naliases: [news/bridge.html, old/bridge/]\n---\nSee [the river](/2019/03/08/river.html) and [the map](/maps/valley.png).\nAlso [old](/archive/news/bridge.html).\n",
        "Content/river.md": "---\ntitle: River\ndate: 2019-03-08\n---\nRiver.\n",
    ]

    func build(_ files: [String: String]) throws -> (TemporarySite, [String: String], BuildSummary) {
        let site = try TemporarySite(files)
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: site.root.appending(path: "_site"))
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        let summary = try SiteBuilder(options: options).build()
        let output = snapshot(of: site.root.appending(path: "_site")).mapValues { String(decoding: $0, as: UTF8.self) }
        return (site, output, summary)
    }

    @Test func everyFormatUnderASubPath() throws {
        var files = Self.articles
        files["site.yml"] = "base_url: https://example.org/archive/\nredirects: [html, _redirects, nginx]\n"
        let (site, output, summary) = try build(files)
        defer { site.remove() }
        #expect(output["_redirects"] == """
            /archive/news/bridge.html /archive/2019/03/07/bridge.html 301
            /archive/old/bridge/ /archive/2019/03/07/bridge.html 301

            """)
        let map = output["nginx-redirects.map"] ?? ""
        #expect(map.contains("/archive/old/bridge/ /archive/2019/03/07/bridge.html;\n/archive/old/bridge /archive/2019/03/07/bridge.html;\n"))
        #expect(output["old/bridge/index.html"]?.contains("../../2019/03/07/bridge.html") == true)
        // Root-absolute links in the body are made relative, so they work under /archive/.
        let page = output["2019/03/07/bridge.html"] ?? ""
        #expect(page.contains("href=\"../08/river.html\""))
        // With the base path written in, and to an old URL: straight to the article.
        #expect(page.contains("<a href=\"bridge.html\">old</a>"))
        #expect(summary.warnings.map(\.description) == [
            "Content/bridge.md:6:45: warning: link '/maps/valley.png' leads to no page or file this build makes",
        ])
        // Feeds carry the same links, absolute.
        #expect(output["feed.xml"]?.contains("https://example.org/archive/2019/03/08/river.html") == true)
    }

    @Test func onlyThePagesWhenAskedAndNoneOfTheFilesInTheLedger() throws {
        var files = Self.articles
        files["site.yml"] = "redirects: [html]\n"
        let (site, output, _) = try build(files)
        defer { site.remove() }
        #expect(output["_redirects"] == nil)
        #expect(output["news/bridge.html"] != nil)
        let ledger = try site.read("published-urls.txt")
        #expect(ledger.contains("/news/bridge.html\tContent/bridge.md (alias)\n"))
        #expect(!ledger.contains("_redirects"))
    }
}
