import Foundation
@testable import GazetteCheck
import GazetteSite
import GazetteTestSupport
import Testing

/// Files and bytes by kind, from paths alone, and the host limits they are checked against.
struct OutputBudgetTests {
    @Test(arguments: [
        ("2019/03/07/bridge.html", OutputBudget.Kind.articles), ("2019/03/07/bridge/index.html", .articles),
        ("world/bridge.html", .articles), ("index.html", .lists), ("page/3/index.html", .lists),
        ("2019/index.html", .lists), ("2019/03/page/2/index.html", .lists), ("2019/03/07/index.html", .lists),
        ("tags/flood/index.html", .lists), ("tags/flood/page/2/index.html", .lists), ("archive/index.html", .lists),
        ("feed.xml", .feeds), ("tags/flood/rss.xml", .feeds), ("authors/ana/feed.json", .feeds),
        ("search/index.html", .search), ("search/index-3.json", .search), ("style.css", .assets),
        ("2019/03/07/bridge/photo.jpg", .assets), ("sitemap.xml", .other), ("sitemap-2.xml", .other),
        ("news-sitemap.xml", .other), ("robots.txt", .other), ("404.html", .other), ("index.html.gz", .compressed),
        ("feed.xml.br", .compressed),
    ])
    func kindsComeFromPaths(_ path: String, _ kind: OutputBudget.Kind) {
        #expect(OutputBudget.kind(of: path) == kind)
    }

    /// The byte-level reading of ASCII paths agrees with the general one, odd paths included.
    @Test(arguments: [
        "", "/", "robots.txt", "/robots.txt", "x/robots.txt", "a//b/index.html", "2019//page/index.html", "tags",
        "page/index.html", "2019/03/x/index.html", "2019/page/2/index.html", "2019/03/07/page/index.html", "search",
        "sitemap.xml.gz", "x/sitemap-3.xml", "x/feed.xml", "feed.xml/", "2019/03/07/", "index.html/", "12a/index.html",
        "tags/x/page/2/index.html", "archive", "search/", "pagefind/x.js", "a.html", "x/index.htm", "\u{7F}/index.html",
    ])
    func asciiPathsReadAsAnyPath(_ path: String) {
        #expect(OutputBudget.kind(of: path) == OutputBudget.anyKind(of: path))
        #expect(OutputBudget.folder(of: path) == (path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""))
    }

    @Test func digitsBeyondASCIIStillMakeDateArchives() {
        #expect(OutputBudget.kind(of: "\u{0662}\u{0660}\u{0661}\u{0669}/index.html") == .lists)
        #expect(OutputBudget.kind(of: "caf\u{E9}/index.html") == .articles)
        #expect(OutputBudget.folder(of: "caf\u{E9}/x/a.html") == "caf\u{E9}/x/")
    }

    static let sample = OutputBudget(files: [
        ("index.html", 5_000), ("2019/03/07/a.html", 20_000), ("2019/03/07/b.html", 30_000), ("2019/03/07/index.html", 4_000),
        ("feed.xml", 60_000), ("tags/x/feed.xml", 3_000), ("style.css", 2_000), ("index.html.gz", 1_000),
    ])

    @Test func sumsByKindWithTheLargestFileAndFullestFolder() {
        let budget = Self.sample
        #expect(budget.total == OutputBudget.Row(files: 8, bytes: 125_000))
        #expect(budget[.articles] == OutputBudget.Row(files: 2, bytes: 50_000))
        #expect(budget[.lists] == OutputBudget.Row(files: 2, bytes: 9_000))
        #expect(budget[.feeds] == OutputBudget.Row(files: 2, bytes: 63_000))
        #expect(budget[.search] == OutputBudget.Row())
        #expect(budget.largest.path == "feed.xml" && budget.largest.bytes == 60_000)
        #expect(budget.fullestFolder.path == "" && budget.fullestFolder.files == 4)
        #expect(budget.summaryLine.hasPrefix("Output: 8 files, 0.1 MB (articles 2 · 0.1 MB, lists 2 · 0.0 MB, feeds 2 · 0.1 MB"))
        #expect(!budget.summaryLine.contains("search"))
        let table = budget.table.split(separator: "\n")
        #expect(table.first?.hasPrefix("kind") == true)
        #expect(table.contains { $0.hasPrefix("feeds") && $0.hasSuffix("50%") })
        #expect(table.contains { $0.hasPrefix("total") && $0.contains(" 8 ") })
        #expect(OutputBudget.count(1_234_567) == "1,234,567" && OutputBudget.count(999) == "999")
    }

    @Test func scanningAFolderLeavesOutGazettesOwnFiles() throws {
        let site = try TemporarySite(["index.html": "12345", "tags/x/feed.xml": "123", ".gazette-manifest": "secret", ".well-known/a.txt": "1"])
        defer { site.remove() }
        let budget = OutputBudget.scan(site.root)
        #expect(budget.total == OutputBudget.Row(files: 3, bytes: 9))
        #expect(budget[.feeds].files == 1 && budget[.assets].files == 1)
    }

    /// A first build weighs its output from the sizes it wrote, as a scan would; a rebuild
    /// that kept files does not know their sizes and leaves the weighing to the scan.
    @Test func aFirstBuildsWrittenSizesWeighTheOutputAsAScanDoes() throws {
        let story = { (title: String) in "---\ntitle: \(title)\ndate: 2020-01-02T10:00:00Z\ntags: [river]\n---\n\nText.\n" }
        let site = try TemporarySite([
            "site.yml": "title: T\nbase_url: https://example.org/\n", "Content/2020/01/bridge.md": story("Bridge"),
            "Content/2020/01/ferry.md": story("Ferry"), "Public/extra.txt": "x",
        ])
        defer { site.remove() }
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: site.root.appending(path: "_site"))
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        let sizes = try #require(try SiteBuilder(options: options).build().writtenSizes)
        let written = OutputBudget(files: sizes.map { ($0.path, $0.bytes) })
        let scanned = OutputBudget.scan(options.resolvedOutput)
        #expect(written.total.files > 10 && written.total == scanned.total && written.rows == scanned.rows)
        #expect(written.largest.path == scanned.largest.path && written.largest.bytes == scanned.largest.bytes)
        #expect(written.filesPerFolder == scanned.filesPerFolder)
        try site.write("Content/2020/01/canal.md", story("Canal"))
        #expect(try SiteBuilder(options: options).build().writtenSizes == nil)
    }

    @Test func aSiteWithinTheLimitsPassesEveryHost() {
        for name in HostLimits.names {
            #expect(HostLimits.all[name]!.check(Self.sample, shownOutput: "_site").isEmpty, "\(name)")
        }
    }

    @Test func eachCrossedLimitIsAnErrorWithAdvice() throws {
        let files = (0..<20_500).map { ("2019/01/01/a\($0).html", 100) } + (0..<100).map { ("tags/t\($0)/feed.xml", 100) }
        let crowded = OutputBudget(files: files + [("big.pdf", 30 * 1_048_576)])
        let cloudflare = try #require(HostLimits.all["cloudflare-pages"]).check(crowded, shownOutput: "_site")
        let errors = cloudflare.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("_site: error: 20,601 files; Cloudflare Pages (free) allows 20,000") })
        #expect(errors.contains { $0.contains("big.pdf is 31.5 MB") })
        #expect(cloudflare.contains { $0.severity == .warning && $0.message.contains("feeds: {section: none") })
        #expect(try #require(HostLimits.all["cloudflare-pages-paid"]).check(crowded, shownOutput: "_site").count == 2)
        let netlify = try #require(HostLimits.all["netlify"]).check(
            OutputBudget(files: (0..<54_001).map { ("tags/t\($0)/index.html", 10) }), shownOutput: "_site")
        #expect(netlify.isEmpty)
        let flat = OutputBudget(files: (0..<54_001).map { ("articles/a\($0).html", 10) })
        let crowdedFolder = try #require(HostLimits.all["netlify"]).check(flat, shownOutput: "_site")
        #expect(crowdedFolder.first?.message.hasPrefix("articles/ holds 54,001 files; Netlify allows 54,000 in one folder") == true)
        #expect(crowdedFolder.contains { $0.message.contains("permalink") })
        let heavy = OutputBudget(files: [("feed.xml", 700_000_000), ("index.html", 400_000_000)])
        let github = try #require(HostLimits.all["github-pages"]).check(heavy, shownOutput: "_site")
        #expect(github.first?.message.hasPrefix("1100.0 MB in all; GitHub Pages allows 1000.0 MB") == true)
        #expect(github.dropFirst().first?.message.contains("feeds:") == true)
    }
}
