import Foundation
import GazetteContent
@testable import GazetteImport
import GazetteTestSupport
import Testing

/// The importer on the newsroom fixture, into temporary sites.
@Suite struct WordPressImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Fixtures/wordpress")

    func run(_ site: TemporarySite, export: String = "newsroom.xml", uploads: URL? = nil,
             force: Bool = false) throws -> ImportSummary {
        var job = WordPressImport(export: Self.fixtures.appending(path: export), displayPath: export, siteDirectory: site.root)
        job.uploads = uploads
        job.force = force
        return try job.run()
    }

    func articles(in site: TemporarySite) -> [String] {
        snapshot(of: site.root.appending(path: "Content")).keys.sorted()
    }

    @Test func importsPostsDraftsAndPagesAndCountsTheRest() throws {
        let site = try TemporarySite(["site.yml": "time_zone: Europe/Berlin\n"])
        defer { site.remove() }
        let summary = try run(site)
        #expect(articles(in: site) == [
            "2019/03/river-bursts-banks.html", "2019/06/zurich-krakow-twinning.html", "2019/11/council-budget.html",
            "2019/12/editors-pick.html", "2019/12/ferry-timetable-changes-draft.html", "2019/12/staff-memo.html",
            "pages/about.html",
        ])
        #expect(summary.posts == 6 && summary.drafts == 3 && summary.pages == 1)
        #expect(summary.attachments == 2 && summary.authors == 2 && summary.comments == 1)
        #expect(summary.skipped == ["revisions": 1, "trashed posts": 1, "menu items": 1])
        #expect(summary.unknownShortcodes == ["contact-form-7": 1])
        #expect(summary.written == 7)
        #expect(summary.lines.contains { $0.hasPrefix("authors: 2") && $0.contains("e-mail addresses dropped") })
    }

    @Test func frontMatterCarriesWhatWordPressKnew() throws {
        let site = try TemporarySite(["site.yml": "time_zone: Europe/Berlin\nsections: [Environment]\n"])
        defer { site.remove() }
        _ = try run(site)
        let flood = try site.read("Content/2019/03/river-bursts-banks.html")
        for line in [
            "title: \"River bursts its banks at Millford\"", "date: 2019-03-07T09:30:00+01:00",
            "updated: 2019-03-08T11:00:00+01:00", "author: \"Marta Reyes\"", "section: \"Environment\"",
            "categories: [\"News\"]", "tags: [\"flood\", \"Millford\"]",
            "summary: \"Water reached the market square before dawn.\"",
            "image: \"https://courier.example/wp-content/uploads/2019/03/square.jpg\"",
            "image_caption: \"The market square at 6 a.m.\"", "image_credit: \"Photo: Ana \\\"Ace\\\";\"",
            "slug: \"river-bursts-banks\"", "url: /2019/03/07/river-bursts-banks/", "wordpress_id: \"101\"",
        ] {
            #expect(flood.contains("\n" + line + "\n"), "\(line)")
        }
        let twinning = try site.read("Content/2019/06/zurich-krakow-twinning.html")
        #expect(twinning.contains("title: \"Zürich & Kraków sign a twinning pact – „Städtepartnerschaft“\""))
        #expect(twinning.contains("url: \"/2019/06/15/zürich-krakow-twinning/\""))
        #expect(!twinning.contains("section:"))  // WordPress's default "Uncategorized" is no section
        let draft = try site.read("Content/2019/12/ferry-timetable-changes-draft.html")
        #expect(draft.contains("date: 2019-12-01T10:00:00+01:00") && draft.contains("draft: true") && !draft.contains("url:"))
        let about = try site.read("Content/pages/about.html")
        #expect(about.contains("type: page") && about.contains("url: /about/"))
    }

    @Test func importedFilesLoadAsHTMLArticles() throws {
        let site = try TemporarySite(["site.yml": "title: Courier\n"])
        defer { site.remove() }
        _ = try run(site)
        let result = ArchiveLoader(siteDirectory: site.root, config: SiteConfig()).load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.articles.count == 7)
        #expect(result.articles.allSatisfy { $0.bodyFormat == .html })
        #expect(result.articles.filter(\.isPage).map(\.title) == ["About the Courier"])
        #expect(result.articles.filter(\.isDraft).count == 3)
    }

    @Test func malformedXMLIsReportedWhereItIsAndWritesNothing() throws {
        let site = try TemporarySite(["site.yml": "title: Courier\n"])
        defer { site.remove() }
        #expect {
            _ = try run(site, export: "malformed.xml")
        } throws: { error in
            (error as? DiagnosticsError)?.description == "malformed.xml:13:32: error: malformed XML: an end tag that does not match its start tag"
        }
        #expect(!site.exists("Content"))
    }

    @Test func reimportingWritesOnlyChangesAndKeepsEditedFiles() throws {
        let site = try TemporarySite(["site.yml": "title: Courier\n"])
        defer { site.remove() }
        _ = try run(site)
        let again = try run(site)
        #expect(again.written == 0 && again.unchanged == 7 && again.keptEdited.isEmpty)

        let path = "Content/2019/11/council-budget.html"
        try site.write(path, try site.read(path).replacing("by one vote", with: "by a single vote"))
        try site.write("Content/2019/12/staff-memo.html", try site.read("Content/2019/12/staff-memo.html") + "\n")
        let stale = "Content/2019/03/river-bursts-banks.html"
        let original = try site.read(stale)
        let hashLine = try #require(original.split(separator: "\n").first { $0.hasPrefix("import_hash:") })
        // An unedited file from an older import (its hash matches its own text) is replaced.
        let older = original.replacing("Shopkeepers moved", with: "Traders moved").replacing(String(hashLine), with: "import_hash: \"0\"")
        let rehashed = older.replacing("import_hash: \"0\"", with: "import_hash: \"\(Self.hash(older))\"")
        try site.write(stale, rehashed)

        let third = try run(site)
        #expect(third.keptEdited.sorted() == [path, "Content/2019/12/staff-memo.html"])
        #expect(third.written == 1 && third.unchanged == 4)
        #expect(try site.read(path).contains("by a single vote"))
        #expect(try site.read(stale) == original)

        let forced = try run(site, force: true)
        #expect(forced.written == 2 && forced.keptEdited.isEmpty)
        #expect(try site.read(path).contains("by one vote"))
    }

    @Test func uploadsAreCopiedBesideTheirArticleAndMissingOnesListed() throws {
        let site = try TemporarySite([
            "site.yml": "title: Courier\n",
            "uploads/2019/03/square.jpg": "big",
            "uploads/2019/03/square-640x480.jpg": "small",
            "uploads/2019/11/debate.mp3": "mp3",
        ])
        defer { site.remove() }
        let summary = try run(site, uploads: site.root.appending(path: "uploads"))
        #expect(site.exists("Content/2019/03/river-bursts-banks/index.html"))
        #expect(try site.read("Content/2019/03/river-bursts-banks/square-640x480.jpg") == "small")
        let flood = try site.read("Content/2019/03/river-bursts-banks/index.html")
        #expect(flood.contains("image: \"square.jpg\""))
        #expect(flood.contains("<a href=\"square.jpg\"><img class=\"size-large wp-image-102\" src=\"square-640x480.jpg\""))
        #expect(flood.contains("src=\"https://courier.example/wp-content/uploads/2019/03/shelter.jpg\""))
        #expect(try site.read("Content/2019/11/council-budget/debate.mp3") == "mp3")
        #expect(summary.missingUploads == ["2019/03/shelter.jpg", "2019/11/chart.png", "2019/11/vote.mp4", "2019/11/vote.jpg"])
        #expect(summary.copiedUploads == 3)

        // Imported again without --uploads: the flat file replaces the unedited bundle article.
        _ = try run(site)
        #expect(site.exists("Content/2019/03/river-bursts-banks.html"))
        #expect(!site.exists("Content/2019/03/river-bursts-banks/index.html"))
    }

    @Test func aMissingExportIsReported() throws {
        let site = try TemporarySite(["site.yml": "title: Courier\n"])
        defer { site.remove() }
        #expect {
            _ = try run(site, export: "no-such-export.xml")
        } throws: { error in
            (error as? DiagnosticsError)?.description == "no-such-export.xml: error: cannot read the file"
        }
    }

    static func hash(_ text: String) -> String {
        let marker = text.range(of: "\nimport_hash: \"0\"")!
        return ArticleFileWriter.hash(of: String(text[..<marker.lowerBound]) + text[marker.upperBound...])
    }
}
