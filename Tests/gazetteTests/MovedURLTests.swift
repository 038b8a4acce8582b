import Foundation
import Testing

/// The command line around published URLs: a build that would drop one fails and says how to
/// keep it, `--keep-moved` and `--accept-gone` settle it, and `check` reports internal links.
@Suite struct MovedURLTests {
    static func article(slug: String, body: String = "Body.") -> String {
        "---\ntitle: Bridge\ndate: 2021-05-04T10:00:00Z\nslug: \(slug)\n---\n\(body)\n"
    }

    @Test func aMovedArticleFailsTheBuildUntilKept() throws {
        let site = TemporaryFolder(["site.yml": "title: Moves\n", "Content/bridge.md": Self.article(slug: "bridge")])
        defer { site.remove() }
        #expect(try GazetteBinary.run(["build"], in: site.url).status == 0)
        #expect(site.read("published-urls.txt")?.contains("/2021/05/04/bridge.html\tContent/bridge.md\n") == true)

        site.write("Content/bridge.md", Self.article(slug: "bridge-vote"))
        let refused = try GazetteBinary.run(["build"], in: site.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("published-urls.txt:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("'/2021/05/04/bridge.html' (last made by Content/bridge.md) is no longer built"))
        #expect(refused.stderr.contains("--keep-moved"))

        let kept = try GazetteBinary.run(["build", "--keep-moved"], in: site.url)
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(site.read("_site/2021/05/04/bridge.html")?.contains("bridge-vote.html") == true)
        let checked = try GazetteBinary.run(["check"], in: site.url)
        #expect(checked.status == 0, "\(checked.stderr)")
    }

    @Test func checkReportsUnresolvedLinksAndTagsItLeavesAlone() throws {
        let site = TemporaryFolder([
            "site.yml": "title: Links\n",
            "Content/a.md": Self.article(slug: "a", body: "See [gone](@/nowhere.md).\n\n{{< youtube abc >}}"),
        ])
        defer { site.remove() }
        let built = try GazetteBinary.run(["build"], in: site.url)
        #expect(built.status == 1)
        #expect(built.stderr.contains("Content/a.md:6:5: error: internal link '@/nowhere.md' leads to no published article"), "\(built.stderr)")
        let checked = try GazetteBinary.run(["check"], in: site.url)
        #expect(checked.status == 1)
        #expect(checked.stderr.contains("Content/a.md:6:5: error: internal link '@/nowhere.md'"), "\(checked.stderr)")
        #expect(checked.stderr.contains("Content/a.md:8:1: warning: tag '{{< youtube abc >}}' is not one Gazette understands"))
    }
}
