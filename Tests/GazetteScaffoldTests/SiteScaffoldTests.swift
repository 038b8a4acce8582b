import Foundation
import GazetteContent
import GazetteRender
import GazetteScaffold
import GazetteTestSupport
import Testing

@Suite struct SiteScaffoldTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

    @Test func siteYAMLNamesEveryDocumentedKeyWithAComment() throws {
        let readme = try String(contentsOf: TemporarySite.repositoryRoot.appending(path: "README.md"), encoding: .utf8)
        let table = try #require(readme.range(of: "### site.yml")).upperBound
        let keys = readme[table...].split(separator: "\n").prefix(while: { !$0.hasPrefix("Other keys") })
            .compactMap { line -> String? in
                guard line.hasPrefix("| `") else { return nil }
                return String(line.dropFirst(3).prefix { $0 != "`" })
            }
        #expect(keys.count >= 13)
        let lines = SiteScaffold.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for key in keys {
            // `key: value`, `key:` over a block of settings, or commented out.
            let index = lines.firstIndex { $0.hasPrefix("\(key): ") || $0 == "\(key):" || $0.hasPrefix("# \(key): ") }
            #expect(index != nil, "site.yml lacks \(key)")
            if let index { #expect(lines[index - 1].hasPrefix("# "), "\(key) has no comment above it") }
        }
    }

    @Test func siteYAMLLoadsAsTheDefaults() throws {
        let site = try TemporarySite(["site.yml": SiteScaffold.siteYAML])
        defer { site.remove() }
        #expect(try SiteConfig.load(siteDirectory: site.root) == SiteConfig())
    }

    @Test func createsASiteWithOneArticleAndNoThemeCopy() throws {
        let folder = TemporarySite.temporaryFolder().appending(path: "new-site")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let written = try SiteScaffold.create(in: folder, now: Self.now)
        #expect(written == [".gitignore", "Content/2026/05/welcome-to-your-archive.md", "site.yml"])
        // The build state holds unpublished drafts: a new site keeps it (and the output) out of git.
        #expect(try String(contentsOf: folder.appending(path: ".gitignore"), encoding: .utf8).split(separator: "\n").contains(".gazette/"))
        let article = try String(contentsOf: folder.appending(path: written[1]), encoding: .utf8)
        #expect(article.contains("date: 2026-05-28T20:26:40Z"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "Templates").path))
    }

    @Test func withThemeWritesTheBuiltInFiles() throws {
        let folder = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try SiteScaffold.create(in: folder, now: Self.now, withTheme: true)
        let theme = Theme.builtInFiles
        #expect(theme.contains { $0.path == "Templates/base.mustache" })
        #expect(theme.contains { $0.path == "Public/style.css" })
        for file in theme {
            #expect(written.contains(file.path))
            #expect(FileManager.default.contents(atPath: folder.appending(path: file.path).path) == file.data)
        }
    }

    @Test func refusesAFolderThatHoldsAnything() throws {
        let site = try TemporarySite([".keep": ""])
        defer { site.remove() }
        #expect(throws: DiagnosticsError.self) { try SiteScaffold.create(in: site.root, now: Self.now) }
        #expect(!site.exists("site.yml"))
    }
}
