import Foundation
import GazetteContent
import GazetteScaffold
import GazetteTestSupport
import Testing

@Suite struct ArticleScaffoldTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

    @Test(arguments: [
        ("UTC", "2026-05-28T20:26:40Z"),
        ("Europe/London", "2026-05-28T21:26:40+01:00"),
        ("Pacific/Kiritimati", "2026-05-29T10:26:40+14:00"),
        ("America/St_Johns", "2026-05-28T17:56:40-02:30"),
        ("No/Such_Zone", "2026-05-28T20:26:40Z"),
    ])
    func datesNowInTheSiteZone(zone: String, expected: String) {
        #expect(ArticleScaffold.date(now: Self.now, timeZone: zone).rfc3339 == expected)
    }

    @Test func frontMatterQuotesWhatTheUserTyped() {
        let article = ArticleScaffold(title: "Council says \"no\": the bridge\\tolls #1", section: "Local: News",
                                      tags: ["flood", "yes"], author: "Ana O'Brien")
        let date = ArticleScaffold.date(now: Self.now, timeZone: "UTC")
        #expect(article.text(date: date) == """
        ---
        title: "Council says \\"no\\": the bridge\\\\tolls #1"
        date: 2026-05-28T20:26:40Z
        section: "Local: News"
        tags: ["flood", "yes"]
        author: "Ana O'Brien"
        # draft: true   (uncomment to leave it out of builds until it is ready)
        ---

        Write the story here.

        """)
        #expect(article.slug == "council-says-no-the-bridge-tolls-1")
        #expect(ArticleScaffold.path(slug: article.slug, date: date) == "Content/2026/05/council-says-no-the-bridge-tolls-1.md")
    }

    @Test(arguments: [
        ("plain", "plain"), ("", "\"\""), ("yes", "\"yes\""), ("Null", "\"Null\""), ("12", "\"12\""),
        ("http://localhost:8000/", "http://localhost:8000/"), ("/:year/:slug.html", "/:year/:slug.html"),
        ("key:", "\"key:\""), ("a b", "\"a b\""), ("#x", "\"#x\""), ("line\nbreak\u{2028}", "\"line\\nbreak\\u2028\""),
        ("tab\there\u{7}", "\"tab\\there\\u0007\""), ("Zürich", "\"Zürich\""),
    ])
    func yamlScalars(text: String, yaml: String) {
        #expect(YAMLText.scalar(text) == yaml)
    }

    @Test func writesOnceAndRefusesToOverwrite() throws {
        let site = try TemporarySite(["site.yml": ""])
        defer { site.remove() }
        let article = ArticleScaffold(title: "Tide tables", tags: ["harbour"])
        let date = ArticleScaffold.date(now: Self.now, timeZone: "UTC")
        let path = try article.write(siteDirectory: site.root, date: date)
        #expect(path == "Content/2026/05/tide-tables.md")
        try site.write(path, "edited by hand")
        #expect(throws: DiagnosticsError.self) { try article.write(siteDirectory: site.root, date: date) }
        #expect(try site.read(path) == "edited by hand")
        #expect(throws: DiagnosticsError.self) { try ArticleScaffold(title: "!!!").write(siteDirectory: site.root, date: date) }
    }

    @Test func writtenArticleLoadsBack() throws {
        let site = try TemporarySite(["site.yml": "time_zone: Europe/London\n"])
        defer { site.remove() }
        let article = ArticleScaffold(title: "Ferry \"Avel\": new: timetable", section: "Local", tags: ["ferry", "no"], author: "Ana O'Brien")
        let date = ArticleScaffold.date(now: Self.now, timeZone: "Europe/London")
        let path = try article.write(siteDirectory: site.root, date: date)
        let config = try SiteConfig.load(siteDirectory: site.root)
        let loaded = ArchiveLoader(siteDirectory: site.root, config: config).load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
        let read = try #require(loaded.articles.first { $0.sourcePath == path })
        #expect(read.title == article.title)
        #expect(read.date == date)
        #expect(read.section?.name == "Local")
        #expect(read.tags.map(\.name) == ["ferry", "no"])
        #expect(read.authors.map(\.name) == ["Ana O'Brien"])
        #expect(!read.isDraft)
    }
}
