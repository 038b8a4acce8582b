import Foundation
import GazetteContent
import GazettePlan
import Testing

/// How references resolve against a planned site, as Zola, Jekyll and Hugo resolve them.
@Suite struct InternalLinksTests {
    static func article(_ path: String, day: Int, url: String? = nil, aliases: [String] = []) -> Article {
        var article = Article(sourcePath: path, slug: Permalink.sourceName(path).split(separator: "-").last.map(String.init) ?? "x",
                              title: path, date: ArticleDate(year: 2019, month: 3, day: day, utcOffset: 0)!, aliases: aliases,
                              body: "")
        article.url = url
        return article
    }

    /// The tables are built only when some body links to another page: the first one does.
    static let plan: SitePlan = try! SitePlan(config: SiteConfig(), articles: [
        { var linking = article("Content/_posts/2019-03-01-flood.md", day: 1)
          linking.references = [InternalReference(kind: .contentPath, target: "posts/calm.md")]
          return linking }(),
        article("Content/posts/storm/index.md", day: 2, aliases: ["p/101/"]),
        article("Content/posts/calm.md", day: 3, url: "special/calm/"),
        article("Content/pages/calm.md", day: 4),
    ])

    func resolve(_ reference: InternalReference, from source: String = "Content/posts/storm/index.md") -> String {
        switch Self.plan.links.resolve(reference, from: source) {
        case .success(.article(let index)): Self.plan.entries[index].url
        case .success(.path(let path)): "path " + path
        case .failure(let problem): problem.message
        }
    }

    @Test func zolaAndJekyllPaths() {
        #expect(resolve(InternalReference(kind: .contentPath, target: "posts/calm.md")) == "special/calm/")
        #expect(resolve(InternalReference(kind: .contentPath, target: "posts/storm/index.md")) == "2019/03/02/storm.html")
        #expect(resolve(InternalReference(kind: .postName, target: "2019-03-01-flood")) == "2019/03/01/flood.html")
        #expect(resolve(InternalReference(kind: .sourcePath, target: "_posts/2019-03-01-flood.md")) == "2019/03/01/flood.html")
        #expect(resolve(InternalReference(kind: .sourcePath, target: "assets/map.pdf")) == "path assets/map.pdf")
        #expect(resolve(InternalReference(kind: .contentPath, target: "posts/none.md"))
            == "internal link '@/posts/none.md' leads to no published article")
    }

    @Test func hugoReferencesTryThePageFolderThenTheRootThenTheName() {
        #expect(resolve(InternalReference(kind: .pageReference, target: "/posts/storm")) == "2019/03/02/storm.html")
        #expect(resolve(InternalReference(kind: .pageReference, target: "../calm.md")) == "special/calm/")
        #expect(resolve(InternalReference(kind: .pageReference, target: "2019-03-01-flood")) == "2019/03/01/flood.html")
        #expect(resolve(InternalReference(kind: .pageReference, target: "calm"), from: "Content/other.md")
            == "internal link 'ref \"calm\"' is ambiguous: it could be Content/pages/calm.md or Content/posts/calm.md")
    }

    @Test func relativeSourcesAndRootPaths() {
        #expect(resolve(InternalReference(kind: .relativeSource, target: "../calm.md")) == "special/calm/")
        #expect(resolve(InternalReference(kind: .rootPath, target: "/p/101")) == "2019/03/02/storm.html")
        #expect(resolve(InternalReference(kind: .rootPath, target: "/2019/03/04/calm.html")) == "2019/03/04/calm.html")
        #expect(resolve(InternalReference(kind: .rootPath, target: "/tags/x/")) == "path tags/x/")
    }

    @Test func anAliasThatIsTheArticlesOwnURLIsDropped() throws {
        let plan = try SitePlan(config: SiteConfig(), articles: [
            Self.article("Content/a.md", day: 1, url: "a/", aliases: ["a/", "a/index.html", "old-a.html"]),
        ])
        #expect(plan.redirects.map(\.url) == ["old-a.html"])
    }
}
