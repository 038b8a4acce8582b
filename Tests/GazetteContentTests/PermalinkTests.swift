import Foundation
import GazetteContent
import Testing

struct PermalinkTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String
        let section: String?
        let urlPath: String
        let outputFile: String
        var testDescription: String { pattern }
    }

    // The date is written in +01:00 just after midnight: its UTC date is the 6th, its local date the 7th.
    @Test(arguments: [
        Case(pattern: "/:year/:month/:day/:slug.html", section: nil,
             urlPath: "2019/03/07/bridge.html", outputFile: "2019/03/07/bridge.html"),
        Case(pattern: "pretty", section: nil, urlPath: "2019/03/07/bridge/", outputFile: "2019/03/07/bridge/index.html"),
        Case(pattern: "/:year/:month/:day/:slug/", section: nil,
             urlPath: "2019/03/07/bridge/", outputFile: "2019/03/07/bridge/index.html"),
        Case(pattern: "/:section/:slug.html", section: "World News",
             urlPath: "world-news/bridge.html", outputFile: "world-news/bridge.html"),
        Case(pattern: "/:section/:slug.html", section: nil, urlPath: "articles/bridge.html", outputFile: "articles/bridge.html"),
        Case(pattern: "news/:year/:slug", section: nil, urlPath: "news/2019/bridge/", outputFile: "news/2019/bridge/index.html"),
        Case(pattern: "/:year-:month-:day-:slug.htm", section: nil,
             urlPath: "2019-03-07-bridge.htm", outputFile: "2019-03-07-bridge.htm"),
    ])
    func expandsTokensWithTheLocalDate(_ test: Case) throws {
        let permalink = try Permalink(pattern: test.pattern)
        let item = article(date: "2019-03-07T00:30:00+01:00", section: test.section)
        #expect(permalink.urlPath(for: item) == test.urlPath)
        #expect(permalink.outputFile(for: item) == test.outputFile)
    }

    @Test func defaultPatternIsTheSiteDefault() {
        #expect(Permalink.defaultPattern == SiteConfig().permalink)
    }

    @Test(arguments: [
        ("", "it is empty"),
        ("/:year/:month/", "it must contain :slug, :title or :filename"),
        ("/:year/:name/", "unknown token ':name' (use :year, :month, :day, :slug, :title or :section; README lists them all)"),
        ("/:year/../:slug/", "it must not contain '..' parts"),
        ("/a//:slug/", "it has an empty path part ('//')"),
        ("/:slug.html?x=1", "it must not contain '?'"),
        ("/:slug\\x", "it must not contain '\\'"),
    ])
    func rejectsBadPatterns(_ pattern: String, _ message: String) {
        #expect(throws: Permalink.PatternError(pattern: pattern, message: message)) {
            try Permalink(pattern: pattern)
        }
    }
}

/// A minimal dated article.
private func article(slug: String = "bridge", date: String = "2019-03-07T09:30:00+01:00", section: String? = nil,
                     path: String = "Content/bridge.md") -> Article {
    let parsed = ArticleDate(parsing: date, in: SiteConfig())
    return Article(sourcePath: path, slug: slug, title: "Bridge",
                   date: parsed ?? ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffset: 0),
                   section: section.map { Section(name: $0) }, body: "")
}

/// The tokens Jekyll and Hugo configurations use, on a Jekyll post in `Content/_posts/`.
struct PermalinkImportedTokenTests {
    @Test(arguments: [
        ("/:categories/:year/:month/:day/:title:output_ext", "local-news/rivers/2019/03/07/bridge.html"),
        ("date", "local-news/rivers/2019/03/07/bridge.html"),
        ("/news/:year/:i_month/:i_day/:title/", "news/2019/3/7/bridge/"),
        ("/:short_year/:y_day/:slug/", "19/066/bridge/"),
        ("/:slugified_categories/:title/", "local-news/rivers/bridge/"),
        ("/:sections/:filename/", "posts/2019-03-07-bridge/"),
        ("/:year/:monthname/:slug.html", "2019/march/bridge.html"),
    ])
    func expands(pattern: String, url: String) throws {
        var item = Article(sourcePath: "Content/posts/2019-03-07-bridge.md", slug: "bridge", title: "Bridge",
                           date: ArticleDate(year: 2019, month: 3, day: 7, hour: 9, minute: 30, utcOffset: 0)!, body: "")
        item.categories = ["Local News", "Rivers"]
        #expect(try Permalink(pattern: pattern).urlPath(for: item) == url)
    }

    @Test func emptyCategoriesLeaveNoEmptyPart() throws {
        let item = Article(sourcePath: "Content/a.md", slug: "a", title: "A",
                           date: ArticleDate(year: 2019, month: 3, day: 7, hour: 9, minute: 30, utcOffset: 0)!, body: "")
        #expect(try Permalink(pattern: "/:categories/:year/:title/").urlPath(for: item) == "2019/a/")
    }

    @Test(arguments: [
        ("/2016/05/05/cargo-pillars.html", "2016/05/05/cargo-pillars.html"),
        ("releases/1.88.0", "releases/1.88.0/"),
        ("/about/", "about/"),
        ("news/old.php", "news/old.php"),
    ])
    func publishedPathsFromFrontMatter(written: String, normalized: String) throws {
        #expect(try PublishedPath.normalize(written).get() == normalized)
    }

    @Test(arguments: ["/", "https://other.example/x", "../x", "a//b", "a?b=1"])
    func refusedPaths(written: String) {
        #expect(throws: PublishedPath.PathProblem.self) { try PublishedPath.normalize(written).get() }
    }
}

/// Where aliases written without a leading slash lead.
struct AliasBaseTests {
    @Test func rootByDefaultPageForHugo() throws {
        var config = SiteConfig()
        let root = try PermalinkRules(config: config)
        #expect(root.aliasURL("old/", of: "posts/new/") == "old/")
        config.relativeAliases = .page
        let page = try PermalinkRules(config: config)
        #expect(page.aliasURL("old/", of: "posts/new/") == "posts/old/")
        #expect(page.aliasURL("../old.html", of: "posts/new/") == "old.html")
        #expect(page.aliasURL("old.html", of: "2019/03/new.html") == "2019/03/old.html")
        #expect(page.aliasURL("/kept/", of: "posts/new/") == "kept/")
        #expect(page.aliasURL("../../x/", of: "posts/new/") == nil)
    }
}
