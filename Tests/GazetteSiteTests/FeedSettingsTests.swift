import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// The `feeds:` setting on a whole build: only chosen formats are written and advertised,
/// the other URLs answer with moved feeds, and summaries leave the body out.
@Suite(.serialized) struct FeedSettingsTests {
    static let base = "https://feeds.example/"

    static func site(feeds: String) -> [String: String] {
        [
            "site.yml": "title: Feeds\nbase_url: \(base)\n\(feeds)",
            "Content/2022/01/one.md": """
                ---
                title: One
                date: 2022-01-01T10:00:00Z
                tags: [river]
                author: Ana Ruiz
                summary: The first summary.
                ---

                A body that only full feeds carry, with a [link](../two.html).
                """,
            "Content/2022/01/two.md": """
                ---
                title: Two
                date: 2022-01-02T10:00:00Z
                tags: [river]
                ---

                Second body, long enough to tell apart from its summary line.
                """,
        ]
    }

    static func build(feeds: String) throws -> BuiltSite {
        let temporary = try TemporarySite(site(feeds: feeds))
        defer { temporary.remove() }
        return BuiltSite.build(temporary.root, now: Date(timeIntervalSince1970: 1_780_000_000))
    }

    /// The `href`s of every `<link rel="alternate" type="application/...">` in `html`.
    static func alternates(_ html: String) -> [String] {
        html.components(separatedBy: "<link rel=\"alternate\" type=\"application/").dropFirst().compactMap { rest in
            guard let start = rest.range(of: "href=\""), let end = rest[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(rest[start.upperBound..<end])
        }
    }

    @Test func everyAdvertisedFeedExistsAndHasEntries() throws {
        let built = try Self.build(feeds: "")
        let pages = built.files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(pages.count > 5)
        for page in pages {
            for href in Self.alternates(try built.page(page)) {
                let target = try #require(LinkWalker.resolve(href, from: page))
                let text = try built.page(target)
                #expect(!text.contains("This feed has moved"), "\(page) advertises the moved feed \(target)")
            }
        }
        #expect(Self.alternates(try built.page("tags/river/index.html")) == ["feed.xml", "../../feed.xml", "../../rss.xml", "../../feed.json"])
        #expect(try built.page("tags/river/feed.xml").contains("The first summary."))
        #expect(try !built.page("tags/river/feed.xml").contains("only full feeds carry"))
        #expect(try built.page("feed.xml").contains("only full feeds carry"))
    }

    /// Each page lists exactly the feeds that exist for it: the site's, and on a section, tag
    /// or author list (numbered pages included) that term's own, moved feeds never.
    @Test(arguments: ["", "feeds:\n  site: [rss]\n  tag: none\n  author: {formats: [json, atom]}\n"])
    func everyPageListsExactlyTheFeedsThatExist(_ feeds: String) throws {
        let built = try Self.build(feeds: feeds)
        let live = { (folder: String) in
            Set(["feed.xml", "rss.xml", "feed.json"].map { folder + $0 }.filter { file in
                built.files[file].map { !String(decoding: $0, as: UTF8.self).contains("This feed has moved") } ?? false
            })
        }
        let pages = built.files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        for page in pages {
            let parts = page.split(separator: "/")
            let term = parts.count >= 3 && ["section", "tags", "authors"].contains(String(parts[0])) ? "\(parts[0])/\(parts[1])/" : nil
            let expected = live("").union(term.map(live) ?? [])
            let listed = try Self.alternates(try built.page(page)).map { try #require(LinkWalker.resolve($0, from: page)) }
            #expect(Set(listed) == expected, "\(page)")
            #expect(listed.count == expected.count, "\(page) lists a feed twice")
        }
    }

    @Test func formatsLeftOutKeepTheirURLsAsMovedFeeds() throws {
        let built = try Self.build(feeds: "feeds:\n  site: [rss]\n  tag: none\n  author: {formats: [json, atom], content: full}\n")
        let home = try built.page("index.html")
        #expect(Self.alternates(home) == ["rss.xml"])
        #expect(home.contains("<a href=\"./rss.xml\">RSS feed</a>"))
        #expect(Self.alternates(try built.page("tags/river/index.html")) == ["../../rss.xml"])
        for file in ["feed.xml", "feed.json"] { #expect(try built.page(file).contains("This feed has moved to \(Self.base)rss.xml")) }
        for file in ["feed.xml", "rss.xml", "feed.json"] {
            #expect(try built.page("tags/river/" + file).contains("This feed has moved to \(Self.base)tags/river/"), "\(file)")
        }
        let author = "authors/ana-ruiz/"
        #expect(Self.alternates(try built.page(author + "index.html")) == ["feed.json", "feed.xml", "../../rss.xml"])
        #expect(try built.page(author + "feed.json").contains("only full feeds carry"))
        #expect(try built.page(author + "rss.xml").contains("This feed has moved to \(Self.base)\(author)feed.json"))
        _ = try XMLTree.parse(try #require(built.files["tags/river/rss.xml"]))
        _ = try XMLTree.parse(try #require(built.files["feed.xml"]))
    }
}
