import Foundation
import GazetteRender
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Builds the repository's sample archive once into a temporary folder and checks pages.
@Suite(.serialized) struct SampleSiteTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28, pinned
    static let built: (output: URL, files: [String: Data], articles: [Article]) = {
        let output = TemporarySite.temporaryFolder()
        var options = BuildOptions(siteDirectory: TemporarySite.repositoryRoot, outputDirectory: output)
        options.now = now
        options.recordsURLs = false  // never change the repository's own ledger from a test
        _ = try? SiteBuilder(options: options).build()
        let config = (try? SiteConfig.load(siteDirectory: TemporarySite.repositoryRoot)) ?? SiteConfig()
        let articles = ArchiveLoader(siteDirectory: TemporarySite.repositoryRoot, config: config).load().articles
            .filter { !$0.isDraft && $0.date.instant <= now }
            .sorted { ($0.date.instant, $0.sourcePath) < ($1.date.instant, $1.sourcePath) }
        let files = snapshot(of: output)
        try? FileManager.default.removeItem(at: output)
        return (output, files, articles)
    }()

    func page(_ path: String) throws -> String {
        let data = try #require(Self.built.files[path], "missing page \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Article titles linked from a page, in order, matched against the loaded archive.
    func linkedArticles(on path: String) throws -> [String] {
        let html = try page(path)
        let permalink = try Permalink(pattern: "/:year/:month/:day/:slug.html")
        let byFile = Dictionary(Self.built.articles.map { (permalink.outputFile(for: $0), $0.title) }, uniquingKeysWith: { $1 })
        var titles: [String] = []
        for link in LinkWalker.links(in: html) {
            guard let target = LinkWalker.resolve(link, from: path), let title = byFile[target] else { continue }
            if titles.last != title { titles.append(title) }
        }
        return titles
    }

    @Test func buildsTheSample() {
        #expect(Self.built.articles.count >= 30)
        #expect(Self.built.files["index.html"] != nil)
        #expect(Self.built.files[".gazette-output"] != nil)
    }

    @Test func homeListsNewestFirstAndPageTwoExists() throws {
        let newest = Self.built.articles.reversed().map(\.title)
        let home = try linkedArticles(on: "index.html")
        #expect(home.first == newest.first)
        #expect(Array(home.prefix(10)) == Array(newest.prefix(10)))
        #expect(Self.built.files["page/2/index.html"] != nil)
        #expect(try page("index.html").contains("href=\"page/"))
    }

    @Test func articlePageHasBylineDateTagsAndNeighbours() throws {
        let articles = Self.built.articles
        let permalink = try Permalink(pattern: "/:year/:month/:day/:slug.html")
        let middle = try #require(articles.indices.first { $0 > 0 && $0 < articles.count - 1 && !articles[$0].authors.isEmpty && !articles[$0].tags.isEmpty })
        let article = articles[middle]
        let html = try page(permalink.outputFile(for: article))
        #expect(html.contains(HTML.escape(article.title)))
        for author in article.authors { #expect(html.contains("authors/\(author.slug)/"), "byline link for \(author.name)") }
        for tag in article.tags { #expect(html.contains("tags/\(tag.slug)/"), "tag link for \(tag.name)") }
        #expect(html.contains("datetime=\"\(article.date.rfc3339)\""))
        #expect(html.contains("rel=\"prev\""))
        #expect(html.contains("rel=\"next\""))
        #expect(html.contains(HTML.escape(articles[middle - 1].title)))
        #expect(html.contains(HTML.escape(articles[middle + 1].title)))
    }

    @Test func datePagesListExactlyTheirPeriod() throws {
        let articles = Self.built.articles
        let busiest = Dictionary(grouping: articles) { $0.date.isoDay }.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
        let day = try #require(busiest?.value.first?.date)
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        let checks: [(String, (Article) -> Bool)] = [
            ("\(day.year)/\(pad(day.month))/\(pad(day.day))/index.html", { $0.date.isoDay == day.isoDay }),
            ("\(day.year)/\(pad(day.month))/index.html", { $0.date.year == day.year && $0.date.month == day.month }),
            ("\(day.year)/index.html", { $0.date.year == day.year }),
        ]
        for (path, belongs) in checks {
            let expected = Set(articles.filter(belongs).map(\.title))
            var listed = Set(try linkedArticles(on: path))
            var number = 1
            while let _ = Self.built.files[path.replacingOccurrences(of: "index.html", with: "page/\(number)/index.html")] {
                listed.formUnion(try linkedArticles(on: path.replacingOccurrences(of: "index.html", with: "page/\(number)/index.html")))
                number += 1
            }
            #expect(listed == expected, "\(path)")
        }
    }

    /// The `<li>` of `article` on the list page `path` (on the page's one line of items).
    func item(of article: Article, on path: String) throws -> Substring {
        let permalink = try Permalink(pattern: "/:year/:month/:day/:slug.html")
        let html = try page(path)
        let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
        let href = "href=\"\(root)\(permalink.outputFile(for: article))\">\(HTML.escape(article.title))</a>"
        let link = try #require(html.range(of: href), "\(article.title) is not on \(path)")
        let start = try #require(html[..<link.lowerBound].range(of: "<li>", options: .backwards))
        let end = try #require(html[link.upperBound...].range(of: "</li>"))
        return html[start.lowerBound..<end.upperBound]
    }

    /// A list item keeps everything a reader sees: section link, date (a `datetime` of its
    /// day) and byline on one meta line, then the headline link and the summary.
    @Test func listItemsKeepKickerDateHeadlineSummaryAndByline() throws {
        let article = try #require(Self.built.articles.last { $0.section != nil && !$0.authors.isEmpty && $0.summary?.isEmpty == false })
        let line = try item(of: article, on: "\(article.date.year)/index.html")
        #expect(line.hasPrefix("<li><p><a href=\"../section/\(try #require(article.section).slug)/\">\(HTML.escape(try #require(article.section).name))</a> "))
        #expect(line.contains("<time datetime=\"\(article.date.isoDay)\">\(article.date.humanDate)</time> <span>By <a href=\"../authors/\(article.authors[0].slug)/\">"))
        #expect(line.contains("</span></p><h2><a href=\"../"))
        #expect(line.hasSuffix("</h2><p>\(HTML.escape(try #require(article.summary)))</p></li>"))
        let home = try page("index.html")
        #expect(home.contains("<ol class=\"items\"><li>"))
    }

    /// An article's item is the same on every list it is on (it is rendered once), apart
    /// from the page's root prefix: a section's, an author's and a day's page show it whole.
    @Test func anItemIsTheSameOnEveryList() throws {
        let article = try #require(Self.built.articles.last { $0.section != nil && !$0.authors.isEmpty })
        let section = try #require(article.section)
        let onYear = try item(of: article, on: "\(article.date.year)/index.html")
        let day = String(article.date.isoDay.prefix(10)).replacingOccurrences(of: "-", with: "/")
        for path in ["section/\(section.slug)/index.html", "authors/\(article.authors[0].slug)/index.html", "\(day)/index.html"] {
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            let line = try item(of: article, on: path)
            #expect(line.replacingOccurrences(of: "href=\"\(root)", with: "href=\"../") == onYear, "\(path)")
        }
    }

    /// A day's heading is its date, with the `datetime` machines read.
    @Test func aDayPageHeadingCarriesItsDate() throws {
        let article = try #require(Self.built.articles.last)
        let day = String(article.date.isoDay.prefix(10)).replacingOccurrences(of: "-", with: "/")
        #expect(try page("\(day)/index.html").contains("<h1><time datetime=\"\(article.date.isoDay)\">\(article.date.humanDate)</time></h1>"))
    }

    @Test func tagPageAndTagIndexShowCounts() throws {
        let counts = Dictionary(Self.built.articles.flatMap { $0.tags.map { ($0.slug, 1) } }, uniquingKeysWith: +)
        let (slug, count) = try #require(counts.max { ($0.value, $1.key) < ($1.value, $0.key) })
        let tagPage = try page("tags/\(slug)/index.html")
        #expect(tagPage.contains("\(count) articles"))
        let index = try page("tags/index.html")
        let link = try #require(index.range(of: "href=\"\(slug)/\""))
        #expect(index[link.upperBound...].prefix(300).contains("\(count)"))
    }

    @Test func everyRelativeLinkResolves() {
        let broken = LinkWalker(files: Self.built.files).brokenLinks()
        let shown = broken.prefix(5).map { "\($0.page) -> \($0.link)" }
        #expect(broken.count == 0, "\(broken.count) broken links, such as \(shown)")
    }

    @Test func pageBundleFilesTravelWithTheArticle() throws {
        let bundle = try #require(Self.built.articles.first { $0.isBundle && !$0.bundleFiles.isEmpty })
        let permalink = try Permalink(pattern: "/:year/:month/:day/:slug.html")
        let file = permalink.outputFile(for: bundle)
        let folder = file.split(separator: "/").dropLast().joined(separator: "/") + "/\(bundle.slug)/"
        for asset in bundle.bundleFiles { #expect(Self.built.files[folder + asset] != nil, "\(folder + asset)") }
        #expect(try page(file).contains("src=\"\(bundle.slug)/"))
    }

    @Test func draftsAndFutureArticlesAreLeftOut() throws {
        let config = try SiteConfig.load(siteDirectory: TemporarySite.repositoryRoot)
        let all = ArchiveLoader(siteDirectory: TemporarySite.repositoryRoot, config: config).load().articles
        let hidden = all.filter { $0.isDraft || $0.date.instant > Self.now }
        #expect(!hidden.isEmpty)
        let permalink = try Permalink(pattern: config.permalink)
        for article in hidden { #expect(Self.built.files[permalink.outputFile(for: article)] == nil) }
    }
}
