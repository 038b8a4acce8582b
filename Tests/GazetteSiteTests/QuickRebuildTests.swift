import Foundation
import GazetteContent
import GazetteOutput
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// A rebuild after body edits makes only the edited pages and their feeds, and the result is
/// byte for byte what a full build of the same input gives; any other change takes the full
/// path.
@Suite struct QuickRebuildTests {
    static let tags = ["river", "budget", "schools", "weather", "courts"]

    static func story(_ number: Int, title: String? = nil, date: String? = nil, body: String? = nil) -> String {
        let tags = [tags[number % 5], tags[(number * 3 + 1) % 5]]
        return """
        ---
        title: "\(title ?? "Story \(number)")"
        date: \(date ?? String(format: "2021-03-%02dT09:00:00+01:00", number))
        author: \(number % 2 == 0 ? "Ann Writer" : "Bo Reporter")
        tags: [\(tags.joined(separator: ", "))]
        section: \(number % 3 == 0 ? "Opinion" : "News")
        summary: Summary of story \(number).
        ---

        \(body ?? "The first paragraph of story \(number).\n\nA second paragraph with a [link](https://example.org/\(number)).")

        """
    }

    func makeSite() throws -> TemporarySite {
        // Search off here (QuickSearchRebuildTests covers the body path with the index).
        // Author feeds with the full text, so that a body edit changes them; tag feeds keep
        // the default summaries, which a body edit leaves alone.
        var files = ["site.yml": "title: Quick Times\nbase_url: https://example.org/\npaginate: 4\nfeed_limit: 5\nsearch: false\nfeeds: {author: {content: full}}\n"]
        for number in 1...24 { files[path(number)] = Self.story(number) }
        return try TemporarySite(files)
    }

    func path(_ number: Int) -> String {
        String(format: "Content/2021/03/story-%02d.md", number)
    }

    func build(_ site: TemporarySite, into output: URL) throws(DiagnosticsError) -> BuildSummary {
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        return try SiteBuilder(options: options).build()
    }

    /// The site files of `output`, without Gazette's own state files.
    func pages(_ output: URL) -> [String: Data] {
        snapshot(of: output).filter { !$0.key.hasPrefix(".gazette") }
    }

    /// Builds `site` into a fresh folder and gives its pages: what any rebuild must equal.
    func fullBuild(_ site: TemporarySite) throws -> [String: Data] {
        let fresh = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let summary = try build(site, into: fresh)
        #expect(summary.mode == .full)
        return pages(fresh)
    }

    func withBuiltSite(_ body: (TemporarySite, URL) throws -> Void) throws {
        let site = try makeSite()
        defer { site.remove() }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try build(site, into: output).mode == .full)
        try body(site, output)
    }

    @Test func bodyEditsRewriteTheirPagesAndFeedsOnlyAndMatchAFullBuild() throws {
        try withBuiltSite { site, output in
            let before = pages(output)
            // Story 24 is the newest (in the site feed and its terms' feeds), story 3 is old.
            try site.write(path(24), Self.story(24, body: "A rewritten first paragraph.\n\nAnd *more* text."))
            try site.write(path(3), Self.story(3, body: "Corrected: the bridge opened on a Tuesday."))
            let summary = try build(site, into: output)
            #expect(summary.mode == .bodies)
            let after = pages(output)
            #expect(after == (try fullBuild(site)))
            let changed = Set(after.keys.filter { after[$0] != before[$0] })
            #expect(changed.contains("2021/03/24/story-24.html"))
            #expect(changed.contains("2021/03/03/story-03.html"))
            #expect(changed.contains("feed.xml") && changed.contains("rss.xml") && changed.contains("feed.json"))
            #expect(changed.contains("authors/ann-writer/feed.xml"))
            #expect(!changed.contains("authors/bo-reporter/feed.xml"))
            #expect(after["tags/courts/feed.xml"] != nil && !changed.contains("tags/courts/feed.xml"))
            #expect(!changed.contains("index.html") && !changed.contains("2021/03/23/story-23.html"))
            #expect(summary.filesWritten == changed.count)
            #expect(summary.outputFiles == before.count)
            #expect(String(decoding: after["2021/03/03/story-03.html"]!, as: UTF8.self).contains("opened on a Tuesday"))
        }
    }

    @Test func aChangedTitleOrAnAddedFileTakesTheFullPath() throws {
        try withBuiltSite { site, output in
            try site.write(path(10), Self.story(10, title: "Story ten, retitled"))
            #expect(try build(site, into: output).mode == .full)
            #expect(pages(output) == (try fullBuild(site)))
            try site.write(path(11), Self.story(11, body: "Only the body."))
            #expect(try build(site, into: output).mode == .bodies)
            try site.write("Content/2021/03/story-25.md", Self.story(25))
            #expect(try build(site, into: output).mode == .full)
            try site.write(path(12), Self.story(12, body: "Only the body, again."))
            #expect(try build(site, into: output).mode == .bodies)
            #expect(pages(output) == (try fullBuild(site)))
        }
    }

    @Test func aBodyEditAfterAQuickOneStillMatches() throws {
        try withBuiltSite { site, output in
            for round in 1...3 {
                try site.write(path(20), Self.story(20, body: "Round \(round) of corrections."))
                #expect(try build(site, into: output).mode == .bodies)
            }
            #expect(try build(site, into: output).mode == .unchanged)
            #expect(pages(output) == (try fullBuild(site)))
        }
    }

    @Test func anEditThatAddsAnInternalLinkResolvesIt() throws {
        try withBuiltSite { site, output in
            try site.write(path(5), Self.story(5, body: "Follow-up to [story 4](story-04.md) and [the tag](/tags/river/)."))
            #expect(try build(site, into: output).mode == .full)
            let page = try String(contentsOf: output.appending(path: "2021/03/05/story-05.html"), encoding: .utf8)
            #expect(page.contains("href=\"../04/story-04.html\""))
            #expect(page.contains("href=\"../../../tags/river/\""))
            // A later edit of a body holding internal links still resolves them, as a full build would.
            try site.write(path(5), Self.story(5, body: "Edited. Follow-up to [story 4](story-04.md) and [the tag](/tags/river/)."))
            _ = try build(site, into: output)
            #expect(pages(output) == (try fullBuild(site)))
        }
    }

    @Test func anEditWithAnErrorIsReportedAndLeavesTheOutputAlone() throws {
        try withBuiltSite { site, output in
            let before = snapshot(of: output)
            try site.write(path(5), Self.story(5, date: "2021-13-05T09:00:00Z"))
            #expect {
                try build(site, into: output)
            } throws: { error in
                let text = (error as? DiagnosticsError)?.diagnostics.map(\.description).joined() ?? ""
                return text.contains("Content/2021/03/story-05.md:3:7") && text.contains("2021-13-05")
            }
            #expect(snapshot(of: output) == before)
        }
    }

    @Test func anArticleWithoutSummaryTakesTheFullPathOnlyWhenItsLeadChanges() throws {
        try withBuiltSite { site, output in
            let plain = { (lead: String, rest: String) in
                "---\ntitle: Plain story\ndate: 2021-04-02T09:00:00Z\ntags: [river]\n---\n\n\(lead)\n\n\(rest)\n"
            }
            try site.write("Content/2021/04/plain.md", plain("The lead paragraph.", "The rest."))
            #expect(try build(site, into: output).mode == .full)
            try site.write("Content/2021/04/plain.md", plain("The lead paragraph.", "The rest, corrected."))
            #expect(try build(site, into: output).mode == .bodies)
            #expect(pages(output) == (try fullBuild(site)))
            // The lead is what lists show as its summary: every list it is in changes.
            try site.write("Content/2021/04/plain.md", plain("A new lead paragraph.", "The rest, corrected."))
            #expect(try build(site, into: output).mode == .full)
            let home = String(decoding: pages(output)["index.html"] ?? Data(), as: UTF8.self)
            #expect(home.contains("A new lead paragraph."))
            #expect(pages(output) == (try fullBuild(site)))
        }
    }

    @Test func aPlainTextArticleTakesTheBodyPathToo() throws {
        try withBuiltSite { site, output in
            let story = { (body: String) in
                "Council meets on the bridge\n\nNews Ann Writer 03-Apr-2021\n\nThe council met.\n\n\(body)\n"
            }
            try site.write("Content/2021/04/council.txt", story("It talked for an hour."))
            #expect(try build(site, into: output).mode == .full)
            try site.write("Content/2021/04/council.txt", story("It talked for two hours."))
            #expect(try build(site, into: output).mode == .bodies)
            #expect(pages(output) == (try fullBuild(site)))
            #expect(String(decoding: pages(output)["2021/04/03/council.html"] ?? Data(), as: UTF8.self)
                .contains("two hours"))
        }
    }

    @Test func missingOrDamagedStateFallsBackToAFullBuild() throws {
        try withBuiltSite { site, output in
            try Data("not a state file".utf8).write(to: StateFolder(siteDirectory: site.root, output: output).file(QuickState.fileName))
            try site.write(path(8), Self.story(8, body: "Edited once."))
            #expect(try build(site, into: output).mode == .full)
            try FileManager.default.removeItem(at: StateFolder(siteDirectory: site.root, output: output).file(ContentCache.fileName))
            try site.write(path(8), Self.story(8, body: "Edited twice."))
            #expect(try build(site, into: output).mode == .full)
            #expect(pages(output) == (try fullBuild(site)))
        }
    }
}
