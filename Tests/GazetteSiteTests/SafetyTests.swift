import Foundation
@testable import GazetteOutput
import GazetteContent
import GazetteSite
import GazetteTestSupport
import Testing

/// What a build guarantees to a newsroom with embargoed stories and untrusted pull requests
/// (issue 11): nothing unpublished in the output, no host file copied in, bounded input,
/// a second copy of the site swapped in whole, one error for a full disk.
@Suite struct SafetyTests {
    let helper = BuildTests()

    func withSite(_ extra: [String: String] = [:], _ body: (TemporarySite, URL) throws -> Void) throws {
        let site = try helper.makeSite(extra)
        defer { site.remove() }
        let output = site.root.appending(path: "_site")
        try body(site, output)
    }

    @Test func draftsAndEmbargoedArticlesLeaveNoTraceInTheOutput() throws {
        let draft = BuildTests.article("Secret Draft Headline", date: "2020-01-05T10:00:00Z", extra: "draft: true\nsummary: Draft summary words\n")
        let future = BuildTests.article("Embargoed Merger Story", date: "2099-01-01T10:00:00Z", extra: "dateline: EMBARGO CITY\n")
        try withSite(["Content/2020/01/draft.md": draft, "Content/2099/01/future.md": future]) { site, output in
            _ = try helper.build(site, output: output)
            let files = snapshot(of: output)
            #expect(files.count > 10)
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for secret in ["Secret Draft", "Draft summary words", "Embargoed Merger", "EMBARGO CITY"] {
                    #expect(!text.contains(secret), "\(path) holds '\(secret)'")
                }
            }
            #expect(files.keys.filter { $0.hasPrefix(".") } == [OutputWriter.marker])
            let state = StateFolder(siteDirectory: site.root, output: output)
            #expect(state.url.path.hasPrefix(site.root.appending(path: ".gazette/state/").path))
            #expect(FileManager.default.fileExists(atPath: state.file(BuildManifest.fileName).path))
            // The state does hold the drafts: that is why it stays out of the output.
            #expect(String(decoding: try Data(contentsOf: state.file(ContentCache.fileName)), as: UTF8.self).contains("Secret Draft"))
        }
    }

    @Test func symbolicLinksLeadingOutOfTheSiteAreErrorsEverywhere() throws {
        try withSite([
            "Content/2020/03/bundle/index.md": BuildTests.article("Bundle", date: "2020-03-01T10:00:00Z"),
            "Inside/photo.txt": "a photo",
        ]) { site, output in
            let fileManager = FileManager.default
            try fileManager.createSymbolicLink(atPath: site.root.appending(path: "Content/2020/03/bundle/shadow").path, withDestinationPath: "/etc/passwd")
            try fileManager.createSymbolicLink(atPath: site.root.appending(path: "Content/etc").path, withDestinationPath: "/etc")
            try fileManager.createDirectory(at: site.root.appending(path: "Public"), withIntermediateDirectories: true)
            try fileManager.createSymbolicLink(atPath: site.root.appending(path: "Public/hosts").path, withDestinationPath: "/etc/hosts")
            // Inside the site folder a link is followed.
            try fileManager.createSymbolicLink(atPath: site.root.appending(path: "Content/2020/03/bundle/photo.txt").path,
                                               withDestinationPath: site.root.appending(path: "Inside/photo.txt").path)
            let error = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: output) }
            #expect(error.diagnostics.map(\.description) == [
                "Content/2020/03/bundle/shadow: error: symbolic link to '/etc/passwd' leads outside the site folder",
                "Content/etc: error: symbolic link to '/etc' leads outside the site folder",
                "Public/hosts: error: symbolic link to '/etc/hosts' leads outside the site folder",
            ])
            #expect(!fileManager.fileExists(atPath: output.path))
            for name in ["Content/2020/03/bundle/shadow", "Content/etc", "Public/hosts"] { try fileManager.removeItem(at: site.root.appending(path: name)) }
            _ = try helper.build(site, output: output)
            #expect(try String(contentsOf: output.appending(path: "2020/03/01/bundle/photo.txt"), encoding: .utf8) == "a photo")
        }
    }

    /// Case 10: a dangling link fails the incremental build exactly as it fails a clean one.
    @Test func aDanglingLinkFailsIncrementalAndCleanBuildsAlike() throws {
        try withSite { site, output in
            _ = try helper.build(site, output: output)
            try FileManager.default.createSymbolicLink(atPath: site.root.appending(path: "Content/2020/dangle.md").path,
                                                       withDestinationPath: "/nonexistent/x.md")
            let expected = ["Content/2020/dangle.md: error: symbolic link to '/nonexistent/x.md' leads nowhere (its target does not exist)"]
            let incremental = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: output) }
            #expect(incremental.diagnostics.map(\.description) == expected)
            let clean = TemporarySite.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: clean) }
            let cleanError = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: clean) }
            #expect(cleanError.diagnostics.map(\.description) == expected)
        }
    }

    @Test func nestedYAMLAliasesAreBoundedAndLocated() throws {
        var yaml = "---\ntitle: Laughs\ndate: 2020-01-09\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "---\nBody.\n"
        try withSite(["Content/2020/01/laughs.md": yaml]) { site, output in
            let error = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: output) }
            let message = try #require(error.diagnostics.first?.description)
            #expect(error.diagnostics.count == 1)
            #expect(message.hasPrefix("Content/2020/01/laughs.md:4:"))
            #expect(message.contains("error: front matter too large: more than 100000 values"))
        }
    }

    @Test func controlCharactersAreRemovedWithAWarning() throws {
        let toml = "+++\ntitle = \"Nul\\u0000Title\"\ndate = 2020-01-09T10:00:00Z\ntags = [\"a\\u0001\\u001bb\"]\n+++\nBody.\n"
        let yaml = "---\ntitle: \"Esc\\e[31mRed\"\ndate: 2020-01-10\ntags: [\"b\\x01\\0c\"]\n---\nBody.\n"
        let plain = "Plain story\n\nNews Ann Writer 09-Jan-2020\n\nA body with a\u{0}NUL and \u{1b}[31mescape.\n"
        try withSite(["Content/2020/01/toml.md": toml, "Content/2020/01/plain.txt": plain, "Content/2020/01/yaml.md": yaml]) { site, output in
            let summary = try helper.build(site, output: output)
            #expect(summary.warnings.map(\.description) == [
                "Content/2020/01/plain.txt:5:14: warning: control character U+0000 removed from the file",
                "Content/2020/01/toml.md:2:13: warning: control character U+0000 removed from the front matter",
                "Content/2020/01/yaml.md:2:8: warning: control character U+001B removed from 'title'",
                "Content/2020/01/yaml.md:4:8: warning: control character U+0001 removed from 'tags'",
            ])
            // The search index's postings (search/p/*.bin) are binary: any byte may appear.
            for (path, data) in snapshot(of: output) where !path.hasSuffix(".bin") {
                #expect(!data.contains(0) && !data.contains(1) && !data.contains(0x1B), "\(path) holds a control character")
            }
            #expect(try String(contentsOf: output.appending(path: "2020/01/09/toml.html"), encoding: .utf8).contains("<title>NulTitle"))
            #expect(try String(contentsOf: output.appending(path: "2020/01/10/yaml.html"), encoding: .utf8).contains("<title>Esc[31mRed"))
        }
    }

    @Test func leftoverStagingFoldersOfDeadProcessesAreRemoved() throws {
        try withSite { site, output in
            let parent = output.deletingLastPathComponent()
            // No process has this id (above the kernel's pid_max).
            let dead = parent.appending(path: "._site.gazette-tmp-99999999")
            let mine = parent.appending(path: "._site.gazette-tmp-\(getpid())-not-a-pid")
            for folder in [dead, mine] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data("half".utf8).write(to: folder.appending(path: "index.html"))
            }
            _ = try helper.build(site, output: output)
            #expect(!FileManager.default.fileExists(atPath: dead.path))
            #expect(FileManager.default.fileExists(atPath: mine.path))
        }
    }

    @Test func rebuildsSwapASecondCopySharingUnchangedFiles() throws {
        try withSite { site, output in
            _ = try helper.build(site, output: output)
            let state = StateFolder(siteDirectory: site.root, output: output)
            let before = StateFolder.identity(of: output.path)
            try site.write("Content/2020/01/first.md", BuildTests.article("First", date: "2020-01-02T10:00:00Z", body: "Edited."))
            let summary = try helper.build(site, output: output)
            // The output folder itself was exchanged with the copy, in one step.
            #expect(StateFolder.identity(of: output.path) != before)
            #expect(StateFolder.identity(of: state.shadow.path) == before)
            let page = try String(contentsOf: output.appending(path: "2020/01/02/first.html"), encoding: .utf8)
            #expect(page.contains("Edited."))
            // Each file not written again is one file on disk in both copies (the marker too).
            let linked = snapshot(of: output).keys.filter { path in
                var info = stat()
                return stat(output.appending(path: path).path, &info) == 0 && info.st_nlink == 2
            }
            #expect(summary.filesWritten > 0)
            #expect(linked.count == summary.outputFiles - summary.filesWritten + 1)
            // A third build brings the copy up to date first: both copies end equal to a clean build.
            try site.write("Content/2020/01/second.md", BuildTests.article("Second", date: "2020-01-03T10:00:00Z", body: "Again."))
            _ = try helper.build(site, output: output)
            let clean = TemporarySite.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: clean) }
            _ = try helper.build(site, output: clean)
            #expect(snapshot(of: output) == snapshot(of: clean))
            try site.write("Content/2020/02/third.md", BuildTests.article("Third", date: "2020-02-03T10:00:00Z", body: "Third edit."))
            _ = try helper.build(site, output: output)
            _ = try helper.build(site, output: clean)
            #expect(snapshot(of: output) == snapshot(of: clean))
        }
    }

    /// The links of every file of `folder` (the marker too) to its inode.
    func inodes(of folder: URL) -> [String: (inode: UInt64, links: Int)] {
        var found: [String: (inode: UInt64, links: Int)] = [:]
        for path in snapshot(of: folder).keys {
            var info = stat()
            if lstat(folder.appending(path: path).path, &info) == 0 { found[path] = (UInt64(info.st_ino), Int(info.st_nlink)) }
        }
        return found
    }

    /// A first build links each file into the second copy as it writes it: the copy is the
    /// output, file for file, with nothing left to walk at the commit.
    @Test func aFirstBuildLinksEveryFileIntoTheSecondCopy() throws {
        try withSite { site, output in
            let summary = try helper.build(site, output: output)
            let state = StateFolder(siteDirectory: site.root, output: output)
            let built = inodes(of: output), copy = inodes(of: state.shadow)
            #expect(built.count == summary.outputFiles + 1)
            #expect(Set(built.keys) == Set(copy.keys))
            for (path, file) in built {
                #expect(file.links == 2 && copy[path]?.inode == file.inode, "\(path)")
            }
            #expect(FileManager.default.fileExists(atPath: state.file("swap").path))
        }
    }

    /// A first build over an existing output (its manifest lost) that fails after writing its
    /// pages leaves that output as it was and no half-made second copy; fixed, it succeeds.
    @Test func aFailedFirstBuildLeavesTheOutputAndNoHalfCopy() throws {
        try withSite { site, output in
            _ = try helper.build(site, output: output)
            let state = StateFolder(siteDirectory: site.root, output: output)
            let before = snapshot(of: output)
            try FileManager.default.removeItem(at: state.file(BuildManifest.fileName))
            let third = site.root.appending(path: "Content/2020/02/third.md")
            let text = try Data(contentsOf: third)
            try FileManager.default.removeItem(at: third)
            // The ledger fails the build once every page is written: its URL is no longer made.
            let error = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: output) }
            #expect(error.diagnostics.first?.message.contains("is no longer built") == true)
            #expect(snapshot(of: output) == before)
            #expect(!FileManager.default.fileExists(atPath: state.shadow.path))
            #expect(!FileManager.default.fileExists(atPath: state.file("swap").path))
            try text.write(to: third)
            _ = try helper.build(site, output: output)
            #expect(snapshot(of: output) == before)
            #expect(inodes(of: output).values.allSatisfy { $0.links == 2 })
        }
    }

    /// Case 11: with every write failing for lack of space, one error, once.
    @Test func aFullDiskGivesOneError() throws {
        try withSite { site, output in
            let writer = try OutputWriter(state: StateFolder(siteDirectory: site.root, output: output), siteDirectory: site.root)
            defer { writer.discard() }
            for number in 0..<200 {
                // /dev/full fails every write with ENOSPC.
                try FileManager.default.createSymbolicLink(atPath: writer.staging.appending(path: "page-\(number).html").path,
                                                           withDestinationPath: "/dev/full")
            }
            let error = try #require(throws: DiagnosticsError.self) {
                try Parallel.forEach(200) { number throws(DiagnosticsError) in
                    try writer.write("page-\(number).html", "<p>\(number)</p>", owner: "page \(number)")
                }
            }
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.message.contains("No space left on device") == true)
        }
    }
}

/// Case 9: output collisions are compiler-style errors, all at once; odd file names are
/// shown escaped with the reason; Gazette's own names are not alias targets.
@Suite struct CollisionTests {
    let helper = BuildTests()

    /// The errors of building the test site with `files` added (`prepare` runs before the
    /// build), which must leave no output behind.
    func failedBuild(_ files: [String: String], prepare: (TemporarySite) -> Void = { _ in }) throws -> DiagnosticsError {
        let site = try helper.makeSite(files)
        defer { site.remove() }
        prepare(site)
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let error = try #require(throws: DiagnosticsError.self) { try helper.build(site, output: output) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        return error
    }

    @Test func everyCollisionIsReportedAtItsAlias() throws {
        let story = "---\ntitle: \"Clash\"\ndate: 2020-01-05T10:00:00Z\naliases:\n  - /index.html\n  - /feed.xml\n  - \"/rss.xml\"\n---\n\nText.\n"
        let error = try failedBuild(["Content/2020/01/clash.md": story])
        #expect(error.diagnostics.map(\.description) == [
            "Content/2020/01/clash.md:5:5: error: alias '/index.html' would replace a page Gazette makes itself",
            "Content/2020/01/clash.md:6:5: error: alias '/feed.xml' would replace a page Gazette makes itself",
            "Content/2020/01/clash.md:7:5: error: alias '/rss.xml' would replace a page Gazette makes itself",
        ])
    }

    @Test(arguments: ["/.gazette-output", "/.gazette-manifest", "/.gazette/state/x/manifest", "/a/%2Egazette-cache"])
    func gazettesOwnNamesAreNotAliasTargets(alias: String) throws {
        let story = "---\ntitle: \"Reserved\"\ndate: 2020-01-05T10:00:00Z\naliases: [\"\(alias)\"]\n---\n\nText.\n"
        let error = try failedBuild(["Content/2020/01/reserved.md": story])
        #expect(error.diagnostics.map(\.description) == [
            "Content/2020/01/reserved.md:4:11: error: alias '\(alias)' names a file Gazette keeps for itself (names starting with '.gazette' are never published)",
        ])
    }

    @Test func oddFileNamesAreShownEscapedWithTheReason() throws {
        let error = try failedBuild(["Content/2020/01/two\nlines.md": "---\ntitle: [broken\n---\nText.\n"]) { site in
            // A name in Latin-1, not UTF-8: "café.md" with é as the single byte E9.
            let bytes = Array(site.root.path.utf8) + Array("/Content/2020/01/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
            let descriptor = bytes.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
            #expect(descriptor >= 0)
            close(descriptor)
        }
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == error.diagnostics.count)
        #expect(lines.contains("Content/2020/01/caf\\xE9.md: error: file name is not valid UTF-8 (bytes shown as \\xNN); rename it"))
        #expect(lines.contains { $0.hasPrefix("Content/2020/01/two\\nlines.md:3:1: error: invalid YAML") }, "\(lines)")
    }
}
