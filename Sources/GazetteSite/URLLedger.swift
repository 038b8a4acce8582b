import Foundation
import GazetteContent
import GazettePlan

/// `published-urls.txt` in the site folder: every URL the site has published, one a line,
/// sorted, with the source that last produced it (`/2019/03/07/bridge.html<TAB>Content/…md`).
/// It is a plain file the user commits with the content, so it survives a deleted output
/// folder and its changes show in review. Each build adds its new URLs; a URL it no longer
/// makes fails the build (``missing(from:)``) until it is kept (an alias, or
/// `--keep-moved`, which records `Content/….md (moved)`: the build then writes a redirect to
/// that article wherever it now is) or dropped on purpose (`--accept-gone` records `gone`).
struct URLLedger: Equatable {
    static let fileName = "published-urls.txt"
    static let header = """
        # Every URL this site has published, with the source that last made it. Gazette adds new
        # URLs at each build and fails when one is no longer made. Commit this file.

        """

    /// Source by URL (`/tags/flood/`).
    var sources: [String: String] = [:]
    /// Line of each URL in the file as read, for messages.
    var lines: [String: Int] = [:]

    static let gone = "gone"
    static let movedSuffix = " (moved)"

    /// Reads the ledger of `siteDirectory`; a missing file is an empty ledger.
    static func load(siteDirectory: URL) throws(DiagnosticsError) -> URLLedger {
        var ledger = URLLedger()
        guard let data = FileManager.default.contents(atPath: siteDirectory.appending(path: fileName).path) else { return ledger }
        var problems: [Diagnostic] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, fields[0].hasPrefix("/") else {
                problems.append(Diagnostic(path: fileName, line: number + 1, column: 1, "expected '/url<TAB>source', found '\(line)'"))
                continue
            }
            ledger.sources[String(fields[0])] = String(fields[1])
            ledger.lines[String(fields[0])] = number + 1
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return ledger
    }

    /// The file's text: the header, then every URL in byte order.
    var text: String {
        // Built as bytes, made a string once: appending to a String four times a line cost
        // as much as the sort at 160,000 lines.
        var bytes = Array(URLLedger.header.utf8)
        bytes.reserveCapacity(sources.count * 80)
        for url in sources.keys.sorted(by: ByteOrder.precedes) {
            bytes += url.utf8
            bytes.append(UInt8(ascii: "\t"))
            bytes += sources[url]!.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The URLs kept as redirects to an article, for the plan.
    var moved: [URLClaims.Moved] {
        sources.compactMap { url, source in
            guard source.hasSuffix(URLLedger.movedSuffix) else { return nil }
            return URLClaims.Moved(url: String(url.dropFirst()), source: String(source.dropLast(URLLedger.movedSuffix.count)),
                                   path: URLLedger.fileName, line: lines[url] ?? 1)
        }.sorted { $0.url < $1.url }
    }

    /// The source article of a ledger source (`Content/x.md (alias)` -> `Content/x.md`), when it is one.
    static func article(of source: String) -> String? {
        guard source.hasPrefix(ArchiveLoader.contentFolder + "/") else { return nil }
        if let space = source.range(of: " (") { return String(source[..<space.lowerBound]) }
        return source
    }

    /// The URL an output file answers: `tags/x/index.html` -> `/tags/x/`.
    static func url(ofFile file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }

    /// The published URLs among the files a build claimed, with their sources: everything but
    /// the built-in theme's own files, the redirect files, sitemap parts and dotfiles. Old URLs
    /// that `_redirects` or the nginx map answers count without an HTML page.
    static func published(
        _ claims: [String: String], redirects: [URLClaims.Redirect], formats: Set<RedirectFormat>
    ) -> [String: String] {
        var result: [String: String] = [:]
        if formats.contains(.netlify) || formats.contains(.nginx) {
            for redirect in redirects { result["/" + redirect.url] = redirect.owner }
        }
        for (file, owner) in claims {
            // The search index's data files are read by the search page's script, not linked:
            // their names change with the index.
            if owner.hasPrefix("built-in ") || owner == "redirects" || owner == "search index" || file.hasPrefix(".") { continue }
            if owner == "sitemap" && file != "sitemap.xml" { continue }
            result[url(ofFile: file)] = owner
        }
        return result
    }
}
