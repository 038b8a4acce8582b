import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Article metadata (canonical, OpenGraph, JSON-LD) on a site whose texts try to break out
/// of every context they are written into.
@Suite(.serialized) struct HeadMetaTests {
    static let hostileTitle = "\"</script><script>alert(1)</script> Łódź — 東京 café"
    static let base = "https://example.org/news/"

    static let files: [String: String] = [
        "site.yml": """
            title: 'The "Daily" </script> Ödön'
            description: News & views <b>unescaped</b>
            base_url: https://example.org/news/
            language: de
            permalink: /:year/:month/:day/:slug.html
            publisher:
              name: Example News & Co
              logo: /logo.png
            feeds:
              section: {formats: [atom, rss, json], content: full}
              author: {formats: [atom, rss, json], content: full}
            """,
        "Content/2021/05/hostile.md": """
            ---
            title: '\(hostileTitle)'
            date: 2021-05-04T10:00:00+02:00
            updated: 2021-05-06T08:30:00+02:00
            author: Zoë Çelik
            section: Culture
            tags: [Zürich, '</script>']
            summary: 'A summary with "quotes" & </script><script>alert(2)</script> inside.'
            image: /images/lead.jpg
            ---

            A [relative link](../other.html), an ![image](pic.png) and a [footnote](#notes).
            """,
        "Content/2021/05/plain.md": """
            ---
            title: Second story
            date: 2021-05-05T09:00:00Z
            author: Zoë Çelik
            section: Culture
            language: fr
            canonical: https://elsewhere.example/original
            ---

            Nothing special.
            """,
    ]

    static let built: BuiltSite = {
        guard let site = try? TemporarySite(files) else { return BuiltSite(output: URL(fileURLWithPath: "/"), files: [:], articles: []) }
        defer { site.remove() }
        return BuiltSite.build(site.root, now: Date(timeIntervalSince1970: 1_780_000_000))
    }()

    /// The JSON objects of every `<script type="application/ld+json">` of a page.
    static func jsonLD(_ html: String) throws -> [[String: Any]] {
        var objects: [[String: Any]] = []
        var rest = html[...]
        while let start = rest.range(of: "<script type=\"application/ld+json\">") {
            let end = try #require(rest[start.upperBound...].range(of: "</script>"))
            let text = rest[start.upperBound..<end.lowerBound]
            objects.append(try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
            rest = rest[end.upperBound...]
        }
        return objects
    }

    static var hostilePage: String {
        get throws { try built.page("2021/05/04/\(built.articles.first { $0.title == hostileTitle }?.slug ?? "?").html") }
    }

    @Test func newsArticleJSONLDParsesWithTheHostileTitle() throws {
        #expect(Self.built.articles.count == 2)
        let objects = try Self.jsonLD(try Self.hostilePage)
        #expect(objects.count == 1)
        let article = try #require(objects.first)
        #expect(article["@context"] as? String == "https://schema.org")
        #expect(article["@type"] as? String == "NewsArticle")
        #expect(article["headline"] as? String == Self.hostileTitle)
        #expect(article["datePublished"] as? String == "2021-05-04T10:00:00+02:00")
        #expect(article["dateModified"] as? String == "2021-05-06T08:30:00+02:00")
        #expect(article["articleSection"] as? String == "Culture")
        #expect(article["keywords"] as? [String] == ["Zürich", "</script>"])
        #expect(article["image"] as? [String] == ["https://example.org/images/lead.jpg"])
        // The language is the page's `<html lang>`, so it is not said again.
        #expect(article["inLanguage"] == nil)
        #expect(try Self.hostilePage.hasPrefix("<!doctype html>\n<html lang=\"de\">"))
        let authors = try #require(article["author"] as? [[String: Any]])
        #expect(authors.first?["@type"] as? String == "Person")
        #expect(authors.first?["name"] as? String == "Zoë Çelik")
        #expect(authors.first?["url"] as? String == Self.base + "authors/zoe-celik/")
        let publisher = try #require(article["publisher"] as? [String: Any])
        #expect(publisher["@type"] as? String == "Organization")
        #expect(publisher["name"] as? String == "Example News & Co")
        #expect((publisher["logo"] as? [String: Any])?["url"] as? String == "https://example.org/logo.png")
        let url = try #require(article["url"] as? String)
        #expect(url.hasPrefix(Self.base + "2021/05/04/"))
        // The summary is the page's meta description: not twice.
        #expect(article["description"] == nil)
        let page = try #require(article["mainEntityOfPage"] as? [String: Any])
        #expect(page["@type"] as? String == "WebPage" && page["@id"] as? String == url)
    }

    /// An article never updated gives its published time as modified, in OpenGraph and JSON-LD
    /// (issue 4 lists both for every article); another language than the site's is said.
    @Test func anUnchangedArticleGivesItsPublishedTimeAsModified() throws {
        let plain = try #require(Self.built.articles.first { $0.title == "Second story" })
        let html = try Self.built.page("2021/05/05/\(plain.slug).html")
        #expect(html.contains("<meta property=\"article:published_time\" content=\"2021-05-05T09:00:00Z\">"))
        #expect(html.contains("<meta property=\"article:modified_time\" content=\"2021-05-05T09:00:00Z\">"))
        let article = try #require(try Self.jsonLD(html).first)
        #expect(article["datePublished"] as? String == "2021-05-05T09:00:00Z")
        #expect(article["dateModified"] as? String == "2021-05-05T09:00:00Z")
        // Written in another language than the site's (the page's `lang`): said in the JSON-LD.
        #expect(article["inLanguage"] as? String == "fr")
    }

    @Test func theHostileTitleIsInertInThePage() throws {
        let html = try Self.hostilePage
        #expect(!html.contains("</script><script>alert"))
        #expect(!html.contains("<script>alert"))
        let scripts = html.components(separatedBy: "<script").count - 1
        #expect(scripts == 1, "only the JSON-LD script may appear")
        #expect(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
        #expect(html.contains("Łódź — 東京 café"))
    }

    @Test func articleHasCanonicalOpenGraphAndTwitterTags() throws {
        let html = try Self.hostilePage
        let escaped = "&quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Łódź — 東京 café"
        let url = try #require(try Self.jsonLD(html).first?["url"] as? String)
        for tag in [
            "<link rel=\"canonical\" href=\"\(url)\">",
            "<meta name=\"description\" content=\"A summary with &quot;quotes&quot; &amp; &lt;/script&gt;",
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:title\" content=\"\(escaped)\">",
            "<meta property=\"og:url\" content=\"\(url)\">",
            "<meta property=\"og:description\" content=\"A summary with &quot;quotes&quot; &amp; &lt;/script&gt;",
            "<meta property=\"og:image\" content=\"https://example.org/images/lead.jpg\">",
            "<meta name=\"robots\" content=\"max-image-preview:large\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            #expect(html.contains(tag), "\(tag)")
        }
        // Issue 4's article facts as OpenGraph; authors only in the JSON-LD, with their URLs.
        #expect(html.contains("<meta property=\"article:published_time\" content=\"2021-05-04T"))
        #expect(html.contains("<meta property=\"article:modified_time\" content=\"2021-05-06T08:30:00+02:00\">"))
        #expect(html.contains("<meta property=\"article:section\" content=\"Culture\">"))
        #expect(html.contains("<meta property=\"article:tag\" content=\"Zürich\">"))
        #expect(!html.contains("property=\"article:author"))
        #expect(!html.contains("og:site_name"))
    }

    /// Every element a crawler reads from an article's head, each exactly once.
    @Test(arguments: [
        "<link rel=\"canonical\" ", "<meta name=\"description\" ", "<meta name=\"robots\" content=\"max-image-preview:large\">",
        "<meta property=\"og:type\" ", "<meta property=\"og:title\" ", "<meta property=\"og:url\" ",
        "<meta property=\"og:description\" ", "<meta property=\"og:image\" ", "<meta name=\"twitter:card\" ",
        "<meta property=\"article:published_time\" ", "<meta property=\"article:modified_time\" ",
        "<meta property=\"article:section\" ", "<script type=\"application/ld+json\">",
    ])
    func articleHeadHasEachRequiredElementOnce(_ element: String) throws {
        let html = try Self.hostilePage
        let head = try #require(html.components(separatedBy: "</head>").first)
        #expect(head.components(separatedBy: element).count - 1 == 1, "\(element)")
    }

    @Test func anExplicitCanonicalURLIsUsedForCanonicalJSONLDAndFeedIDs() throws {
        let plain = try #require(Self.built.articles.first { $0.title == "Second story" })
        let html = try Self.built.page("2021/05/05/\(plain.slug).html")
        #expect(html.contains("<link rel=\"canonical\" href=\"https://elsewhere.example/original\">"))
        #expect(try Self.jsonLD(html).first?["url"] as? String == "https://elsewhere.example/original")
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        let feed = try XMLTree.parse(try #require(Self.built.files["feed.xml"]))
        let entry = try #require(feed.all("entry").first { $0.child("title")?.text == "Second story" })
        #expect(entry.child("id")?.text == "https://elsewhere.example/original")
        #expect(entry.child("link")?.attributes["href"] == "\(Self.base)2021/05/05/\(plain.slug).html")
    }

    @Test func homeIsAWebSiteAndListsAreCollectionPages() throws {
        let home = try #require(try Self.jsonLD(try Self.built.page("index.html")).first)
        #expect(home["@type"] as? String == "WebSite")
        #expect(home["name"] as? String == "The \"Daily\" </script> Ödön")
        #expect(home["url"] as? String == Self.base)
        #expect(home["description"] as? String == "News & views <b>unescaped</b>")
        #expect(home["inLanguage"] as? String == "de")
        for page in ["section/culture/index.html", "tags/zurich/index.html", "authors/zoe-celik/index.html", "2021/05/index.html", "tags/index.html", "archive/index.html"] {
            let list = try #require(try Self.jsonLD(try Self.built.page(page)).first, "\(page)")
            #expect(list["@type"] as? String == "CollectionPage")
            #expect(list["url"] as? String == Self.base + page.dropLast("index.html".count))
            #expect((list["isPartOf"] as? [String: Any])?["@type"] as? String == "WebSite")
        }
    }

    @Test func feedsOfTheHostileSiteParse() throws {
        for folder in ["", "section/culture/", "authors/zoe-celik/"] {
            let atom = try XMLTree.parse(try #require(Self.built.files[folder + "feed.xml"]))
            #expect(atom.all("entry").contains { $0.child("title")?.text == Self.hostileTitle }, "\(folder)")
            let rss = try XMLTree.parse(try #require(Self.built.files[folder + "rss.xml"]))
            let item = try #require(rss.child("channel")?.all("item").first { $0.child("title")?.text == Self.hostileTitle })
            #expect(item.child("description")?.text == "A summary with &quot;quotes&quot; &amp; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; inside.")
            let data = try #require(Self.built.files[folder + "feed.json"])
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let items = try #require(json["items"] as? [[String: Any]])
            let hostile = try #require(items.first { $0["title"] as? String == Self.hostileTitle })
            let content = try #require(hostile["content_html"] as? String)
            #expect(content.contains("href=\"https://example.org/news/2021/05/other.html\""))
            #expect(content.contains("src=\"https://example.org/news/2021/05/04/pic.png\""))
            #expect(content.contains("href=\"https://example.org/news/2021/05/04/\(try #require(Self.built.articles.first { $0.title == Self.hostileTitle }).slug).html#notes\""))
            #expect(content.hasPrefix("<figure><img src=\"https://example.org/images/lead.jpg\""))
        }
    }
}
