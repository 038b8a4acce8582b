import Foundation
import GazetteOutput
import GazetteRender
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Rebuilds rewrite only files whose bytes change, and skip all work when nothing changed.
@Suite struct IncrementalBuildTests: SiteBuildingSuite {
    func makeSite() throws -> TemporarySite {
        // Without search, whose shards an edit also touches (SearchBuildTests covers them).
        var files = ["site.yml": "title: Test Times\nbase_url: https://example.org/\npaginate: 2\nsearch: false\n"]
        for day in 1...7 {
            files["Content/2020/01/story-\(day).md"] = BuildTests.article(
                "Story \(day)", date: "2020-01-0\(day)T10:00:00Z", body: "Body of story \(day).", extra: "summary: Summary \(day)\n")
        }
        return try TemporarySite(files)
    }

    func build(_ site: TemporarySite, into output: URL) throws -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        return try SiteBuilder(options: options).build()
    }

    /// Modification times of every file in the output.
    func stamps(_ output: URL) -> [String: Int] {
        snapshot(of: output).keys.reduce(into: [:]) { result, path in
            result[path] = FileStamp(path: output.appending(path: path).path)?.modified
        }
    }

    @Test func aRebuildWithNoChangeWritesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try build(site, into: output)
        #expect(first.filesWritten == first.outputFiles)
        let before = stamps(output)
        let second = try build(site, into: output)
        #expect(second.filesWritten == 0)
        #expect(second.outputFiles == first.outputFiles)
        #expect(stamps(output) == before)
    }

    @Test func editingOneBodyRewritesOnlyThePagesThatShowIt() throws {
        try withBuiltSite { site, output in
            let before = stamps(output)
            let oldBytes = snapshot(of: output)
            try site.write("Content/2020/01/story-3.md", BuildTests.article(
                "Story 3", date: "2020-01-03T10:00:00Z", body: "A corrected body.", extra: "summary: Summary 3\n"))
            let summary = try build(site, into: output)
            let after = stamps(output)
            let newBytes = snapshot(of: output)
            let changed = Set(newBytes.keys.filter { newBytes[$0] != oldBytes[$0] })
            let touched = Set(after.keys.filter { after[$0] != before[$0] && !$0.hasPrefix(".gazette") })
            #expect(changed.contains("2020/01/03/story-3.html"))
            #expect(touched == changed.filter { !$0.hasPrefix(".gazette") })
            #expect(summary.filesWritten == touched.count)
            #expect(!touched.contains("2020/01/02/story-2.html"))
            #expect(!touched.contains("style.css"))
            #expect(summary.filesWritten < summary.outputFiles / 4)
        }
    }

    @Test func addingAnArticleLeavesOlderNumberedPagesAlone() throws {
        try withBuiltSite { site, output in
            let before = stamps(output)
            let page1 = try String(contentsOf: output.appending(path: "page/1/index.html"), encoding: .utf8)
            try site.write("Content/2020/01/story-8.md", BuildTests.article("Story 8", date: "2020-01-08T10:00:00Z"))
            _ = try build(site, into: output)
            let after = stamps(output)
            #expect(after["page/1/index.html"] == before["page/1/index.html"])
            #expect(after["page/2/index.html"] == before["page/2/index.html"])
            #expect(try String(contentsOf: output.appending(path: "page/1/index.html"), encoding: .utf8) == page1)
            #expect(after["page/4/index.html"] != nil)
            #expect(after["index.html"] != before["index.html"])
        }
    }

    @Test func aRemovedArticleTakesItsPageWithIt() throws {
        try withBuiltSite { site, output in
            try FileManager.default.removeItem(at: site.root.appending(path: "Content/2020/01/story-7.md"))
            // Its URL and the last list pages were published: the build refuses until told.
            #expect(throws: DiagnosticsError.self) { _ = try build(site, into: output) }
            var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
            options.now = Date(timeIntervalSince1970: 1_780_000_000)
            options.acceptGone = true
            _ = try SiteBuilder(options: options).build()
            #expect(try site.read("published-urls.txt").contains("/2020/01/07/story-7.html\tgone (was Content/2020/01/story-7.md)"))
            #expect(!FileManager.default.fileExists(atPath: output.appending(path: "2020/01/07/story-7.html").path))
            #expect(!FileManager.default.fileExists(atPath: output.appending(path: "2020/01/07").path))
            let broken = LinkWalker(files: snapshot(of: output)).brokenLinks()
            #expect(broken.count == 0, "\(broken.prefix(3).map { $0.page + " -> " + $0.link })")
        }
    }

    @Test func anEditInsideALinkedFolderIsSeen() throws {
        try withBuiltSite { site, output in
            // Links are followed when they stay inside the site folder (see SafetyTests).
            let elsewhere = site.root.appending(path: "Shared")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            let story = BuildTests.article("Linked", date: "2020-02-01T10:00:00Z", extra: "summary: Linked\n")
            try Data(story.utf8).write(to: elsewhere.appending(path: "linked.md"))
            try FileManager.default.createSymbolicLink(
                at: site.root.appending(path: "Content/2020/02"), withDestinationURL: elsewhere)
            _ = try build(site, into: output)
            let page = output.appending(path: "2020/02/01/linked.html")
            #expect(try String(contentsOf: page, encoding: .utf8).contains("Body text."))
            try Data(story.replacingOccurrences(of: "Body text.", with: "Changed text.").utf8)
                .write(to: elsewhere.appending(path: "linked.md"))
            let summary = try build(site, into: output)
            #expect(summary.filesWritten > 0)
            #expect(try String(contentsOf: page, encoding: .utf8).contains("Changed text."))
        }
    }

    @Test func anEditedTemplateReRendersOnlyThePagesMadeWithIt() throws {
        try withBuiltSite { site, output in
            let builtIn = try #require(try Theme(siteDirectory: site.root).templateSources["article"])
            try site.write("Templates/article.mustache", builtIn)
            _ = try build(site, into: output)
            let before = try #require(BuildManifest(contentsOf: StateFolder(siteDirectory: site.root, output: output).file(BuildManifest.fileName)))
            let home = try Data(contentsOf: output.appending(path: "index.html"))
            try site.write("Templates/article.mustache", builtIn + "<!-- edited -->\n")
            let summary = try build(site, into: output)
            let after = try #require(BuildManifest(contentsOf: StateFolder(siteDirectory: site.root, output: output).file(BuildManifest.fileName)))
            let changed = Set(after.outputs.keys.filter { after.outputs[$0]?.fingerprint != before.outputs[$0]?.fingerprint })
            let articles = Set(before.outputs.keys.filter { $0.hasPrefix("2020/01/0") && $0.contains("/story-") })
            #expect(articles.count == 7)
            #expect(changed == articles)
            #expect(summary.filesWritten == 7)
            #expect(try String(contentsOf: output.appending(path: "2020/01/03/story-3.html"), encoding: .utf8).contains("<!-- edited -->"))
            #expect(try Data(contentsOf: output.appending(path: "index.html")) == home)
        }
    }
}
