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
}
