import Foundation
import Testing

/// `gazette serve` answers one byte range of a file, as static hosts do, so that the search
/// page's script reads only the parts of the index it needs from the preview too.
@Suite struct ServeRangeTests {
    /// A 26-byte asset, so every range is easy to check by eye.
    static func site() -> TemporaryFolder {
        TemporaryFolder([
            "site.yml": "title: Range Test\n",
            "Content/2020/01/tide.md": "---\ntitle: Tide\ndate: 2020-01-02T09:00:00Z\n---\n\nText.\n",
            "Public/letters.txt": "abcdefghijklmnopqrstuvwxyz",
        ])
    }

    @Test func answersOneRangeWith206AndTheWholeFileOtherwise() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let probe = server.probe
        let whole = try probe.get("/letters.txt")
        #expect(whole.status == 200 && whole.body == "abcdefghijklmnopqrstuvwxyz", "\(server.output)")
        #expect(whole.headers["accept-ranges"] == "bytes")

        for (range, body, contentRange) in [
            ("bytes=2-5", "cdef", "bytes 2-5/26"), ("bytes=20-", "uvwxyz", "bytes 20-25/26"),
            ("bytes=-3", "xyz", "bytes 23-25/26"), ("bytes=24-99", "yz", "bytes 24-25/26"), ("bytes=-40", "abcdefghijklmnopqrstuvwxyz", "bytes 0-25/26"),
        ] {
            let part = try probe.send("GET", "/letters.txt", fields: ["Range: \(range)"])
            #expect(part.status == 206, "\(range)")
            #expect(part.body == body, "\(range)")
            #expect(part.headers["content-range"] == contentRange, "\(range)")
            #expect(part.headers["content-length"] == String(body.utf8.count), "\(range)")
        }

        let head = try probe.send("HEAD", "/letters.txt", fields: ["Range: bytes=0-9"])
        #expect(head.status == 206 && head.headers["content-length"] == "10" && head.body.isEmpty)

        for range in ["bytes=26-", "bytes=30-40", "bytes=-0"] {
            let refused = try probe.send("GET", "/letters.txt", fields: ["Range: \(range)"])
            #expect(refused.status == 416, "\(range)")
            #expect(refused.headers["content-range"] == "bytes */26", "\(range)")
        }
        // Not understood, or several ranges: ignored, the whole file sent (RFC 9110 §14.2).
        for range in ["bytes=5-2", "bytes=0-1,4-5", "items=0-1", "bytes=a-b", "bytes=-"] {
            let ignored = try probe.send("GET", "/letters.txt", fields: ["Range: \(range)"])
            #expect(ignored.status == 200 && ignored.body.count == 26, "\(range)")
        }
    }

    /// A page is sent whole whatever the header says: the live-reload script is added to it.
    @Test func pagesAreSentWhole() throws {
        let site = Self.site()
        let server = try ServerProcess(site: site.url)
        defer { server.stop(); site.remove() }
        let page = try server.probe.send("GET", "/", fields: ["Range: bytes=0-9"])
        #expect(page.status == 200 && page.body.contains("Range Test"))
    }
}
