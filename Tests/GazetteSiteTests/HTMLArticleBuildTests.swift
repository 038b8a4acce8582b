import Foundation
import Testing
@testable import GazetteSite
import GazetteTestSupport

/// `.html` articles are sanitised on their pages and in feeds; `type: page` stays out of lists.
@Suite struct HTMLArticleBuildTests {
    func build(_ files: [String: String]) throws -> (TemporarySite, URL) {
        let site = try TemporarySite(files)
        let output = TemporarySite.temporaryFolder()
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        _ = try SiteBuilder(options: options).build()
        return (site, output)
    }

    static let hostile = """
        ---
        title: Hostile
        date: 2020-01-02T10:00:00Z
        tags: [river]
        ---
        <p>Calm <img src="x.jpg" onerror="alert(1)"> text.</p><script>alert(2)</script>
        <p><a href="javascript:alert(3)">link</a></p>
        """

    @Test func htmlBodiesAreSanitisedOnPagesAndInFeeds() throws {
        let (site, output) = try build(["site.yml": "title: T\n", "Content/2020/01/hostile.html": Self.hostile])
        defer { site.remove(); try? FileManager.default.removeItem(at: output) }
        let page = try String(contentsOf: output.appending(path: "2020/01/02/hostile.html"), encoding: .utf8)
        #expect(page.contains("<p>Calm <img src=\"x.jpg\"> text.</p>"))
        for file in ["2020/01/02/hostile.html", "feed.xml", "rss.xml", "feed.json"] {
            let text = try String(contentsOf: output.appending(path: file), encoding: .utf8)
            #expect(!text.contains("alert("), "\(file)")
        }
        let feed = try String(contentsOf: output.appending(path: "feed.xml"), encoding: .utf8)
        #expect(feed.contains("Calm &lt;img src=&quot;http://localhost:8000/2020/01/02/x.jpg&quot;&gt; text."))
        // The summary lists show is the first paragraph's text, as for Markdown.
        #expect(try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8).contains("Calm  text."))
    }

    @Test func pagesArePublishedButStayOutOfListsFeedsAndArchives() throws {
        let (site, output) = try build([
            "site.yml": "title: T\n",
            "Content/2020/01/story.md": "---\ntitle: Story\ndate: 2020-01-02T10:00:00Z\ntags: [river]\n---\nText.\n",
            "Content/2020/01/later.md": "---\ntitle: Later\ndate: 2020-01-05T10:00:00Z\n---\nText.\n",
            "Content/pages/about.html": "---\ntitle: About the paper\ndate: 2020-01-03T10:00:00Z\ntype: page\ntags: [river]\n---\n<p>Who we are.</p>\n",
        ])
        defer { site.remove(); try? FileManager.default.removeItem(at: output) }
        func read(_ path: String) throws -> String {
            try String(contentsOf: output.appending(path: path), encoding: .utf8)
        }
        #expect(try read("2020/01/03/about.html").contains("Who we are."))
        #expect(try read("sitemap.xml").contains("2020/01/03/about.html"))
        for list in ["index.html", "feed.xml", "tags/river/index.html", "2020/index.html", "2020/01/index.html", "archive/index.html"] {
            #expect(try !read(list).contains("About the paper"), "\(list)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "2020/01/03/index.html").path))
        let story = try read("2020/01/02/story.html"), page = try read("2020/01/03/about.html")
        #expect(story.contains("Later") && !story.contains("About the paper"))
        #expect(!page.contains("Later") && !page.contains(">Story<"))
    }
}
