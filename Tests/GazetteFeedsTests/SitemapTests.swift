import Foundation
import GazetteContent
import GazetteFeeds
import GazettePlan
import GazetteTestSupport
import Testing

@Suite struct SitemapTests {
    static let urls = AbsoluteURLs(base: "https://example.org/")

    static func locations(_ count: Int) -> [Sitemap.Location] {
        (0..<count).map { number in
            Sitemap.Location(url: "https://example.org/\(number).html?a=1&b=\(number)",
                             lastModified: ArticleDate(year: 2020, month: 1, day: 1 + number % 28, utcOffset: 3600))
        }
    }

    @Test func oneFileWhileItFits() throws {
        let files = Sitemap.files(Self.locations(25), urls: Self.urls)
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(try SitemapXML.urlset(files[0].text) == Self.locations(25).map(\.url))
        #expect(files[0].text.contains("<loc>https://example.org/3.html?a=1&amp;b=3</loc>"))
        #expect(files[0].text.contains("<lastmod>2020-01-04T00:00:00+01:00</lastmod>"))
    }

    @Test func anEmptySiteStillHasAValidSitemap() throws {
        let files = Sitemap.files([], urls: Self.urls)
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(try SitemapXML.urlset(files[0].text).isEmpty)
    }

    @Test(arguments: [(25, 10, 3), (20, 10, 2), (21, 10, 3), (5, 1, 5)])
    func splitsByURLCount(count: Int, limit: Int, parts: Int) throws {
        let files = Sitemap.files(Self.locations(count), urls: Self.urls, limits: Sitemap.Limits(urls: limit))
        #expect(files.map(\.path) == ["sitemap.xml"] + (1...parts).map { "sitemap-\($0).xml" })
        let index = try XMLTree.parse(Data(files[0].text.utf8))
        #expect(index.name == "sitemapindex")
        #expect(index.attributes["xmlns"] == Sitemap.namespace)
        #expect(index.all("sitemap").compactMap { $0.child("loc")?.text } == (1...parts).map { "https://example.org/sitemap-\($0).xml" })
        var listed: [String] = []
        for file in files.dropFirst() {
            let part = try SitemapXML.urlset(file.text)
            #expect(part.count <= limit)
            listed += part
        }
        #expect(listed == Self.locations(count).map(\.url))
    }

    @Test func splitsByBytes() throws {
        let locations = Self.locations(40)
        let limit = 1_000
        let files = Sitemap.files(locations, urls: Self.urls, limits: Sitemap.Limits(bytes: limit))
        #expect(files.count > 2)
        var listed: [String] = []
        for file in files.dropFirst() {
            #expect(file.text.utf8.count <= limit)
            listed += try SitemapXML.urlset(file.text)
        }
        #expect(listed == locations.map(\.url))
    }

    @Test func robotsPointsAtTheSitemap() {
        #expect(Sitemap.robots(sitemapURLs: ["https://example.org/sitemap.xml"])
            == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
    }
}
