import GazettePlan
import Testing

@Suite struct SitePathTests {
    @Test(arguments: [
        ("index.html", "./"),
        ("404.html", "./"),
        ("tags/flood/index.html", "../../"),
        ("2019/03/07/bridge.html", "../../../"),
    ])
    func rootPrefix(file: String, expected: String) {
        #expect(SitePath.rootPrefix(ofFile: file) == expected)
    }

    @Test(arguments: [
        ("index.html", "", "./"),
        ("index.html", "tags/flood/", "tags/flood/"),
        ("tags/flood/index.html", "", "../../"),
        ("tags/flood/index.html", "tags/flood/page/2/", "page/2/"),
        ("tags/flood/page/2/index.html", "tags/flood/page/3/", "../3/"),
        ("tags/flood/page/2/index.html", "tags/flood/", "../../"),
        ("2019/03/07/bridge.html", "2019/03/07/", "./"),
        ("2019/03/07/bridge.html", "2019/03/", "../"),
        ("2019/03/07/bridge.html", "2019/03/08/river.html", "../08/river.html"),
        ("2019/03/07/bridge.html", "2019/03/07/bridge/photo.png", "bridge/photo.png"),
        ("news/old.html", "2019/03/07/bridge.html", "../2019/03/07/bridge.html"),
    ])
    func relativeLinks(file: String, target: String, expected: String) {
        #expect(SitePath.relative(fromFile: file, to: target) == expected)
    }

    /// The byte-wise path for ASCII agrees with the component-wise one, odd paths included.
    @Test func bytesAgreeWithComponents() {
        let files = ["index.html", "", "a.html", "tags/flood/index.html", "tags/flooding/index.html", "2019/03/07/bridge.html",
                     "a//b.html", "/a/b.html", "tags/flood/page/2/index.html", "x/"]
        let targets = ["", "/", "a/", "a//", "a//b/", "tags/", "tags/flood/", "tags/floo/", "tags/flood/feed.xml", "feed.xml",
                       "2019/", "2019/03/07/", "2019/03/07/bridge/photo.png", "2019/03/08/river.html", "tags/flood//",
                       "/a/b.html", "/a/", "x"]
        for file in files {
            for target in targets {
                #expect(SitePath.relative(fromFile: file, to: target) == SitePath.relativeByComponents(fromFile: file, to: target),
                        "\(file) -> \(target)")
            }
        }
        #expect(SitePath.relative(fromFile: "tags/straße/index.html", to: "tags/straße/page/2/") == "page/2/")
    }

    @Test(arguments: [
        ("photo.jpg", true), ("img/photo.jpg", true), ("/abs.png", false), ("https://x.org/a", false),
        ("#note", false), ("mailto:a@b.c", false), ("?q=1", false),
    ])
    func relativeReferences(url: String, expected: Bool) {
        #expect(SitePath.isRelativeReference(url) == expected)
    }
}

@Suite struct PaginationTests {
    @Test func numbersFromTheOldestEnd() {
        let pagination = Pagination(base: "tags/x/", count: 45, size: 20)
        #expect(pagination.pageCount == 3)
        #expect(pagination.numberedPages.map(\.range) == [0..<20, 20..<40, 40..<45])
        #expect(pagination.front.range == 25..<45)
        #expect(pagination.page(2).file == "tags/x/page/2/index.html")
    }

    @Test func addingAnArticleKeepsOlderPagesStable() {
        let before = Pagination(base: "", count: 40, size: 20).numberedPages.map(\.range)
        let after = Pagination(base: "", count: 41, size: 20).numberedPages.map(\.range)
        #expect(Array(after.prefix(2)) == before)
    }

    @Test func oneShortListHasNoNumberedPages() {
        let pagination = Pagination(base: "2019/", count: 7, size: 20)
        #expect(pagination.numberedPages.isEmpty)
        #expect(pagination.pager(current: nil, file: "2019/index.html") == nil)
    }

    @Test func pagerLinksAreRelative() throws {
        let pagination = Pagination(base: "", count: 200, size: 20)
        let front = try #require(pagination.pager(current: nil, file: "index.html"))
        #expect(front["older_url"] as? String == "page/9/")
        #expect(front["newer_url"] == nil)
        let middle = try #require(pagination.pager(current: 5, file: "page/5/index.html"))
        #expect(middle["older_url"] as? String == "../4/")
        #expect(middle["newer_url"] as? String == "../6/")
        let newest = try #require(pagination.pager(current: 10, file: "page/10/index.html"))
        #expect(newest["newer_url"] as? String == "../../")
        let numbers = (middle["pages"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? Int }
        #expect(numbers == [7, 6, 5, 4, 3, 1], "numbered pages never link to the newest page number, so they do not change as it grows")
    }
}
