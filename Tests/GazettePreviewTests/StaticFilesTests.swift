import Foundation
import GazettePreview
import GazetteTestSupport
import Testing

/// The request-path mapping of `gazette serve`, without sockets.
@Suite struct StaticFilesTests {
    /// An output folder with a page, a folder page, a folder without an index, an asset with a
    /// space in its name, the marker file, and a secret beside the output.
    static func withOutput(_ body: (StaticFiles, URL) throws -> Void) throws {
        let site = try TemporarySite([
            "out/index.html": "<p>home</p>", "out/2019/03/07/bridge.html": "<p>bridge</p>",
            "out/tags/flood/index.html": "<p>flood</p>", "out/empty/readme.txt": "x",
            "out/files/a b.pdf": "%PDF", "out/.gazette-output": "", "secret.txt": "secret",
            "out/.gazette-manifest": "m", "out/.gazette-cache": "c", "out/.gazette-quick": "q", "out/.gazette/state/lock": "1",
            "out/2019/.gazette-cache": "c",
        ])
        defer { site.remove() }
        try body(StaticFiles(root: site.root.appending(path: "out")), site.root.appending(path: "out"))
    }

    @Test(arguments: [
        ("/", "index.html"),
        ("/2019/03/07/bridge.html", "2019/03/07/bridge.html"),
        ("/tags/flood/", "tags/flood/index.html"),
        ("//tags//flood/", "tags/flood/index.html"),
        ("/files/a%20b.pdf", "files/a b.pdf"),
    ])
    func servesFiles(path: String, file: String) throws {
        try Self.withOutput { files, root in
            #expect(files.resolve(path) == .file(root.appending(path: file).standardizedFileURL, relativePath: file))
        }
    }

    @Test(arguments: [("/tags/flood", "/tags/flood/"), ("/tags", "/tags/"), ("//tags", "/tags/"), ("/files", "/files/")])
    func redirectsFoldersToTheirSlash(path: String, location: String) throws {
        try Self.withOutput { files, _ in #expect(files.resolve(path) == .redirect(location)) }
    }

    @Test(arguments: [
        "/nope.html", "/empty/", "/2019/03/07/bridge.html/", "/.gazette-output", "/secret.txt",
        "/.gazette-manifest", "/.gazette-cache", "/.gazette-quick", "/.gazette/state/lock", "/2019/.gazette-cache",
    ])
    func missingIsNotFound(path: String) throws {
        try Self.withOutput { files, _ in #expect(files.resolve(path) == .notFound) }
    }

    @Test(arguments: [
        "/../secret.txt", "/..", "/tags/../../secret.txt", "/./index.html",
        "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e/index.html",
        "/tags%2f..%2f..%2fsecret.txt", "/tags%2F..%2F..%2Fsecret.txt", "/tags%5c..%5csecret.txt",
        "/index.html%00.txt", "/%ff%fe", "relative.html", "",
    ])
    func escapesAreBadRequests(path: String) throws {
        try Self.withOutput { files, _ in #expect(files.resolve(path) == .badRequest) }
    }

    @Test func symbolicLinkOutOfTheOutputIsNotFollowed() throws {
        try Self.withOutput { files, root in
            try FileManager.default.createSymbolicLink(
                at: root.appending(path: "leak.txt"), withDestinationURL: root.deletingLastPathComponent().appending(path: "secret.txt"))
            #expect(files.resolve("/leak.txt") == .notFound)
        }
    }

    @Test(arguments: [
        ("a.html", "text/html; charset=utf-8"), ("style.CSS", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("logo.svg", "image/svg+xml"), ("p.png", "image/png"),
        ("p.jpg", "image/jpeg"), ("p.jpeg", "image/jpeg"), ("p.gif", "image/gif"), ("p.webp", "image/webp"),
        ("feed.xml", "application/xml"), ("data.json", "application/json"), ("robots.txt", "text/plain; charset=utf-8"),
        ("paper.pdf", "application/pdf"), ("font.woff2", "font/woff2"), ("noextension", "application/octet-stream"),
        ("v1.2/file", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(MediaType.forPath(path) == type)
    }
}
