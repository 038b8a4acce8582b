import Foundation
import GazetteSite
import Testing

/// `gazette init`, `new` and `build`, run as a user would run them.
@Suite struct InitNewBuildTests {
    @Test func initThenBuild() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let created = try GazetteBinary.run(["init", "news"], in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("site.yml"))
        let site = folder.url.appending(path: "news")
        #expect(!FileManager.default.fileExists(atPath: site.appending(path: "Templates").path))

        let built = try GazetteBinary.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Built 1 articles"), "\(built.stdout)")
        #expect(!built.stdout.contains("\u{1B}"), "no escape codes when standard output is not a terminal")
        let output = TemporaryFolder(url: site.appending(path: "_site"))
        #expect(output.files().contains("index.html"))
        #expect(output.files().contains { $0.hasSuffix("/welcome-to-your-archive.html") }, "\(output.files())")
    }

    @Test func initRefusesAFolderWithFiles() throws {
        let folder = TemporaryFolder(["notes.txt": "mine"])
        defer { folder.remove() }
        let result = try GazetteBinary.run(["init", folder.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: refusing to create a site here: the folder is not empty"))
        #expect(folder.files() == ["notes.txt"])
    }

    @Test func initWithThemeCopiesTheTheme() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let result = try GazetteBinary.run(["init", "--with-theme", "site"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "site")
        #expect(files.contains("Templates/base.mustache"))
        #expect(files.contains("Public/style.css"))
    }

    @Test func newWritesAnArticleTheLoaderReads() throws {
        let site = TemporaryFolder(["site.yml": "title: Desk\ntime_zone: Europe/London\n"])
        defer { site.remove() }
        let arguments = ["new", "Harbour \"wall\": repairs begin", "--site", site.url.path, "--section", "Local",
                         "--tags", "harbour, council", "--author", "Ana O'Brien"]
        let result = try GazetteBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.hasSuffix(".md") && printed.contains("/Content/"), "\(printed)")
        let relative = String(printed[try #require(printed.range(of: "Content/")).lowerBound...])
        #expect(relative.hasSuffix("/harbour-wall-repairs-begin.md"))

        let loaded = ArchiveLoader(siteDirectory: site.url, config: try SiteConfig.load(siteDirectory: site.url)).load()
        let article = try #require(loaded.articles.first { $0.sourcePath == relative }, "\(loaded.diagnostics)")
        #expect(article.title == "Harbour \"wall\": repairs begin")
        #expect(article.tags.map(\.name) == ["harbour", "council"])
        #expect(abs(article.date.instant.timeIntervalSinceNow) < 120)

        let again = try GazetteBinary.run(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("refusing to overwrite"))
    }

    @Test func quietAndVerbose() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        _ = try GazetteBinary.run(["init", "s"], in: folder.url)
        let site = folder.url.appending(path: "s")
        let verbose = try GazetteBinary.run(["build", "--verbose"], in: site)
        #expect(verbose.status == 0)
        #expect(verbose.stdout.contains("wrote index.html\n"))
        #expect(verbose.stdout.contains("wrote style.css\n"))
        TemporaryFolder(url: site).write("Content/2020/01/extra.md", "---\ntitle: Extra\ndate: 2020-01-01\n---\nMore.\n")
        let quiet = try GazetteBinary.run(["build", "--quiet"], in: site)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let again = try GazetteBinary.run(["build", "--verbose"], in: site)
        #expect(!again.stdout.contains("wrote"), "an unchanged site writes nothing, so lists nothing: \(again.stdout)")
    }
}

extension TemporaryFolder {
    /// An existing folder, not removed by anyone but the folder that holds it.
    init(url: URL) {
        self.url = url
    }
}
