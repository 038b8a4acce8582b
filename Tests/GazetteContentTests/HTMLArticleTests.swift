import Foundation
import Testing
@testable import GazetteContent

@Suite struct HTMLArticleTests {
    static let page = "---\ntitle: About us\ndate: 2019-03-07T10:00:00Z\ntype: page\n---\n<p>We are a paper.</p>\n"

    @Test func htmlFilesAreArticlesWithFrontMatter() throws {
        let (article, diagnostics) = try loadOne("Content/2019/03/bridge.html",
                                                 "---\ntitle: Bridge\ndate: 2019-03-07T10:00:00Z\n---\n<p>The <b>bridge</b>.</p>\n")
        #expect(diagnostics.isEmpty)
        #expect(article?.bodyFormat == .html)
        #expect(article?.body == "<p>The <b>bridge</b>.</p>")
        #expect(article?.slug == "bridge")
        #expect(article?.bodyLine == 5)
    }

    @Test func anHTMLIndexMakesAPageBundle() throws {
        let result = try loadArticles([
            "Content/2019/03/flood/index.html": "---\ntitle: Flood\ndate: 2019-03-07T10:00:00Z\n---\n<img src=\"bank.jpg\">\n",
            "Content/2019/03/flood/bank.jpg": "jpeg",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.slug) == ["flood"])
        #expect(result.articles.first?.bundleFiles == ["bank.jpg"])
        #expect(result.articles.first?.isBundle == true)
        #expect(result.articles.first?.bodyFormat == .html)
    }

    @Test func typePageMarksAPageAndPagesSortAfterListedArticles() throws {
        let result = try loadArticles([
            "Content/about.html": Self.page,
            "Content/2020/01/late.md": "---\ntitle: Late\ndate: 2020-01-01T10:00:00Z\ntype: feature\n---\nText.\n",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.title) == ["Late", "About us"])
        #expect(result.articles.map(\.isPage) == [false, true])
        #expect(result.articles.first?.params["type"] == .string("feature"))
    }

    @Test func theCacheKeepsTheFormatAndThePageMark() throws {
        let (loaded, _) = try loadOne("Content/about.html", Self.page)
        let article = try #require(loaded)
        var out = ByteWriter()
        article.withoutBody.encodeWithoutBody(into: &out)
        var input = ByteReader(out.bytes)
        let back = try Article(withoutBodyFrom: &input)
        #expect(back.bodyFormat == .html)
        #expect(back.isPage)
    }
}
