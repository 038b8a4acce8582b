import Foundation
import GazettePreview
import GazetteSite
import Testing

/// `gazette serve` on a free port, spoken to over raw sockets.
@Suite struct ServeTests {
    static let article = "Content/2020/01/tide-tables-published.md"
    static let articleURL = "/2020/01/02/tide-tables-published.html"

    static func site() -> TemporaryFolder {
        TemporaryFolder([
            "site.yml": "title: Serve Test\n",
            article: "---\ntitle: Tide tables published\ndate: 2020-01-02T09:00:00Z\ntags: [harbour]\n---\n\nOriginal text.\n",
        ])
    }

    @Test func servesPagesAssetsFoldersAndNotFound() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let probe = server.probe

        let home = try probe.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("Serve Test"))
        #expect(home.body.contains(LiveReload.eventsPath), "the reload script is added")
        #expect(site.read("_site/index.html")?.contains(LiveReload.eventsPath) == false, "but not on disk")

        let article = try probe.get(Self.articleURL)
        #expect(article.status == 200)
        #expect(article.body.contains("Original text."))

        let css = try probe.get("/style.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")

        let folder = try probe.get("/tags")
        #expect(folder.status == 301 && folder.headers["location"] == "/tags/")
        #expect(try probe.get("/tags/").status == 200)

        let missing = try probe.get("/no/such/page.html")
        #expect(missing.status == 404)
        let notFoundPage = try #require(site.read("_site/404.html"))
        let shell = try #require(notFoundPage.range(of: "</body>", options: .backwards))
        #expect(missing.body.hasPrefix(String(notFoundPage[..<shell.lowerBound])), "the site's own 404 page")

        let head = try probe.send("HEAD", "/")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == String(home.body.utf8.count))
        #expect(head.body.isEmpty)

        #expect(try probe.send("POST", "/").status == 405)
    }

    @Test(arguments: ["/../site.yml", "/%2e%2e/site.yml", "/%2E%2E/%2e%2e/etc/passwd", "/tags/..%2f..%2fsite.yml", "/./index.html"])
    func refusesPathsThatClimbOut(path: String) throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let response = try server.probe.get(path)
        #expect(response.status == 400)
        #expect(!response.body.contains("Serve Test"))
    }

    @Test func anEditRebuildsAndTheServedPageShowsIt() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let probe = server.probe
        let first = try probe.send("GET", LiveReload.eventsPath, timeout: 5) { $0.contains("data: ") }
        #expect(first.headers["content-type"] == "text/event-stream")
        #expect(first.body.contains("event: build\ndata: 1\n"))

        site.write(Self.article, try #require(site.read(Self.article)).replacingOccurrences(of: "Original text.", with: "Edited text."))
        #expect(try eventually { try probe.get(Self.articleURL).body.contains("Edited text.") }, "\(server.output)")

        site.write("Templates/home.mustache", "{{#items}}never closed\n")
        #expect(try eventually { try probe.get("/").status == 500 }, "\(server.output)")
        let error = try probe.get("/")
        #expect(error.body.contains("Templates/home.mustache:2:1: error:"))
        #expect(error.body.contains(LiveReload.eventsPath), "the error page reloads itself")
        #expect(try probe.get("/style.css").status == 200, "assets are still served")

        try FileManager.default.removeItem(at: site.url.appending(path: "Templates/home.mustache"))
        #expect(try eventually { try probe.get("/").status == 200 }, "\(server.output)")
        #expect(server.output.contains("error:"), "the terminal shows the errors too")
    }

    /// Case 7: a client that stops sending mid-request is cut off, and the server still answers.
    @Test func aSlowClientIsDisconnected() throws {
        let site = Self.site()
        defer { site.remove() }
        let server = try ServerProcess(site: site.url, environment: ["GAZETTE_CLIENT_TIMEOUT": "1"])
        defer { server.stop() }
        let (received, closed) = try server.probe.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a", timeout: 20)
        #expect(closed)
        #expect(received.isEmpty)
        #expect(try server.probe.get("/").status == 200)
    }

    /// A GET with a request line of `line` bytes (at least 14, for `/`) and about `fields`
    /// bytes of extra header fields.
    static func oversized(line: Int = 0, fields: Int = 0) -> String {
        let path = "/" + String(repeating: "a", count: max(0, line - "GET / HTTP/1.1".count))
        let filler = String(repeating: "X-Filler: " + String(repeating: "b", count: 1_000) + "\r\n", count: fields / 1_012)
        return "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(filler)\r\n"
    }

    /// Case 7: a request line over 8 KB gets 414, a header block over 32 KB gets 431, each
    /// within a second and with the connection closed; the next request is served as usual.
    @Test(arguments: [(9 * 1_024, 0, "414 URI Too Long"), (0, 40 * 1_024, "431 Request Header Fields Too Large")])
    func anOversizedHeadIsRefusedAtOnce(line: Int, fields: Int, status: String) throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let (received, closed) = try server.probe.exchange(Self.oversized(line: line, fields: fields), timeout: 1)
        #expect(received.hasPrefix("HTTP/1.1 \(status)\r\n"), "\(received.prefix(200))")
        #expect(closed)
        #expect(try server.probe.send("GET", "/", timeout: 1).status == 200)
    }

    /// Heads at the limits are still served: an 8 KB request line, 31 KB of header fields.
    @Test func headsWithinTheLimitsAreServed() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let (longLine, _) = try server.probe.exchange(Self.oversized(line: 8 * 1_024), timeout: 5)
        #expect(longLine.hasPrefix("HTTP/1.1 404 "), "\(longLine.prefix(200))")
        let (manyFields, _) = try server.probe.exchange(Self.oversized(fields: 31 * 1_024), timeout: 5)
        #expect(manyFields.hasPrefix("HTTP/1.1 200 "), "\(manyFields.prefix(200))")
    }

    /// Several requests on one connection, sent together, are each answered in turn; a head
    /// that is not HTTP/1.x is refused.
    @Test func pipelinedRequestsAreAnsweredAndNonsenseRefused() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let (received, closed) = try server.probe.exchange(
            "GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nHEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", timeout: 5)
        #expect(received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(received.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3, "\(received.prefix(300))")
        #expect(received.hasSuffix("\r\n\r\n"), "HEAD has no body")
        #expect(closed)
        let (nonsense, _) = try server.probe.exchange("HELLO\r\n\r\n", timeout: 5)
        #expect(nonsense.hasPrefix("HTTP/1.1 400 "))
    }

    /// Case 7: a 1 MB header sent at once gets 431 quickly, the next request is answered
    /// within a second, and the server is idle afterwards rather than still reading it.
    @Test func aMegabyteHeaderLeavesNoWorkBehind() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "c", count: 1 << 20) + "\r\n\r\n"
        let (received, _) = try server.probe.exchange(request, timeout: 2)
        #expect(received.hasPrefix("HTTP/1.1 431 "), "\(received.prefix(200))")
        #expect(try server.probe.send("GET", "/", timeout: 1).status == 200)
        let before = try #require(server.processorSeconds)
        sleep(2)
        let used = try #require(server.processorSeconds) - before
        #expect(used < 0.5, "the server used \(used) s of processor time in 2 s of quiet")
    }
}
