import Foundation
import GazetteContent
import Testing

struct ArchiveLoaderTests {
    static let front = "---\ntitle: A\ndate: 2019-03-07T10:00:00Z\n---\nBody\n"

    @Test func pageBundleIsOneArticleWithItsFiles() throws {
        let result = try loadArticles([
            "Content/2019/bridge/index.md": Self.front,
            "Content/2019/bridge/photo.jpg": "jpeg",
            "Content/2019/bridge/gallery/1.jpg": "jpeg",
            "Content/2019/bridge/notes.md": "not an article",
            "Content/2019/bridge/draft/index.md": "not an article either",
            "Content/2019/bridge/.DS_Store": "",
        ])
        #expect(result.diagnostics == [])
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.sourcePath == "Content/2019/bridge/index.md")
        #expect(article.slug == "bridge")
        #expect(article.isBundle)
        #expect(article.bundleFiles == ["draft/index.md", "gallery/1.jpg", "notes.md", "photo.jpg"])
    }

    @Test func bundleFolderMayCarryAJekyllDate() throws {
        let result = try loadArticles(["Content/2019-03-02-River Bridge/index.markdown": "---\ntitle: A\n---\n"])
        #expect(result.diagnostics == [])
        #expect(result.articles.first?.slug == "river-bridge")
        #expect(result.articles.first?.date.isoDay == "2019-03-02")
        #expect(result.articles.first?.isBundle == true)
    }

    @Test func walksEveryDepthAndSkipsWhatIsNotContent() throws {
        let result = try loadArticles([
            "Content/a.md": Self.front.replacingOccurrences(of: "10:00", with: "11:00"),
            "Content/x/y/z/deep.markdown": Self.front.replacingOccurrences(of: "10:00", with: "12:00"),
            "Content/2019/wire.TXT": "Wire\n\nLocal 08-Mar-2019\n",
            "Content/2019/photo.jpg": "jpeg",
            "Content/.hidden.md": "",
            "Content/.drafts/secret.md": "",
            "Content/notes": "no extension",
            "Content/.md": "",
            "README.md": "outside Content",
        ])
        #expect(result.diagnostics == [])
        #expect(result.articles.map(\.sourcePath) == ["Content/a.md", "Content/x/y/z/deep.markdown", "Content/2019/wire.TXT"])
    }

    @Test func sortsByInstantThenPath() throws {
        let result = try loadArticles([
            "Content/b.md": "---\ntitle: B\ndate: 2019-03-07T10:00:00Z\n---\n",
            "Content/a.md": "---\ntitle: A\ndate: 2019-03-07T11:00:00+01:00\n---\n",
            "Content/c.md": "---\ntitle: C\ndate: 2019-03-07T12:00:00+05:00\n---\n",
            "Content/d.md": "---\ntitle: D\ndate: 2019-03-06T23:59:00-01:00\n---\n",
        ])
        // D is earliest in UTC though written on the 6th; A and B are the same instant, so path decides.
        #expect(result.articles.map(\.title) == ["D", "C", "A", "B"])
    }

    @Test func parallelLoadIsDeterministic() throws {
        var files: [String: String] = [:]
        for index in 0..<300 {
            let day = index % 28 + 1
            let text = index % 3 == 0
                ? "Story \(index)\n\nLocal Writer \(index) \(day) March 2019\n\nBody \(index)\n"
                : "---\ntitle: Story \(index)\ndate: 2019-04-\(day < 10 ? "0" : "")\(day)\ntags: [t\(index % 7)]\n---\nBody\n"
            files["Content/\(index % 5)/story-\(index).\(index % 3 == 0 ? "txt" : "md")"] = text
        }
        files["Content/bad.md"] = "---\ntitle: Bad\n---\n"
        let first = try loadArticles(files)
        let second = try loadArticles(files)
        #expect(first.articles.count == 300)
        #expect(first.articles == second.articles)
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.diagnostics.map(\.path) == ["Content/bad.md"])
        let keys = first.articles.map { ($0.date.instant, $0.sourcePath) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func invalidPermalinkInConfigIsReported() throws {
        var settings = SiteConfig()
        settings.permalink = "/:year/"
        let result = try loadArticles(["Content/a.md": Self.front], config: settings)
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.description) == ["site.yml: error: invalid permalink '/:year/': it must contain :slug, :title or :filename"])
    }
}
