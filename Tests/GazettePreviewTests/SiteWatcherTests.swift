import Foundation
import GazettePreview
import GazetteTestSupport
import Testing

@Suite struct SiteWatcherTests {
    @Test func noticesAddedChangedAndRemovedFilesOnlyWhereWatched() throws {
        let site = try TemporarySite(["site.yml": "title: A\n", "Content/a.md": "one", "_site/index.html": "x"])
        defer { site.remove() }
        let watcher = SiteWatcher(siteDirectory: site.root)
        let first = watcher.snapshot()
        #expect(SiteWatcher.changes(from: first, to: watcher.snapshot()).isEmpty)

        try site.write("Content/a.md", "one, longer")
        try site.write("Templates/home.mustache", "{{title}}")
        try site.write("_site/index.html", "ignored: the output is not watched")
        try site.write("Content/.a.md.swp", "editor scratch")
        let second = watcher.snapshot()
        #expect(SiteWatcher.changes(from: first, to: second) == ["Content/a.md", "Templates/home.mustache"])

        try FileManager.default.removeItem(at: site.root.appending(path: "site.yml"))
        #expect(SiteWatcher.changes(from: second, to: watcher.snapshot()) == ["site.yml"])
    }

    @Test func noticesAnEditThatKeepsTheSize() throws {
        let site = try TemporarySite(["Content/a.md": "aaaa"])
        defer { site.remove() }
        let watcher = SiteWatcher(siteDirectory: site.root)
        let before = watcher.snapshot()
        let url = site.root.appending(path: "Content/a.md")
        try Data("bbbb".utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: url.path)
        #expect(SiteWatcher.changes(from: before, to: watcher.snapshot()) == ["Content/a.md"])
    }
}
