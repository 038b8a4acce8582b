import Foundation
import Testing

/// The output budget at the end of `gazette build`, `gazette stats` and `gazette check --host`.
@Suite struct BudgetCommandTests {
    static let files = [
        "site.yml": "title: Budget Test\n",
        "Content/2021/05/bridge-vote.md": "---\ntitle: Bridge vote\ndate: 2021-05-04T10:00:00Z\ntags: [bridge]\n---\n\nThe vote.\n",
    ]

    @Test func buildReportsTheBudgetByKindAndStatsGivesTheTable() throws {
        let site = TemporaryFolder(Self.files)
        defer { site.remove() }
        let built = try GazetteBinary.run(["build"], in: site.url)
        #expect(built.status == 0, "\(built.stderr)")
        let line = try #require(built.stdout.split(separator: "\n").first { $0.hasPrefix("Output: ") }, "\(built.stdout)")
        for kind in ["articles 1 ·", "lists ", "feeds ", "assets ", "other "] { #expect(line.contains(kind), "\(line)") }
        let stats = try GazetteBinary.run(["stats"], in: site.url)
        #expect(stats.status == 0, "\(stats.stderr)")
        let rows = stats.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("kind") == true)
        #expect(rows.contains { $0.hasPrefix("articles") && $0.contains(" 1 ") })
        #expect(rows.contains { $0.hasPrefix("largest file: ") })
        let verbose = try GazetteBinary.run(["build", "--verbose", "--base-url", "https://budget.example/"], in: site.url)
        #expect(verbose.stdout.contains("fullest folder: "), "\(verbose.stdout)")
    }

    @Test func statsNeedsABuiltSite() throws {
        let site = TemporaryFolder(Self.files)
        defer { site.remove() }
        let stats = try GazetteBinary.run(["stats"], in: site.url)
        #expect(stats.status != 0)
        #expect(stats.stderr.contains("run gazette build first"))
    }

    @Test func checkHostPassesASmallSiteAndRejectsUnknownHosts() throws {
        let site = TemporaryFolder(Self.files)
        defer { site.remove() }
        #expect(try GazetteBinary.run(["build"], in: site.url).status == 0)
        for host in ["github-pages", "cloudflare-pages", "cloudflare-pages-paid", "netlify"] {
            let result = try GazetteBinary.run(["check", "--host", host], in: site.url)
            #expect(result.status == 0, "\(host): \(result.stderr)")
        }
        let unknown = try GazetteBinary.run(["check", "--host", "geocities"], in: site.url)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown host 'geocities'"))
    }

    @Test func checkHostNamesTheCrossedLimitAndASettingThatFits() throws {
        var files = Self.files
        // One file over Cloudflare's 25 MiB a file.
        files["Public/archive.json"] = String(repeating: "x", count: 26 * 1_048_576)
        let site = TemporaryFolder(files)
        defer { site.remove() }
        #expect(try GazetteBinary.run(["build"], in: site.url).status == 0)
        let result = try GazetteBinary.run(["check", "--host", "cloudflare-pages"], in: site.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("_site: error: archive.json is 27.3 MB; Cloudflare Pages (free) allows 26.2 MB a file"), "\(result.stderr)")
        #expect(result.stderr.contains("warning: to fit Cloudflare Pages (free): keep archive.json out of the site"))
        #expect(try GazetteBinary.run(["check", "--host", "github-pages"], in: site.url).status == 0)
    }
}
