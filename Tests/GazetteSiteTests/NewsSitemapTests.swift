import Foundation
import GazetteFeeds
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// `news_sitemap: true`: the Google News sitemap of the last two days, in robots.txt and the
/// sitemap index, made again once its articles age out; and the robots meta of articles.
@Suite(.serialized) struct NewsSitemapTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func article(_ slug: String, hoursAgo: Double, extra: String = "") -> (String, String) {
        let date = ISO8601DateFormatter().string(from: now.addingTimeInterval(-hoursAgo * 3600))
        return ("Content/\(slug).md", "---\ntitle: Story \(slug) & <more>\ndate: \(date)\n\(extra)---\n\nBody of \(slug).\n")
    }

    static let files: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("site.yml", "title: Avel Times\nbase_url: https://news.example/\nlanguage: en-GB\nnews_sitemap: true\npublisher: Avel Media & Co\n"),
        article("fresh", hoursAgo: 1),
        article("yesterday", hoursAgo: 30, extra: "language: fr\n"),
        article("edge", hoursAgo: 47),
        article("old", hoursAgo: 49),
        article("elsewhere", hoursAgo: 2, extra: "canonical: https://other.example/story\n"),
    ])

    static func titles(_ data: Data?) throws -> [String] {
        let tree = try XMLTree.parse(try #require(data))
        return tree.all("url").compactMap { $0.child("news:news")?.child("news:title")?.text }
    }

    @Test func listsTheArticlesOfTheLastTwoDaysNewestFirst() throws {
        let site = try TemporarySite(Self.files)
        defer { site.remove() }
        let built = BuiltSite.build(site.root, now: Self.now)
        let data = try #require(built.files[NewsSitemap.fileName])
        let tree = try XMLTree.parse(data)
        #expect(tree.name == "urlset")
        #expect(tree.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        #expect(tree.attributes["xmlns:news"] == "http://www.google.com/schemas/sitemap-news/0.9")
        #expect(try Self.titles(data) == ["Story fresh & <more>", "Story yesterday & <more>", "Story edge & <more>"])
        let first = try #require(tree.all("url").first)
        #expect(first.child("loc")?.text.hasPrefix("https://news.example/") == true)
        let news = try #require(first.child("news:news"))
        #expect(news.child("news:publication")?.child("news:name")?.text == "Avel Media & Co")
        #expect(news.child("news:publication")?.child("news:language")?.text == "en")
        #expect(FeedDates.rfc3339(news.child("news:publication_date")?.text) != nil)
        #expect(tree.all("url")[1].child("news:news")?.child("news:publication")?.child("news:language")?.text == "fr")
        #expect(try built.page("robots.txt").contains("Sitemap: https://news.example/news-sitemap.xml\n"))
        try Self.expectXMLLintAccepts(data)
    }

    @Test func theSitemapIndexListsItAndTheNextBuildDropsAgedArticles() throws {
        let site = try TemporarySite(Self.files)
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Self.now
        options.sitemapLimits = Sitemap.Limits(urls: 3)
        _ = try SiteBuilder(options: options).build()
        let index = try XMLTree.parse(try #require(FileManager.default.contents(atPath: output.appending(path: "sitemap.xml").path)))
        #expect(index.all("sitemap").contains { $0.child("loc")?.text == "https://news.example/news-sitemap.xml" })
        // Nothing changed, but "edge" ages out after two hours: the build must not stop early.
        options.now = Self.now.addingTimeInterval(2 * 3600)
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.mode == .full)
        let news = FileManager.default.contents(atPath: output.appending(path: NewsSitemap.fileName).path)
        #expect(try Self.titles(news) == ["Story fresh & <more>", "Story yesterday & <more>"])
    }

    @Test func isAbsentUnlessTheSiteOptsIn() throws {
        var files = Self.files
        files["site.yml"] = "title: Avel Times\nbase_url: https://news.example/\n"
        let site = try TemporarySite(files)
        defer { site.remove() }
        let built = BuiltSite.build(site.root, now: Self.now)
        #expect(built.files[NewsSitemap.fileName] == nil)
        #expect(try !built.page("robots.txt").contains("news-sitemap"))
    }

    @Test func articlesAllowLargeImagePreviews() throws {
        let site = try TemporarySite(Self.files)
        defer { site.remove() }
        let built = BuiltSite.build(site.root, now: Self.now)
        let article = try #require(built.files.keys.first { $0.hasSuffix("/fresh.html") })
        #expect(try built.page(article).contains("<meta name=\"robots\" content=\"max-image-preview:large\">"))
        #expect(try !built.page("index.html").contains("max-image-preview"))
    }

    /// `xmllint --noout` (libxml2-utils) parses the file as the XML tools of hosts and
    /// crawlers do; it must find nothing to complain about.
    static func expectXMLLintAccepts(_ data: Data) throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "news-\(UUID().uuidString).xml")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--nonet", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "xmllint: \(message)")
    }
}
