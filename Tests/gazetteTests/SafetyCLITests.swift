import Foundation
import GazetteOutput
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary under a kill, a second build and a memory cap (issue 11).
@Suite struct SafetyCLITests {
    /// A site of `count` articles titled by `site.yml`'s `title`.
    static func archive(_ count: Int, title: String) -> TemporaryFolder {
        var files = ["site.yml": "title: \(title)\nbase_url: https://example.org/\n"]
        for number in 0..<count {
            let day = number % 28 + 1, month = number / 28 % 12 + 1
            files["Content/2020/\(month)/story-\(number).md"] =
                "---\ntitle: Story \(number)\ndate: 2020-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T10:00:00Z\ntags: [t\(number % 7)]\n---\n\nBody \(number).\n"
        }
        return TemporaryFolder(files)
    }

    /// The site titles found in the output's HTML pages.
    static func titles(in output: URL) -> Set<String> {
        var titles: Set<String> = []
        let walker = FileManager.default.enumerator(atPath: output.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".html"), let text = try? String(contentsOf: output.appending(path: path), encoding: .utf8) else { continue }
            for name in ["Old Gazette", "New Gazette"] where text.contains(name) { titles.insert(name) }
        }
        return titles
    }

    /// Case 4: a build killed at any moment leaves the old site or the new one, never a mix.
    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOne() throws {
        let site = Self.archive(400, title: "Old Gazette")
        defer { site.remove() }
        let built = try GazetteBinary.run(["build", "--quiet"], in: site.url)
        #expect(built.status == 0, "\(built.stderr)")
        let output = site.url.appending(path: "_site")
        var outcomes: Set<Set<String>> = []
        for (round, delay) in [20_000, 60_000, 120_000, 200_000, 300_000, 450_000, 700_000].enumerated() {
            site.write("site.yml", "title: \(round % 2 == 0 ? "New" : "Old") Gazette\nbase_url: https://example.org/\n")
            let logs = TemporaryFolder()
            defer { logs.remove() }
            let process = try GazetteBinary.start(["build", "--quiet"], in: site.url,
                                                  stdout: logs.url.appending(path: "out"), stderr: logs.url.appending(path: "err"))
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let titles = Self.titles(in: output)
            #expect(titles.count == 1, "round \(round): pages with \(titles.sorted())")
            outcomes.insert(titles)
        }
        // Afterwards builds work as ever: a full, correct site.
        let after = try GazetteBinary.run(["build", "--quiet"], in: site.url)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(Self.titles(in: output) == ["New Gazette"])
    }

    /// Case 6: a second build refuses while the lock is held, or waits with `--wait`.
    @Test func aSecondBuildRefusesOrWaits() throws {
        let site = Self.archive(3, title: "Old Gazette")
        defer { site.remove() }
        let state = StateFolder(siteDirectory: site.url, output: site.url.appending(path: "_site"))
        var lock: BuildLock? = try BuildLock(state, wait: false)
        let refused = try GazetteBinary.run(["build"], in: site.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: another build (process \(getpid())) is writing this output"))
        #expect(refused.stderr.contains("--wait"))
        #expect(!FileManager.default.fileExists(atPath: site.url.appending(path: "_site").path))

        let logs = TemporaryFolder()
        defer { logs.remove() }
        let waiting = try GazetteBinary.start(["build", "--wait"], in: site.url,
                                              stdout: logs.url.appending(path: "out"), stderr: logs.url.appending(path: "err"))
        usleep(500_000)
        #expect(waiting.isRunning)
        withExtendedLifetime(lock) { lock = nil }
        let deadline = Date().addingTimeInterval(60)
        while waiting.isRunning && Date() < deadline { usleep(10_000) }
        #expect(waiting.terminationStatus == 0)
        #expect(logs.read("err")?.contains("Waiting for the build of process \(getpid()) to finish") == true)
        #expect(FileManager.default.fileExists(atPath: site.url.appending(path: "_site/index.html").path))
    }

    /// Case 3: 381 bytes of nested aliases fail within 1 GiB of memory and 1 s of CPU time.
    @Test func billionLaughsFailUnderAMemoryCap() throws {
        var yaml = "---\ntitle: Laughs\ndate: 2020-01-09\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let site = TemporaryFolder(["site.yml": "title: T\n", "Content/2020/laughs.md": yaml + "---\nBody.\n"])
        defer { site.remove() }
        let binary = GazetteBinary.url.path.replacingOccurrences(of: "'", with: "'\\''")
        // `ulimit -v` caps the build's address space at 1 GiB (unbounded, it grew to 15 GB);
        // `ulimit -t` its CPU time at 1 s: past either, the kernel stops it and the test fails.
        let result = try GazetteBinary.run(["-c", "ulimit -v 1048576 && ulimit -t 1 && exec '\(binary)' build"], in: site.url, timeout: 20, executable: "/bin/sh")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/2020/laughs.md:4:"))
        #expect(result.stderr.contains("error: front matter too large"))
    }
}
