import Foundation
import GazettePlan
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Builds the sample archive and reads every feed with a real XML or JSON parser.
@Suite(.serialized) struct FeedTests {
    static let base = "https://courier.example.org/"
    static let built = BuiltSite.sample(now: Date(timeIntervalSince1970: 1_780_000_000))

    /// Every feed folder of the output (`` for the site), from the Atom files found.
    static var feedFolders: [String] {
        built.files.keys.filter { $0 == "feed.xml" || $0.hasSuffix("/feed.xml") }.map { String($0.dropLast("feed.xml".count)) }.sorted()
    }

    @Test func everySectionTagAndAuthorHasAnAtomFeedAndKeepsTheOtherURLs() throws {
        let articles = Self.built.articles
        let sections = Set(articles.compactMap { $0.section.map { "section/\($0.slug)/" } })
        let tags = Set(articles.flatMap { $0.tags.map { "tags/\($0.slug)/" } })
        let authors = Set(articles.flatMap { $0.authors.map { "authors/\($0.slug)/" } })
        #expect(!sections.isEmpty && !tags.isEmpty && !authors.isEmpty)
        #expect(Set(Self.feedFolders) == sections.union(tags).union(authors).union([""]))
        for folder in Self.feedFolders where !folder.isEmpty {
            // RSS and JSON Feed are not written for terms by default; their URLs answer with
            // empty feeds that name the Atom feed.
            let rss = try XMLTree.parse(try #require(Self.built.files[folder + "rss.xml"], "\(folder)rss.xml"))
            let channel = try #require(rss.child("channel"))
            #expect(channel.all("item").isEmpty)
            #expect(channel.all("atom:link").contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == Self.base + folder + "feed.xml" })
            let data = try #require(Self.built.files[folder + "feed.json"], "\(folder)feed.json")
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["feed_url"] as? String == Self.base + folder + "feed.xml")
            #expect((json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func atomFeedsHaveTheRequiredElements() throws {
        for folder in Self.feedFolders {
            let feed = try XMLTree.parse(try #require(Self.built.files[folder + "feed.xml"]))
            #expect(feed.name == "feed" && feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom", "\(folder)")
            #expect(feed.child("id")?.text == Self.base + folder + "feed.xml")
            #expect(feed.child("title")?.text.isEmpty == false)
            #expect(FeedDates.rfc3339(feed.child("updated")?.text) != nil)
            let links = feed.all("link")
            #expect(links.contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == Self.base + folder + "feed.xml" })
            #expect(links.contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == Self.base + folder })
            let entries = feed.all("entry")
            #expect(!entries.isEmpty && entries.count <= 20, "\(folder)")
            for entry in entries {
                let id = try #require(entry.child("id")?.text)
                #expect(AbsoluteURLs.hasScheme(id))
                #expect(entry.child("title")?.text.isEmpty == false)
                #expect(FeedDates.rfc3339(entry.child("updated")?.text) != nil)
                #expect(FeedDates.rfc3339(entry.child("published")?.text) != nil)
                #expect(entry.all("link").contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"]?.hasPrefix(Self.base) == true })
                #expect(!entry.all("author").isEmpty || !feed.all("author").isEmpty)
                // The site feed carries the body; the others the summary and lead image.
                let content = try #require(entry.child(folder.isEmpty ? "content" : "summary"), "\(folder) \(id)")
                #expect(content.attributes["type"] == "html")
                #expect(folder.isEmpty || entry.child("content") == nil)
                try Self.expectAbsolute(content.text, in: "\(folder)feed.xml \(id)")
            }
            // The feed's date is its newest entry's, never the clock.
            let newest = entries.compactMap { FeedDates.rfc3339($0.child("updated")?.text) }.max()
            #expect(FeedDates.rfc3339(feed.child("updated")?.text) == newest)
        }
    }

    @Test func rssFeedsHaveTheRequiredElements() throws {
        for folder in [""] {
            let rss = try XMLTree.parse(try #require(Self.built.files[folder + "rss.xml"]))
            #expect(rss.name == "rss" && rss.attributes["version"] == "2.0", "\(folder)")
            let channel = try #require(rss.child("channel"))
            #expect(channel.child("title")?.text.isEmpty == false)
            #expect(channel.child("link")?.text == Self.base + folder)
            #expect(channel.child("description")?.text.isEmpty == false)
            #expect(channel.child("atom:link")?.attributes["href"] == Self.base + folder + "rss.xml")
            let items = channel.all("item")
            #expect(!items.isEmpty)
            for item in items {
                #expect(item.child("title")?.text.isEmpty == false)
                #expect(item.child("link")?.text.hasPrefix(Self.base) == true)
                #expect(AbsoluteURLs.hasScheme(item.child("guid")?.text ?? ""))
                #expect(FeedDates.rfc822(item.child("pubDate")?.text) != nil, "\(item.child("pubDate")?.text ?? "no pubDate")")
                try Self.expectAbsolute(try #require(item.child("content:encoded")).text, in: "\(folder)rss.xml")
            }
        }
    }

    @Test func jsonFeedsHaveTheRequiredFields() throws {
        for folder in [""] {
            let data = try #require(Self.built.files[folder + "feed.json"])
            let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect((feed["title"] as? String)?.isEmpty == false)
            #expect(feed["home_page_url"] as? String == Self.base + folder)
            #expect(feed["feed_url"] as? String == Self.base + folder + "feed.json")
            let items = try #require(feed["items"] as? [[String: Any]])
            #expect(!items.isEmpty)
            for item in items {
                #expect(AbsoluteURLs.hasScheme(item["id"] as? String ?? ""))
                #expect((item["url"] as? String)?.hasPrefix(Self.base) == true)
                #expect(FeedDates.rfc3339(item["date_published"] as? String) != nil)
                try Self.expectAbsolute(try #require(item["content_html"] as? String), in: "\(folder)feed.json")
            }
        }
    }

    @Test func siteFeedHoldsTheNewestArticlesNewestFirst() throws {
        let feed = try XMLTree.parse(try #require(Self.built.files["feed.xml"]))
        let expected = Self.built.articles.suffix(20).reversed().map(\.title)
        #expect(feed.all("entry").compactMap { $0.child("title")?.text } == Array(expected))
    }

    @Test func bundleImagesInContentBecomeAbsolute() throws {
        // Tag feeds with full content, as `feeds:` allows, on a copy of the sample.
        let copy = try TemporarySite([:])
        defer { copy.remove() }
        for item in ["Content", "site.yml"] {
            try FileManager.default.copyItem(at: TemporarySite.repositoryRoot.appending(path: item), to: copy.root.appending(path: item))
        }
        try copy.write("site.yml", try copy.read("site.yml") + "\nfeeds:\n  tag: {formats: [json], content: full}\n")
        let built = BuiltSite.build(copy.root, now: Date(timeIntervalSince1970: 1_780_000_000))
        let bundle = try #require(built.articles.first { $0.isBundle && !$0.bundleFiles.isEmpty })
        let slug = try #require(bundle.tags.first?.slug)
        #expect(try built.page("tags/\(slug)/index.html").contains("type=\"application/feed+json\" href=\"feed.json\""))
        let data = try #require(built.files["tags/\(slug)/feed.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        let item = try #require(items.first { $0["title"] as? String == bundle.title })
        let html = try #require(item["content_html"] as? String)
        let asset = try #require(bundle.bundleFiles.first)
        let sources = LinkWalker.links(in: html).filter { $0.hasSuffix(asset) }
        #expect(!sources.isEmpty)
        for source in sources {
            #expect(source.hasPrefix(Self.base) && source.hasSuffix("/\(bundle.slug)/\(asset)"), "\(source)")
            let path = String(source.dropFirst(Self.base.count))
            #expect(built.files[path] != nil, "\(path) is not in the output")
        }
    }

    @Test func pagesAdvertiseTheirFeeds() throws {
        let home = try Self.built.page("index.html")
        for file in ["feed.xml", "rss.xml", "feed.json"] { #expect(home.contains("<link rel=\"alternate\" type=\"application/") && home.contains("href=\"\(file)\"")) }
        let tag = try #require(Self.feedFolders.first { $0.hasPrefix("tags/") })
        let tagPage = try Self.built.page(tag + "index.html")
        #expect(tagPage.contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""))
        #expect(tagPage.contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\""))
        #expect(tagPage.contains("type=\"application/feed+json\" href=\"../../feed.json\""))
        // Only feeds that exist: the tag's RSS and JSON URLs hold moved feeds, not listed.
        #expect(!tagPage.contains("href=\"feed.json\"") && !tagPage.contains("href=\"rss.xml\""))
        let article = try #require(Self.built.files.keys.first { $0.hasPrefix("20") && $0.hasSuffix(".html") && !$0.hasSuffix("index.html") })
        #expect(try Self.built.page(article).contains("type=\"application/rss+xml\" href=\"../../../rss.xml\""))
    }

    @Test func rebuildsAreByteIdentical() throws {
        let again = BuiltSite.sample(now: Date(timeIntervalSince1970: 1_790_000_000))
        let generated = Self.built.files.keys.filter {
            $0.hasSuffix("feed.xml") || $0.hasSuffix("rss.xml") || $0.hasSuffix("feed.json") || $0.hasPrefix("sitemap") || $0 == "robots.txt"
        }
        #expect(generated.count > 30)
        for path in generated { #expect(again.files[path] == Self.built.files[path], "\(path) differs between builds") }
    }

    /// Every `href` and `src` in `html` is absolute.
    static func expectAbsolute(_ html: String, in place: String) throws {
        for link in LinkWalker.links(in: html) { #expect(AbsoluteURLs.hasScheme(link), "relative URL '\(link)' in \(place)") }
    }
}
