import Foundation
import Testing

/// `gazette import wordpress` on the newsroom fixture, then `build` and `check`, as a newsroom
/// moving its archive would run them.
@Suite(.serialized) struct ImportTests {
    static let export = GazetteBinary.repositoryRoot.appending(path: "Tests/Fixtures/wordpress/newsroom.xml").path

    /// A site with the fixture imported and built into `_site/`.
    func importedSite() throws -> TemporaryFolder {
        let site = TemporaryFolder(["site.yml": "title: The Valley Courier\nbase_url: https://courier.example/\n"])
        let imported = try GazetteBinary.run(["import", "wordpress", Self.export, "--site", site.url.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("posts: 6 (3 of them drafts"), "\(imported.stdout)")
        #expect(imported.stdout.contains("shortcodes left as text: [contact-form-7] ×1"))
        let built = try GazetteBinary.run(["build", "--site", site.url.path])
        #expect(built.status == 0, "\(built.stderr)")
        return site
    }

    /// The `url:` of every published article the import wrote.
    func publishedURLs(in site: TemporaryFolder) -> [String] {
        site.files(under: "Content").compactMap { path -> String? in
            guard let text = site.read("Content/" + path), !text.contains("\ndraft: true\n"),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix("url: ") })
            else { return nil }
            return line.dropFirst("url: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
    }

    @Test
    func everyPostIsAtItsOriginalURLPath() throws {
        let site = try importedSite()
        defer { site.remove() }
        let urls = publishedURLs(in: site)
        #expect(urls.sorted() == ["/2019/03/07/river-bursts-banks/", "/2019/06/15/zürich-krakow-twinning/",
                                  "/2019/11/02/council-budget/", "/about/"])
        for url in urls {
            let page = site.read("_site" + url + "index.html")
            #expect(page != nil, "no page at \(url)")
        }
    }

    @Test func nothingExecutableSurvivesAndCheckFindsNoBrokenLink() throws {
        let site = try importedSite()
        defer { site.remove() }
        let outputs = site.files(under: "_site").filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        #expect(outputs.count > 10)
        var sawHostilePost = false
        for path in outputs {
            // The theme's own search forms (header box, search page) are not from any body.
            let text = (site.read("_site/" + path) ?? "").lowercased()
                .replacing(/<form[^>]*role="search".*?<\/form>/.dotMatchesNewlines(), with: "")
            if text.contains("council &amp; the &lt;b&gt;budget") { sawHostilePost = true }
            // The hostile title is text and may show as text; everything from the body must go.
            for banned in ["alert('", "alert(1)", "onerror", "onclick", "javascript:", "document.cookie", "evil.example/?c",
                           "<iframe", "&lt;iframe", "<form", "&lt;form", "<input", "&lt;input"] {
                #expect(!text.contains(banned), "\(banned) in \(path)")
            }
            var rest = path.hasSuffix(".html") ? text[...] : ""
            while let script = rest.range(of: "<script") {
                // JSON-LD, or the search page's own script (a theme file, not a body).
                let after = rest[script.upperBound...]
                #expect(after.hasPrefix(" type=\"application/ld+json\">") || after.hasPrefix(" src=\"../search.js\" defer></script>"),
                        "a script in \(path)")
                rest = rest[script.upperBound...]
            }
        }
        #expect(sawHostilePost)
        let check = try GazetteBinary.run(["check", "--site", site.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error:"), "\(check.stderr)")
    }

    @Test func pagesAndDraftsStayOutOfTheLists() throws {
        let site = try importedSite()
        defer { site.remove() }
        let home = try #require(site.read("_site/index.html"))
        #expect(home.contains("River bursts its banks at Millford"))
        #expect(!home.contains("About the Courier"))
        #expect(!home.contains("Staff memo") && !home.contains("Ferry timetable"))
        #expect(!(site.read("_site/feed.xml") ?? "").contains("About the Courier"))
        #expect(site.files(under: "_site").contains { $0.hasSuffix("about.html") || $0.hasSuffix("about/index.html") })
    }

    @Test func aMalformedExportFailsLikeACompilerAndWritesNothing() throws {
        let site = TemporaryFolder(["site.yml": "title: T\n"])
        defer { site.remove() }
        let broken = GazetteBinary.repositoryRoot.appending(path: "Tests/Fixtures/wordpress/malformed.xml").path
        let result = try GazetteBinary.run(["import", "wordpress", broken, "--site", site.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("malformed.xml:13:32: error: malformed XML"), "\(result.stderr)")
        #expect(site.files(under: "Content").isEmpty)
    }
}
