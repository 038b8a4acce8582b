import Foundation
import GazetteFeeds
import GazettePlan
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// The sitemap and robots.txt of the sample archive, whole and forced into parts.
@Suite(.serialized) struct SitemapSiteTests {
    static let base = "https://courier.example.org/"
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static let built = BuiltSite.sample(now: now)

    /// Every page a sitemap should list: each article and each list or index page.
    static var expectedURLs: Set<String> {
        let permalink = try? Permalink(pattern: "/:year/:month/:day/:slug.html")
        let articles = built.articles.compactMap { article in permalink.map { base + $0.urlPath(for: article).trimmingPrefix("/") } }
        let aliases = Set(built.articles.flatMap(\.aliases).map { SitePath.file(forURL: String($0.trimmingPrefix("/"))) })
        let lists = built.files.keys.filter { $0.hasSuffix("index.html") && !aliases.contains($0) && $0 != "search/index.html" }
            .map { base + $0.dropLast("index.html".count) }
        return Set(articles).union(lists)
    }

    @Test func listsEveryArticleAndListPageOnce() throws {
        let locations = try SitemapXML.urlset(try Self.built.page("sitemap.xml"))
        #expect(locations.count == Set(locations).count, "a URL is listed twice")
        #expect(Set(locations) == Self.expectedURLs)
        #expect(locations.contains(Self.base))
        #expect(locations.contains { $0.contains("/page/1/") })
    }

    @Test func articlesCarryTheirLastModification() throws {
        let sitemap = try XMLTree.parse(try #require(Self.built.files["sitemap.xml"]))
        let lastmods = Dictionary(sitemap.all("url").map { ($0.child("loc")?.text ?? "", $0.child("lastmod")?.text) }, uniquingKeysWith: { $1 })
        let permalink = try Permalink(pattern: "/:year/:month/:day/:slug.html")
        for article in Self.built.articles {
            let url = Self.base + permalink.urlPath(for: article).trimmingPrefix("/")
            #expect(lastmods[url] == (article.updated ?? article.date).rfc3339, "\(url)")
        }
        #expect(Self.built.articles.contains { $0.updated != nil })
    }

    @Test func robotsPointsAtTheSitemap() throws {
        #expect(try Self.built.page("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: \(Self.base)sitemap.xml\n")
    }

    @Test func aTinyLimitGivesAnIndexAndPartsListingEveryURLOnce() throws {
        let split = BuiltSite.sample(now: Self.now) { $0.sitemapLimits = Sitemap.Limits(urls: 10) }
        let index = try XMLTree.parse(try #require(split.files["sitemap.xml"]))
        #expect(index.name == "sitemapindex")
        #expect(index.attributes["xmlns"] == Sitemap.namespace)
        let parts = index.all("sitemap").compactMap { $0.child("loc")?.text }
        let whole = try SitemapXML.urlset(try Self.built.page("sitemap.xml"))
        #expect(parts.count == (whole.count + 9) / 10)
        #expect(index.all("sitemap").allSatisfy { FeedDates.rfc3339($0.child("lastmod")?.text) != nil })
        var listed: [String] = []
        for (number, part) in parts.enumerated() {
            #expect(part == "\(Self.base)sitemap-\(number + 1).xml")
            let urls = try SitemapXML.urlset(try split.page("sitemap-\(number + 1).xml"))
            #expect((1...10).contains(urls.count))
            listed += urls
        }
        #expect(listed == whole)
        #expect(split.files["sitemap-\(parts.count + 1).xml"] == nil)
        #expect(try split.page("robots.txt").contains("Sitemap: \(Self.base)sitemap.xml\n"))
    }
}
