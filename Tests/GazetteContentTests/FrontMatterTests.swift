import Foundation
import GazetteContent
import Testing

struct FrontMatterTests {
    /// The same article written in each front-matter syntax.
    static let equivalentFiles: [(String, String)] = [
        ("Content/bridge.md", """
            ---
            title: Council approves new river crossing
            subtitle: After a two-year delay
            authors: [Dana Whitfield, Jonas Berg]
            tags: [Transport, Council]
            section: Local
            date: 2019-03-07T09:30:00+01:00
            ---
            The city council voted on Tuesday.
            """),
        ("Content/bridge.markdown", """
            +++
            title = "Council approves new river crossing"
            subtitle = "After a two-year delay"
            authors = ["Dana Whitfield", "Jonas Berg"]
            tags = ["Transport", "Council"]
            section = "Local"
            date = 2019-03-07T09:30:00+01:00
            +++
            The city council voted on Tuesday.
            """),
        ("Content/bridge.md", """
            +++
            title = "Council approves new river crossing"
            subtitle = "After a two-year delay"
            date = "2019-03-07T09:30:00+01:00"
            section = "Local"

            [taxonomies]
            authors = ["Dana Whitfield", "Jonas Berg"]
            tags = ["Transport", "Council"]
            +++
            The city council voted on Tuesday.
            """),
    ]

    @Test(arguments: equivalentFiles)
    func yamlAndTOMLGiveTheSameArticle(_ path: String, _ contents: String) throws {
        let (loaded, diagnostics) = try loadOne(path, contents)
        #expect(diagnostics.isEmpty)
        let article = try #require(loaded)
        #expect(article.title == "Council approves new river crossing")
        #expect(article.subtitle == "After a two-year delay")
        #expect(article.authors.map(\.name) == ["Dana Whitfield", "Jonas Berg"])
        #expect(article.tags.map(\.slug) == ["transport", "council"])
        #expect(article.section == Section(name: "Local"))
        #expect(article.date.rfc3339 == "2019-03-07T09:30:00+01:00")
        #expect(article.slug == "bridge")
        #expect(article.sourcePath == path)
        #expect(article.body == "The city council voted on Tuesday.")
        #expect(article.bodyFormat == .markdown)
        #expect(article.bodyLine == contents.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    private func yaml(_ lines: String) throws -> Article {
        let (article, diagnostics) = try loadOne("Content/a.md", "---\ntitle: A\ndate: 2019-03-07\n\(lines)\n---\nBody\n")
        #expect(diagnostics == [])
        return try #require(article)
    }

    @Test(arguments: [
        ("author: Dana Whitfield", ["Dana Whitfield"]),
        ("authors: Dana Whitfield", ["Dana Whitfield"]),
        ("authors: [Dana Whitfield, Çağlar Önal]", ["Dana Whitfield", "Çağlar Önal"]),
        ("author: Dana Whitfield\nauthors: [Jonas Berg, dana whitfield]", ["Dana Whitfield", "Jonas Berg"]),
        ("Author: Dana Whitfield", ["Dana Whitfield"]),
    ])
    func authorVariants(_ lines: String, _ names: [String]) throws {
        #expect(try yaml(lines).authors.map(\.name) == names)
    }

    @Test(arguments: [
        ("tags: [a, b]\ncategories: [Sport, Football]", "Sport", ["a", "b", "football"]),
        ("categories: [Sport, Football]\nsection: World", "World", ["sport", "football"]),
        ("categories: Sport", "Sport", []),
        ("tags: climate change", nil, ["climate-change"]),
    ])
    func categoriesFillTheSectionFirst(_ lines: String, _ section: String?, _ tags: [String]) throws {
        let article = try yaml(lines)
        #expect(article.section?.name == section)
        #expect(article.tags.map(\.slug) == tags)
    }

    @Test func sectionsMatchTheKnownOnesByNameOrSlug() throws {
        let known = config(sections: [Section(name: "World News", slug: "world")])
        let (article, _) = try loadOne("Content/a.md", "---\ntitle: A\ndate: 2019-03-07\nsection: world\n---\n", config: known)
        #expect(article?.section == Section(name: "World News", slug: "world"))
    }

    @Test(arguments: ["lastmod", "updated", "last_modified_at"])
    func updatedVariants(_ key: String) throws {
        #expect(try yaml("\(key): 2019-03-08T10:00:00Z").updated?.rfc3339 == "2019-03-08T10:00:00Z")
    }

    @Test(arguments: [
        ("summary: Short", "Short"),
        ("description: Longer", "Longer"),
        ("description: Longer\nsummary: Short", "Short"),
    ])
    func summaryVariants(_ lines: String, _ summary: String) throws {
        #expect(try yaml(lines).summary == summary)
    }

    @Test(arguments: [
        ("image: bridge.jpg", ArticleImage(path: "bridge.jpg")),
        ("image: {src: bridge.jpg, caption: The bridge, credit: Jonas Berg}",
         ArticleImage(path: "bridge.jpg", caption: "The bridge", credit: "Jonas Berg")),
        ("image:\n  path: /img/b.jpg\n  alt: A bridge", ArticleImage(path: "/img/b.jpg", caption: "A bridge")),
        ("image: bridge.jpg\nimage_caption: The bridge\nimage_credit: Jonas Berg",
         ArticleImage(path: "bridge.jpg", caption: "The bridge", credit: "Jonas Berg")),
        ("image_credit: Example Images", ArticleImage(credit: "Example Images")),
    ])
    func imageVariants(_ lines: String, _ image: ArticleImage) throws {
        #expect(try yaml(lines).image == image)
    }

    @Test(arguments: [
        ("dateline: BERLIN", \Article.dateline, "BERLIN"),
        ("location: BERLIN", \Article.dateline, "BERLIN"),
        ("language: de", \Article.language, "de"),
        ("lang: de", \Article.language, "de"),
        ("canonical: https://example.org/a", \Article.canonicalURL, "https://example.org/a"),
        ("canonical_url: https://example.org/a", \Article.canonicalURL, "https://example.org/a"),
    ] as [(String, KeyPath<Article, String?> & Sendable, String)])
    func optionalTextVariants(_ lines: String, _ field: KeyPath<Article, String?> & Sendable, _ value: String) throws {
        #expect(try yaml(lines)[keyPath: field] == value)
    }

    @Test func otherFieldsAndParams() throws {
        let article = try yaml("""
            draft: true
            slug: Über die Brücke
            aliases: [/news/bridge.html, /old/bridge/]
            layout: story
            weight: 3
            score: 4.5
            related: 2019-03-01T08:00:00+02:00
            extra: {sources: [Reuters, AP], note: ~}
            nothing: ~
            """)
        #expect(article.isDraft)
        #expect(article.slug == "uber-die-brucke")
        #expect(article.aliases == ["/news/bridge.html", "/old/bridge/"])
        #expect(article.params["layout"] == .string("story"))
        #expect(article.params["weight"] == .int(3))
        #expect(article.params["score"] == .double(4.5))
        #expect(article.params["related"]?.scalarText == "2019-03-01T08:00:00+02:00")
        #expect(article.params["extra"] == .table(["sources": .array([.string("Reuters"), .string("AP")])]))
        #expect(article.params["nothing"] == nil)
        #expect(article.params["title"] == nil)
    }

    @Test func yamlTextKeepsWhatWasTyped() throws {
        let article = try yaml("subtitle: No\ndateline: 007")
        #expect(article.subtitle == "No")
        #expect(article.dateline == "007")
    }

    @Test(arguments: [
        ("---\ntitle: A\ndate: 2019-03-07T09:30:00+05:30\n---\n", "2019-03-07T09:30:00+05:30"),
        ("---\ntitle: A\ndate: 2019-03-07 09:30:00 -0500\n---\n", "2019-03-07T09:30:00-05:00"),
        ("---\ntitle: A\ndate: \"2019-03-07T09:30\"\n---\n", "2019-03-07T09:30:00+01:00"),
        ("---\ntitle: A\ndate: 7 March 2019\n---\n", "2019-03-07T00:00:00+01:00"),
        ("+++\ntitle = \"A\"\ndate = 2019-03-07T09:30:00+05:30\n+++\n", "2019-03-07T09:30:00+05:30"),
        ("+++\ntitle = \"A\"\ndate = 2019-03-07T09:30:00\n+++\n", "2019-03-07T09:30:00+01:00"),
        ("+++\ntitle = \"A\"\ndate = 2019-07-07\n+++\n", "2019-07-07T00:00:00+02:00"),
        ("+++\ntitle = \"A\"\ndate = \"07-Mar-2019\"\n+++\n", "2019-03-07T00:00:00+01:00"),
    ])
    func datesKeepTheirOffsetOrTakeTheSiteZone(_ contents: String, _ expected: String) throws {
        let (article, diagnostics) = try loadOne("Content/a.md", contents, config: config(zone: "Europe/Berlin"))
        #expect(diagnostics == [])
        #expect(article?.date.rfc3339 == expected)
    }

    @Test(arguments: [
        ("Content/2019-03-02-some-title.md", "---\ntitle: A\n---\n", "2019-03-02T00:00:00Z", "some-title"),
        ("Content/2019-03-02-some-title.md", "---\ntitle: A\ndate: 2019-03-04T10:00:00Z\n---\n",
         "2019-03-04T10:00:00Z", "some-title"),
        ("Content/2019-03-02-some-title.md", "---\ntitle: A\nslug: other\n---\n", "2019-03-02T00:00:00Z", "other"),
        ("Content/2019-03-02.md", "---\ntitle: A\n---\n", "2019-03-02T00:00:00Z", "2019-03-02"),
        ("Content/Çağlar Önal interview.md", "---\ntitle: A\ndate: 2019-03-02\n---\n", "2019-03-02T00:00:00Z",
         "caglar-onal-interview"),
    ])
    func jekyllFileNamesGiveDateAndSlug(_ path: String, _ contents: String, _ date: String, _ slug: String) throws {
        let (article, diagnostics) = try loadOne(path, contents)
        #expect(diagnostics == [])
        #expect(article?.date.rfc3339 == date)
        #expect(article?.slug == slug)
    }

    @Test func bodyWithoutFrontMatterFencesIsKept() throws {
        let (article, _) = try loadOne("Content/2019-03-02-a.md",
                                       "---\r\ntitle: A\r\n---\r\n\r\n\r\nFirst *line*\r\n\r\nSecond\r\n")
        #expect(article?.body == "First *line*\n\nSecond")
        #expect(article?.bodyLine == 6)
    }
}
