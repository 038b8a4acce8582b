import GazettePlan
import Testing

@Suite struct AbsoluteURLsTests {
    static let page = "https://example.org/news/2019/03/07/bridge.html"

    @Test(arguments: [
        ("photo.jpg", "https://example.org/news/2019/03/07/photo.jpg"),
        ("bridge/photo.jpg", "https://example.org/news/2019/03/07/bridge/photo.jpg"),
        ("../08/river.html", "https://example.org/news/2019/03/08/river.html"),
        ("../../../../../../up.html", "https://example.org/up.html"),
        ("./same.html#top", "https://example.org/news/2019/03/07/same.html#top"),
        ("/data/", "https://example.org/data/"),
        ("/a/./b/../c?x=1#f", "https://example.org/a/c?x=1#f"),
        ("//cdn.example.net/x.png", "https://cdn.example.net/x.png"),
        ("#notes", "https://example.org/news/2019/03/07/bridge.html#notes"),
        ("?page=2", "https://example.org/news/2019/03/07/bridge.html?page=2"),
        ("https://other.example/x", "https://other.example/x"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("", "https://example.org/news/2019/03/07/bridge.html"),
    ])
    func resolvesLikeABrowser(reference: String, expected: String) {
        #expect(AbsoluteURLs.resolve(reference, against: Self.page) == expected)
    }

    @Test func resolvesAgainstAFolderAndABareHost() {
        #expect(AbsoluteURLs.resolve("x.png", against: "https://example.org/2019/bridge/") == "https://example.org/2019/bridge/x.png")
        #expect(AbsoluteURLs.resolve("x.png", against: "https://example.org") == "https://example.org/x.png")
    }

    @Test(arguments: [("https://x", true), ("mailto:a", true), ("a+b.c-d:x", true), ("photo.jpg", false),
                      ("dir/a:b", false), ("1http:x", false), ("/x:y", false)])
    func detectsSchemes(url: String, expected: Bool) {
        #expect(AbsoluteURLs.hasScheme(url) == expected)
    }

    @Test func addsTheTrailingSlashToTheBase() {
        #expect(AbsoluteURLs(base: "https://example.org/archive").page("tags/x/") == "https://example.org/archive/tags/x/")
    }
}
