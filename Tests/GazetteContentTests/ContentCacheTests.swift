import Foundation
import Testing
@testable import GazetteContent

@Suite struct ContentCacheTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func loadSample(cache: ContentCache? = nil, keepBodies: Bool) throws -> (ArchiveLoader, ArchiveLoadResult) {
        let config = try SiteConfig.load(siteDirectory: Self.sample)
        let loader = ArchiveLoader(siteDirectory: Self.sample, config: config)
        return (loader, loader.load(cache: cache, keepBodies: keepBodies))
    }

    @Test func bodiesReadAgainEqualTheLoadedOnes() throws {
        let (_, full) = try loadSample(keepBodies: true)
        let (loader, lean) = try loadSample(keepBodies: false)
        #expect(full.articles.count == lean.articles.count)
        #expect(full.articles.contains { $0.bodyFormat == .plainText })
        for (article, bodiless) in zip(full.articles, lean.articles) {
            #expect(bodiless.body.isEmpty)
            #expect(loader.body(of: bodiless) == article.body, "\(article.sourcePath)")
            let needsStart = article.summary?.isEmpty ?? true
            #expect(bodiless.bodyStart == (needsStart ? Article.start(of: article.body) : ""))
            var withBody = bodiless
            withBody.body = article.body
            withBody.bodyStart = ""
            #expect(withBody == article, "\(article.sourcePath)")
        }
    }

    @Test func cacheRoundTripsThroughBytesAndIsReused() throws {
        let (_, first) = try loadSample(keepBodies: false)
        let cache = try #require(first.cache)
        #expect(cache.count == first.articles.count)
        let file = FileManager.default.temporaryDirectory.appending(path: "gazette-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(cache.encoded()).write(to: file)
        let reread = ContentCache(contentsOf: file, key: cache.key)
        #expect(reread.count == cache.count)
        #expect(reread.encoded() == cache.encoded())
        let (_, second) = try loadSample(cache: reread, keepBodies: false)
        #expect(second.articles == first.articles)
        #expect(ContentCache(contentsOf: file, key: cache.key &+ 1).count == 0)
    }

    @Test func aChangedFileIsParsedAgain() throws {
        try withTempSite([
            "Content/a.md": "---\ntitle: One\ndate: 2020-01-01\n---\nBody\n",
        ]) { site in
            let loader = ArchiveLoader(siteDirectory: site, config: SiteConfig())
            let first = loader.load(cache: nil, keepBodies: false)
            try Data("---\ntitle: Two words\ndate: 2020-01-01\n---\nBody\n".utf8).write(to: site.appending(path: "Content/a.md"))
            let second = loader.load(cache: first.cache, keepBodies: false)
            #expect(second.articles.map(\.title) == ["Two words"])
        }
    }

    @Test func damagedBytesGiveAnEmptyCache() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "gazette-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var out = ByteWriter()
        out.string("gazette-content-cache-4")
        out.uint64(7)
        out.int(-5)
        try Data(out.bytes).write(to: file)
        #expect(ContentCache(contentsOf: file, key: 7).count == 0)
    }

    @Test func stableHashIsStable() {
        #expect(StableHash.of("gazette") == StableHash.of("gazette"))
        #expect(StableHash.of("gazette") != StableHash.of("gazettf"))
        #expect(StableHash.of("abcdefghij") != StableHash.of("abcdefghik"))
    }
}

@Suite struct BodyStartTests {
    @Test(arguments: [
        ("First para.\n\nSecond.", "First para."),
        ("## Heading\n\nLead text\nwraps.\n\nMore.", "## Heading\n\nLead text\nwraps."),
        ("```\ncode\n```\n\n<div>x</div>\n\nText.\n\nTail.", "```\ncode\n```\n\n<div>x</div>\n\nText."),
        ("\n\nAfter blanks.\n\nNext.", "\n\nAfter blanks."),
        ("Only one.", "Only one."),
    ])
    func keepsBlocksUpToTheFirstParagraph(body: String, expected: String) {
        #expect(Article.start(of: body) == expected)
    }

    @Test func aLongBodyWithoutBlankLinesIsCutAtALineBreak() {
        let line = "<p>" + String(repeating: "word ", count: 100) + "</p>\n"
        let body = String(repeating: line, count: 40)
        let start = Article.start(of: body)
        #expect(start.utf8.count > 1_500 && start.utf8.count <= 3_000)
        #expect(body.hasPrefix(start) && start.hasSuffix("</p>"))
    }
}
