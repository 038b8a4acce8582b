import Foundation
import GazetteContent
import GazettePlan
import Testing

/// Which articles go in which feed, from hand-made articles (no loader involved).
@Suite struct FeedsPlanTests {
    /// Ten articles a day apart, oldest first; even ones tagged `even`, all by one author,
    /// the first three in section Local.
    static let articles: [Article] = (0..<10).map { number in
        Article(sourcePath: "Content/\(number).md", slug: "a\(number)", title: "Article \(number)",
                date: ArticleDate(year: 2020, month: 1, day: 1 + number, utcOffset: 0)!,
                authors: [Author(name: "Zoë Çelik")], section: number < 3 ? Section(name: "Local") : nil,
                tags: number % 2 == 0 ? [Tag(name: "even")] : [], body: "")
    }

    static func feeds(limit: Int) -> Feeds {
        var config = SiteConfig()
        config.title = "Site"
        config.feedLimit = limit
        return Feeds(config: config, index: SiteIndex(articles: articles, knownSections: []), articleCount: articles.count)
    }

    @Test func eachFeedHoldsItsNewestArticlesNewestFirst() {
        let feeds = Self.feeds(limit: 4)
        let byBase = Dictionary(uniqueKeysWithValues: feeds.all.map { ($0.base, $0.members) })
        #expect(feeds.all.map(\.base) == ["", "section/local/", "tags/even/", "authors/zoe-celik/"])
        #expect(byBase[""] == [9, 8, 7, 6])
        #expect(byBase["section/local/"] == [2, 1, 0])
        #expect(byBase["tags/even/"] == [8, 6, 4, 2])
        #expect(byBase["authors/zoe-celik/"] == [9, 8, 7, 6])
        #expect(feeds.all.map(\.title) == ["Site", "Site: Local", "Site: even", "Site: Zoë Çelik"])
    }

    @Test func eachNeededArticleIsListedOnceForRendering() {
        let feeds = Self.feeds(limit: 4)
        #expect(feeds.all.reduce(0) { $0 + $1.members.count } == 15)
        #expect(Feeds.neededIndices(of: feeds.all) == [0, 1, 2, 4, 6, 7, 8, 9])
    }

    @Test func aZeroLimitGivesEmptyFeeds() {
        let feeds = Self.feeds(limit: 0)
        #expect(feeds.all.count == 4)
        #expect(feeds.all.allSatisfy { $0.members.isEmpty })
        #expect(Feeds.neededIndices(of: feeds.all).isEmpty)
    }

    @Test func linksAreRelativeToThePage() {
        let all = FeedChoice(formats: [.atom, .rss, .json], content: .full)
        let links = Feeds.links(base: "tags/even/", title: "Site: even", choice: all, fromFile: "tags/even/page/2/index.html")
        #expect(links.compactMap { $0["url"] as? String } == ["../../feed.xml", "../../rss.xml", "../../feed.json"])
        #expect(links.compactMap { $0["type"] as? String } == ["application/atom+xml", "application/rss+xml", "application/feed+json"])
        #expect(links.first?["title"] as? String == "Site: even (Atom)")
    }

    @Test func onlyTheChosenFormatsAreLinkedAndTheOthersMove() throws {
        var config = SiteConfig()
        config.feeds.tag = FeedChoice(formats: [.rss], content: .summary)
        config.feeds.author = FeedChoice(formats: [], content: .summary)
        let feeds = Feeds(config: config, index: SiteIndex(articles: Self.articles, knownSections: []), articleCount: Self.articles.count)
        let tag = try #require(feeds.all.first { $0.base == "tags/even/" })
        let author = try #require(feeds.all.first { $0.base.hasPrefix("authors/") })
        let site = try #require(feeds.all.first { $0.base.isEmpty })
        #expect(tag.kind == .tag && author.kind == .author && site.kind == .site)
        #expect(Feeds.links(base: tag.base, title: "t", choice: config.feeds.tag, fromFile: "tags/even/index.html")
            .compactMap { $0["url"] as? String } == ["rss.xml"])
        #expect(Feeds.retired(tag, config: config) == [.atom, .json])
        #expect(Feeds.movedTo(tag, config: config) == "tags/even/rss.xml")
        #expect(Feeds.retired(author, config: config) == [.atom, .rss, .json])
        #expect(Feeds.movedTo(author, config: config) == author.base)
        #expect(Feeds.retired(site, config: config).isEmpty)
    }
}
