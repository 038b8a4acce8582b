import Foundation
import GazetteOutput
@testable import GazetteSite
import GazetteTestSupport
import Synchronization
import Testing

/// `precompress: [gzip, brotli]`: siblings for every text file, made again only when their
/// source's bytes change.
@Suite struct PrecompressTests {
    func makeSite(_ settings: String = "precompress: [gzip, brotli]\n") throws -> TemporarySite {
        var files = ["site.yml": "title: Packed Times\nbase_url: https://example.org/\npaginate: 2\n" + settings]
        for day in 1...5 {
            files["Content/2020/01/story-\(day).md"] = BuildTests.article(
                "Story \(day)", date: "2020-01-0\(day)T10:00:00Z", body: "Body of story \(day).", extra: "summary: Summary \(day)\n")
        }
        return try TemporarySite(files)
    }

    /// Builds and gives the paths written.
    func build(_ site: TemporarySite, into output: URL) throws -> [String] {
        let written = Mutex<[String]>([])
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        options.didWrite = { path in written.withLock { $0.append(path) } }
        _ = try SiteBuilder(options: options).build()
        return written.withLock { $0 }
    }

    /// Makes the site (with `extra` files), builds it into a fresh folder, runs `body` with
    /// the paths that first build wrote, then removes both folders.
    func withBuiltSite(extra: [String: String] = [:], _ body: (TemporarySite, URL, [String]) throws -> Void) throws {
        let site = try makeSite()
        defer { site.remove() }
        for (path, text) in extra { try site.write(path, text) }
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try body(site, output, try build(site, into: output))
    }

    @Test func everyTextFileGetsBothSiblingsAndNothingElseDoes() throws {
        try withBuiltSite(extra: ["Public/photo.jpg": "not really a JPEG"]) { _, output, _ in
            let files = snapshot(of: output).filter { !$0.key.hasPrefix(".gazette") }
            let sources = files.keys.filter { !$0.hasSuffix(".gz") && !$0.hasSuffix(".br") }
            #expect(sources.contains("index.html") && sources.contains("feed.xml") && sources.contains("feed.json") && sources.contains("style.css"))
            for path in sources {
                let expected = Precompressor.compresses(path) && files[path]!.count >= Precompressor.minimumSize
                #expect((files[path + ".gz"] != nil) == expected, "\(path).gz")
                #expect((files[path + ".br"] != nil) == expected, "\(path).br")
            }
            #expect(files["photo.jpg.gz"] == nil && files["robots.txt.gz"] == nil)
            let gzip = try #require(files["index.html.gz"])
            #expect(Array(gzip.prefix(2)) == [0x1f, 0x8b])
        }
    }

    @Test func filesBelowTheMinimumSizeGetNoSiblings() throws {
        let big = "body { color: black; }\n" + String(repeating: "p { margin: 0; }\n", count: 100)
        try withBuiltSite(extra: ["Public/tiny.css": "p { margin: 0; }\n", "Public/big.css": big]) { _, output, _ in
            let files = snapshot(of: output)
            #expect(files["tiny.css"] != nil && files["tiny.css.gz"] == nil && files["tiny.css.br"] == nil)
            #expect(files["big.css.gz"] != nil && files["big.css.br"] != nil)
        }
    }

    @Test func anUnchangedFileIsNeverCompressedAgain() throws {
        try withBuiltSite { site, output, first in
            #expect(first.contains("index.html.gz"))
            // A comment in site.yml makes every page render again, to the same bytes: nothing is
            // written, no sibling included.
            try site.write("site.yml", try site.read("site.yml") + "# touched\n")
            #expect(try build(site, into: output).isEmpty)
            // An edited body: its page changes, and only changed files get new siblings.
            try site.write("Content/2020/01/story-3.md", BuildTests.article(
                "Story 3", date: "2020-01-03T10:00:00Z", body: "A new body for story 3.", extra: "summary: Summary 3\n"))
            let written = try build(site, into: output)
            let siblings = written.filter { $0.hasSuffix(".gz") || $0.hasSuffix(".br") }
            let sources = Set(written.filter { !$0.hasSuffix(".gz") && !$0.hasSuffix(".br") })
            #expect(!siblings.isEmpty)
            #expect(sources.contains("2020/01/03/story-3.html"))
            for sibling in siblings { #expect(sources.contains(String(sibling.dropLast(3))), "\(sibling) without its source") }
            #expect(!written.contains("style.css.gz"))
        }
    }

    @Test func turningItOffRemovesTheSiblings() throws {
        try withBuiltSite { site, output, _ in
            try site.write("site.yml", "title: Packed Times\nbase_url: https://example.org/\npaginate: 2\nprecompress: [gzip]\n")
            _ = try build(site, into: output)
            let files = snapshot(of: output)
            #expect(files["index.html.gz"] != nil && files["index.html.br"] == nil)
        }
    }
}
