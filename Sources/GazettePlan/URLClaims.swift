import GazetteContent

/// Every URL the articles claim (their pages, their aliases, and the moved URLs the ledger
/// keeps for them), checked together so that each clash is reported in one run, at the line
/// that makes the claim. An alias that is the article's own URL is dropped, not an error.
package enum URLClaims {
    /// A redirect from an old URL to an article.
    package struct Redirect: Sendable, Hashable {
        /// The old URL, normalised (`news/bridge.html`, `releases/1.88.0/`).
        package var url: String
        /// The file that answers it.
        package var file: String
        /// The article it leads to, by index in the plan.
        package var target: Int
        /// Who asked for it: `Content/x.md (alias)` or `published-urls.txt:12 (moved)`.
        package var owner: String
    }

    /// A URL the ledger keeps as a redirect to the article now made from `source`.
    package struct Moved: Sendable, Hashable {
        package var url: String
        package var source: String
        /// Where the ledger says so (`published-urls.txt`, line).
        package var path: String
        package var line: Int

        package init(url: String, source: String, path: String, line: Int) {
            self.url = url
            self.source = source
            self.path = path
            self.line = line
        }
    }

    /// Files the build always makes; no article or alias may take them.
    static let reserved: Set<String> = [
        "index.html", "404.html", "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "_redirects",
        "nginx-redirects.map", "archive/index.html", "tags/index.html", "section/index.html", "authors/index.html",
    ]

    /// The redirects to write, or every clash found.
    package static func check(_ entries: [ArticleEntry], moved: [Moved]) throws(DiagnosticsError) -> [Redirect] {
        var problems: [Diagnostic] = []
        var pages: [String: Int] = [:]
        let place = { (index: Int) -> String in
            let article = entries[index].article
            let line = article.urlPosition?.line
            return article.sourcePath + (line.map { ":\($0)" } ?? "")
        }
        for (index, entry) in entries.enumerated() {
            let article = entry.article
            let at = { (message: String) in
                Diagnostic(path: article.sourcePath, line: article.urlPosition?.line ?? 1, column: article.urlPosition?.column ?? 1, message)
            }
            if reserved.contains(entry.file) {
                problems.append(at("URL '/\(entry.url)' is a page Gazette makes itself; choose another"))
            } else if let first = pages[entry.file] {
                problems.append(at("URL '/\(entry.url)' is also the URL of \(place(first))"))
            } else {
                pages[entry.file] = index
            }
        }
        var redirects: [String: Redirect] = [:]
        var aliasPlace: [String: String] = [:]
        for (index, entry) in entries.enumerated() {
            let article = entry.article
            for (number, alias) in article.aliases.enumerated() {
                let file = PublishedPath.file(of: alias)
                let position = number < article.aliasPositions.count ? article.aliasPositions[number] : SourcePosition(line: 1, column: 1)
                let at = { (message: String) in
                    Diagnostic(path: article.sourcePath, line: position.line, column: position.column, message)
                }
                if file == entry.file { continue }
                if reserved.contains(file) {
                    problems.append(at("alias '/\(alias)' would replace a page Gazette makes itself"))
                } else if let page = pages[file] {
                    problems.append(at("alias '/\(alias)' is the URL of \(place(page)); a redirect cannot replace a page"))
                } else if let other = redirects[file] {
                    if other.target != index {
                        problems.append(at("alias '/\(alias)' is also an alias of \(aliasPlace[file] ?? other.owner)"))
                    }
                } else {
                    redirects[file] = Redirect(url: alias, file: file, target: index, owner: article.sourcePath + " (alias)")
                    aliasPlace[file] = "\(article.sourcePath):\(position.line)"
                }
            }
        }
        var bySource: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { bySource[entry.article.sourcePath] = index }
        for keep in moved {
            let file = PublishedPath.file(of: keep.url)
            if pages[file] != nil || redirects[file] != nil { continue }  // answered again; the ledger is updated
            guard let target = bySource[keep.source] else {
                problems.append(Diagnostic(path: keep.path, line: keep.line, column: 1,
                    "'/\(keep.url)' is kept as moved to \(keep.source), which this build does not publish; point it at another article or mark it gone"))
                continue
            }
            redirects[file] = Redirect(url: keep.url, file: file, target: target, owner: keep.source + " (moved)")
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return redirects.values.sorted { $0.file < $1.file }
    }
}
