/// Every URL the articles claim (their pages, their aliases, and the moved URLs the ledger
/// keeps for them). Each clash is reported in the same run, at the front-matter line that makes
/// the claim: the loader checks pages and aliases (``clashes(_:rules:)``, drafts included, so
/// publishing one later cannot clash), the plan the ledger's moved URLs (``redirects(_:rules:moved:)``). An alias that is
/// the article's own URL is dropped, not an error.
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
        /// Where it was asked for (the alias in front matter, the ledger's line), for errors.
        package var origin: Diagnostic? = nil
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

    /// What the checks read of an article that claims URLs: copying the whole article into
    /// each page's tuple cost more than the checks at 100,000 articles.
    package struct Claimant: Sendable {
        package var sourcePath: String
        package var urlPosition: SourcePosition?
        package var aliases: [String]
        package var aliasPositions: [SourcePosition]

        package init(_ article: Article) {
            sourcePath = article.sourcePath
            urlPosition = article.urlPosition
            aliases = article.aliases
            aliasPositions = article.aliasPositions
        }
    }

    /// Files the build always makes; no article or alias may take them.
    static let reserved: Set<String> = [
        "index.html", "404.html", "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "_redirects",
        "nginx-redirects.map", "archive/index.html", "tags/index.html", "section/index.html", "authors/index.html",
    ]

    /// Every clash among `articles`: pages (``pageClashes(_:)``) and aliases
    /// (``redirects(_:rules:moved:)``), all in one list.
    package static func clashes(_ articles: [Article], rules: PermalinkRules) -> [Diagnostic] {
        let pages = Parallel.map(articles.count) { index in
            let place = rules.place(articles[index])
            return (article: Claimant(articles[index]), url: place.url, file: place.file)
        }
        do {
            _ = try redirects(pages, rules: rules, moved: [])
            return pageClashes(pages)
        } catch {
            return pageClashes(pages) + error.diagnostics
        }
    }

    /// One error per article whose page another article also makes, naming the others, or
    /// that would replace a page Gazette makes itself; at the line of its `url` when it has one.
    static func pageClashes(_ pages: [(article: Claimant, url: String, file: String)]) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var clashing: Set<String> = []
        first.reserveCapacity(pages.count)
        // By index, not `enumerated()`: that would copy every page.
        for index in pages.indices {
            let file = pages[index].file
            if first.updateValue(index, forKey: file) != nil || reserved.contains(file) { clashing.insert(file) }
        }
        guard !clashing.isEmpty else { return [] }
        let groups = Dictionary(grouping: pages.filter { clashing.contains($0.file) }, by: \.file)
        var diagnostics: [Diagnostic] = []
        for (_, group) in groups {
            let paths = group.map(\.article.sourcePath).sorted()
            for (article, url, _) in group {
                let others = paths.filter { $0 != article.sourcePath }.joined(separator: ", ")
                let message = others.isEmpty
                    ? "URL '/\(url)' is a page Gazette makes itself; choose another"
                    : "duplicate permalink '/\(url)': also used by \(others)"
                diagnostics.append(Diagnostic(path: article.sourcePath, line: article.urlPosition?.line ?? 1,
                                              column: article.urlPosition?.column ?? 1, message))
            }
        }
        return diagnostics
    }

    /// The redirects to write for `pages` (each article with its URL and file, as placed;
    /// their pages do not clash), or every clash of an alias or moved URL with a page or with
    /// another article's redirect.
    package static func redirects(
        _ pages: [(article: Claimant, url: String, file: String)], rules: PermalinkRules, moved: [Moved]
    ) throws(DiagnosticsError) -> [Redirect] {
        var problems: [Diagnostic] = []
        var owners: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        owners.reserveCapacity(pages.count)
        bySource.reserveCapacity(pages.count)
        // By index, not `enumerated()`: that would copy every page, twice.
        for index in pages.indices {
            let file = pages[index].file
            if owners[file] == nil { owners[file] = index }
            bySource[pages[index].article.sourcePath] = index
        }
        let place = { (index: Int) -> String in
            let article = pages[index].article
            return article.sourcePath + (article.urlPosition.map { ":\($0.line)" } ?? "")
        }
        var redirects: [String: Redirect] = [:]
        var aliasPlace: [String: String] = [:]
        for index in pages.indices where !pages[index].article.aliases.isEmpty {
            let page = pages[index], article = page.article
            for (number, written) in article.aliases.enumerated() {
                let position = number < article.aliasPositions.count ? article.aliasPositions[number] : SourcePosition(line: 1, column: 1)
                let at = { (message: String) in
                    Diagnostic(path: article.sourcePath, line: position.line, column: position.column, message)
                }
                guard let alias = rules.aliasURL(written, of: page.url), !alias.isEmpty else {
                    problems.append(at("alias '\(written)' climbs above the site's root from the page's folder"))
                    continue
                }
                let file = PublishedPath.file(of: alias)
                if file == page.file { continue }
                if reserved.contains(file) {
                    problems.append(at("alias '/\(alias)' would replace a page Gazette makes itself"))
                } else if let owner = owners[file] {
                    problems.append(at("alias '/\(alias)' is the URL of \(place(owner)); a redirect cannot replace a page"))
                } else if let other = redirects[file] {
                    if other.target != index {
                        problems.append(at("alias '/\(alias)' is also an alias of \(aliasPlace[file] ?? other.owner)"))
                    }
                } else {
                    redirects[file] = Redirect(url: alias, file: file, target: index, owner: article.sourcePath + " (alias)", origin: at(""))
                    aliasPlace[file] = "\(article.sourcePath):\(position.line)"
                }
            }
        }
        for keep in moved {
            let file = PublishedPath.file(of: keep.url)
            if owners[file] != nil || redirects[file] != nil { continue }  // answered again; the ledger is updated
            guard let target = bySource[keep.source] else {
                problems.append(Diagnostic(path: keep.path, line: keep.line, column: 1,
                    "'/\(keep.url)' is kept as moved to \(keep.source), which this build does not publish; point it at another article or mark it gone"))
                continue
            }
            redirects[file] = Redirect(url: keep.url, file: file, target: target, owner: keep.source + " (moved)",
                                       origin: Diagnostic(path: keep.path, line: keep.line, column: 1, ""))
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return redirects.values.sorted { $0.file < $1.file }
    }
}
