@testable import GazetteCheck
import Testing

@Suite struct LinkResolverTests {
    let resolver = LinkResolver(basePath: "/archive/", baseURL: "https://news.example.org/archive/")

    @Test(arguments: [
        ("./", "index.html", "index.html", nil),
        ("tags/flood/", "index.html", "tags/flood/index.html", nil),
        ("../08/river.html", "2019/03/07/bridge.html", "2019/03/08/river.html", nil),
        ("../../../", "2019/03/07/bridge.html", "index.html", nil),
        ("..", "tags/flood/index.html", "tags/index.html", nil),
        ("bridge/photo%20one.png", "2019/03/07/bridge.html", "2019/03/07/bridge/photo one.png", nil),
        ("page/2/?sort=old#list", "tags/index.html", "tags/page/2/index.html", "list"),
        ("#top", "a/b.html", "a/b.html", "top"),
        ("?q=1", "a/b.html", "a/b.html", nil),
        ("/archive/style.css", "a/b.html", "style.css", nil),
        ("/style.css", "a/b.html", "style.css", nil),
        ("https://news.example.org/archive/", "a/b.html", "index.html", nil),
        ("https://news.example.org/archive/2019/x.html#p", "a/b.html", "2019/x.html", "p"),
    ] as [(String, String, String, String?)])
    func resolves(link: String, page: String, file: String, fragment: String?) {
        let target = resolver.resolve(link, fromPage: page)
        #expect(target?.file == file)
        #expect(target?.fragment == fragment)
        // A root-absolute link outside the base path leaves the site: only a warning.
        #expect(target?.isAbsolute == (link.hasPrefix("https:") || link == "/style.css"))
    }

    @Test(arguments: ["", "https://elsewhere.example/", "//cdn.example/x.js", "mailto:a@b.c", "tel:+44", "data:image/png;base64,AA", "javascript:void(0)"])
    func leavesOutsideLinksAlone(link: String) {
        #expect(resolver.resolve(link, fromPage: "index.html") == nil)
    }

    @Test func climbingAboveTheRootHasNoFile() {
        #expect(resolver.resolve("../../x.html", fromPage: "a/b.html") == LinkResolver.Target(file: nil, fragment: nil))
    }
}
