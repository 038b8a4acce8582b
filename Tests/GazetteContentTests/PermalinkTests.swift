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
        ("/:year/:month/", "it must contain :slug"),
        ("/:year/:title/", "unknown token ':title' (use :year, :month, :day, :slug or :section)"),
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
