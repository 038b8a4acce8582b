import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// What list items leave out on section, day and author pages, for bylines of three authors
/// and for an article with neither section nor author.
@Suite(.serialized) struct ItemOmissionTests {
    static let built: BuiltSite = {
        let files = [
            "site.yml": "title: Omissions\nbase_url: https://example.org/\n",
            "Content/2021/05/three.md": """
                ---
                title: Three hands
                date: 2021-05-04T10:00:00Z
                authors: [Ann Able, Ben Best, Cy Cole]
                section: Local
                ---

                Text.
                """,
            "Content/2021/05/bare.md": """
                ---
                title: Nobody's
                date: 2021-05-04T11:00:00Z
                ---

                Text.
                """,
        ]
        guard let site = try? TemporarySite(files) else { return BuiltSite(output: URL(fileURLWithPath: "/"), files: [:], articles: []) }
        defer { site.remove() }
        return BuiltSite.build(site.root, now: Date(timeIntervalSince1970: 1_780_000_000))
    }()

    /// The `<li>` on `path` whose headline is `title`.
    func item(_ title: String, on path: String) throws -> Substring {
        let html = try Self.built.page(path)
        let link = try #require(html.range(of: ">\(title)</a></h2>"), "\(title) is not on \(path)")
        let start = try #require(html[..<link.lowerBound].range(of: "<li>", options: .backwards))
        let end = try #require(html[link.upperBound...].range(of: "</li>"))
        return html[start.lowerBound..<end.upperBound]
    }

    func byline(_ title: String, on path: String) throws -> String {
        let item = try item(title, on: path)
        guard let span = item.range(of: "<span>"), let close = item.range(of: "</span>") else { return "" }
        return String(item[span.upperBound..<close.lowerBound]).replacing(/<[^>]+>/, with: "")
    }

    @Test(arguments: [
        ("index.html", "By Ann Able, Ben Best, Cy Cole"),
        ("authors/ann-able/index.html", "With Ben Best, Cy Cole"),
        ("authors/ben-best/index.html", "With Ann Able, Cy Cole"),
        ("authors/cy-cole/index.html", "With Ann Able, Ben Best"),
        ("section/local/index.html", "By Ann Able, Ben Best, Cy Cole"),
        ("2021/05/04/index.html", "By Ann Able, Ben Best, Cy Cole"),
    ])
    func eachAuthorPageNamesTheOtherTwo(_ path: String, _ expected: String) throws {
        #expect(try byline("Three hands", on: path) == expected)
    }

    @Test func anArticleWithoutSectionOrAuthorShowsOnlyItsDateAndNoneOnItsDay() throws {
        #expect(try item("Nobody&#39;s", on: "index.html").hasPrefix("<li><p><time datetime=\"2021-05-04\">4 May 2021</time></p><h2>"))
        #expect(try item("Nobody&#39;s", on: "2021/05/04/index.html").hasPrefix("<li><h2>"))
    }

    @Test func noMarkIsLeftInAnyPage() throws {
        #expect(Self.built.files.count > 10)
        for (path, data) in Self.built.files where path.hasSuffix(".html") {
            #expect(!data.contains { [0x1A, 0x1C, 0x1D, 0x1F].contains($0) }, "\(path)")
        }
    }
}
