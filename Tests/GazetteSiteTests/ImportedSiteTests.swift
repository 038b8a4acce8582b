import Foundation
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Sites in Zola's, Jekyll's and Hugo's own conventions (`Tests/Fixtures/Imports`), moved into
/// Gazette unchanged but for `site.yml`: each builds with no broken link, and every URL the
/// original tool published answers, with the page or with a redirect to it.
@Suite struct ImportedSiteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// URL the original tool published -> the URL of the page that must answer it.
        var urls: [String: String]
        /// Page file -> relative links its body must hold (internal references resolved).
        var links: [String: [String]]
        var testDescription: String { fixture }
    }

    static let cases = [
        Case(fixture: "zola", urls: [
            "/blog/first-post/": "/blog/first-post/", "/2019/03/07/first-post.html": "/blog/first-post/",
            "/old/first/": "/blog/first-post/", "/releases/1.88.0/": "/releases/1.88.0/",
            "/blog/releases/": "/releases/1.88.0/", "/blog/photos/": "/blog/photos/",
            "/blog/photos/river.jpg": "/blog/photos/river.jpg",
        ], links: [
            "blog/first-post/index.html": ["../../releases/1.88.0/#notes", "../photos/"],
            "releases/1.88.0/index.html": ["../../blog/first-post/"],
            "blog/photos/index.html": ["river.jpg", "../../releases/1.88.0/"],
        ]),
        Case(fixture: "jekyll", urls: [
            "/news/2019/03/18/flood-warning/": "/news/2019/03/18/flood-warning/",
            "/old/flood.html": "/news/2019/03/18/flood-warning/", "/2019/flood/": "/news/2019/03/18/flood-warning/",
            "/local/river-rises.html": "/local/river-rises.html", "/extra/2019/all-clear/": "/extra/2019/all-clear/",
        ], links: [
            "news/2019/03/18/flood-warning/index.html": ["../../../../../local/river-rises.html"],
            "local/river-rises.html": ["../news/2019/03/18/flood-warning/", "../tags/weather/"],
            "extra/2019/all-clear/index.html": ["../../../local/river-rises.html"],
        ]),
        Case(fixture: "hugo", urls: [
            "/2020/01/storm-hits/": "/2020/01/storm-hits/", "/p/101/": "/2020/01/storm-hits/",
            "/2020/01/old-storm.html": "/2020/01/storm-hits/", "/2020/01/calm-after/": "/2020/01/calm-after/",
            "/about-us/": "/about-us/",
        ], links: [
            "2020/01/storm-hits/index.html": ["../calm-after/"],
            "2020/01/calm-after/index.html": ["../storm-hits/"],
            "about-us/index.html": ["../2020/01/storm-hits/"],
        ]),
    ]

    /// A copy of the fixture in a temporary folder (the build writes its URL ledger there).
    static func copy(_ fixture: String) throws -> URL {
        let source = TemporarySite.repositoryRoot.appending(path: "Tests/Fixtures/Imports/\(fixture)")
        let copy = TemporarySite.temporaryFolder()
        try FileManager.default.copyItem(at: source, to: copy)
        return copy
    }

    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test(arguments: cases)
    func everyOldURLAnswersAndNoLinkBreaks(_ test: Case) throws {
        let site = try Self.copy(test.fixture)
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appending(path: "_site")
        var options = BuildOptions(siteDirectory: site, outputDirectory: output)
        options.now = Self.now
        _ = try SiteBuilder(options: options).build()
        let files = snapshot(of: output)
        for (old, page) in test.urls.sorted(by: { $0.key < $1.key }) {
            let file = PublishedPath.file(of: String(old.dropFirst()))
            let text = files[file].map { String(decoding: $0, as: UTF8.self) }
            #expect(text != nil, "\(old) does not answer")
            if old != page, let text {
                #expect(text.contains("https://example.org\(page)") || text.contains("https://blog.example.org\(page)"),
                        "\(old) does not redirect to \(page)")
            }
        }
        let redirects = String(decoding: files["_redirects"] ?? Data(), as: UTF8.self)
        for (old, page) in test.urls where old != page && !old.hasSuffix(".jpg") {
            #expect(redirects.contains("\(old) \(page) 301\n"))
        }
        for (page, links) in test.links {
            let html = String(decoding: files[page] ?? Data(), as: UTF8.self)
            for link in links { #expect(html.contains("href=\"\(link)\"") || html.contains("src=\"\(link)\""), "\(page) lacks \(link)") }
        }
        let broken = LinkWalker(files: files).brokenLinks()
        #expect(broken.isEmpty, "\(broken.prefix(3).map { $0.page + " -> " + $0.link })")
        let ledger = try String(contentsOf: site.appending(path: "published-urls.txt"), encoding: .utf8)
        for old in test.urls.keys { #expect(ledger.contains(old + "\t")) }
    }
}
