import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Feeds, sitemap and robots.txt of a small fixed site, compared byte for byte with the files
/// in `Tests/Fixtures/Golden/feeds/`. After an intended change, regenerate them with
/// `GAZETTE_UPDATE_GOLDEN=1 swift test --filter GoldenFeedTests` and review the diff.
@Suite(.serialized) struct GoldenFeedTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/Golden/feeds")
    static let outputs = [
        "feed.xml", "rss.xml", "feed.json", "tags/river/feed.xml", "tags/river/rss.xml", "tags/river/feed.json", "sitemap.xml", "robots.txt",
    ]

    static let site: [String: String] = [
        "site.yml": """
            title: The Avel Gazette
            description: Small news from a small river
            base_url: https://gazette.example/archive/
            time_zone: Europe/London
            feed_limit: 3
            copyright: © Avel Gazette
            publisher: { name: Avel Media, url: https://avel.example/, logo: /logo.png }
            """,
        "Content/2020/01/first.md": """
            ---
            title: First light on the river
            date: 2020-01-02 09:15
            author: Ana Ruiz
            section: Local
            tags: [river]
            ---

            The *first* story, with a [link](../02/second.html) and [notes](#notes).
            """,
        "Content/2020/02/second.md": """
            ---
            title: 'Second: "quotes" & <angles>'
            date: 2020-02-03T18:00:00+01:00
            updated: 2020-02-05T07:00:00+01:00
            authors: [Ana Ruiz, Ōta Kenji]
            section: Science
            tags: [river, Zürich]
            summary: A summary that says <b> literally.
            image: lead.jpg
            image_caption: The bank at dawn
            image_credit: Photo Desk
            ---

            ![Chart](chart.png "Chart") and an [absolute link](https://other.example/x?a=1&b=2).
            """,
        "Content/2020/03/third.txt": """
            Third story, in plain text

            Local Ana Ruiz 04-Mar-2020

            Text with <tags> & ampersands stays literal.

            A second paragraph.
            """,
        "Content/2020/04/fourth.md": """
            ---
            title: Fourth
            date: 2020-04-05T12:00:00Z
            tags: [river]
            canonical: https://first.example/fourth
            ---

            Body.
            """,
    ]

    @Test func feedsAndSitemapMatchTheGoldenFiles() throws {
        let temporary = try TemporarySite(Self.site)
        defer { temporary.remove() }
        let built = BuiltSite.build(temporary.root, now: Date(timeIntervalSince1970: 1_780_000_000))
        #expect(built.articles.count == 4)
        let update = ProcessInfo.processInfo.environment["GAZETTE_UPDATE_GOLDEN"] == "1"
        for path in Self.outputs {
            let actual = try #require(built.files[path], "missing \(path)")
            let golden = Self.folder.appending(path: path.replacingOccurrences(of: "/", with: "-"))
            if update {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try actual.write(to: golden)
                continue
            }
            let expected = try #require(FileManager.default.contents(atPath: golden.path),
                                        "no golden file \(golden.path); run with GAZETTE_UPDATE_GOLDEN=1")
            #expect(actual == expected, "\(path) differs from \(golden.lastPathComponent)")
        }
    }
}
