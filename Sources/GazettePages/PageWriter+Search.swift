import Foundation
import Synchronization
import GazetteContent
import GazetteOutput
import GazettePlan
import GazetteSearch

extension PageWriter {
    /// Starts reading the articles for the search index on a thread of its own
    /// (``SearchAnalysis``), for ``writeSearch(_:)`` to take; nil when search is off or the
    /// index is current (then nothing is read).
    package func startSearch() -> SearchAnalysis? {
        guard site.config.search else { return nil }
        let fingerprint = Self.searchKey(siteKey: site.siteKey, urlsKey: Self.searchURLsKey(site.entries), contentKeys: site.contentKeys)
        guard !writer.wasBuilt(Self.searchRoot, fingerprint: fingerprint) else { return nil }
        return SearchAnalysis(documents: site.entries.map(Self.searchDocument), body: body)
    }

    /// The search index (``SearchIndexer``) and the `/search/` page, unless `search: false`.
    /// The index's files share one fingerprint, of the index's layout and every article with
    /// its body: when neither changed they are all kept; otherwise the index is built again
    /// (from `started`'s analysis, or read here without one) and the writer rewrites only the
    /// files whose bytes changed.
    package func writeSearch(_ started: SearchAnalysis? = nil) throws(DiagnosticsError) {
        guard site.config.search else { return }
        let owner = "search index"
        let urlsKey = Self.searchURLsKey(site.entries)
        let fingerprint = Self.searchKey(siteKey: site.siteKey, urlsKey: urlsKey, contentKeys: site.contentKeys)
        let root = Self.searchRoot
        if try writer.keepIfCurrent(root, fingerprint: fingerprint, owner: owner) {
            started?.cancel()
            for path in writer.previousFiles(under: "search/") where path != root && !path.hasSuffix(".html") {
                _ = try writer.keepIfCurrent(path, fingerprint: fingerprint, owner: owner)
            }
        } else {
            let analysis = started?.take() ?? SearchIndexer(documents: site.entries.map(Self.searchDocument), body: body).analyze()
            // Written as they are made: the index's bytes are never all in memory together.
            let failure = Mutex<DiagnosticsError?>(nil)
            let writer = writer
            let words = analysis.write { file in
                do throws(DiagnosticsError) {
                    try writer.write(file.path, data: Data(file.bytes), owner: owner, fingerprint: fingerprint)
                } catch {
                    failure.withLock { $0 = DiagnosticsError(($0?.diagnostics ?? []) + error.diagnostics) }
                }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            writeSearchState(words, fingerprint: fingerprint, urlsKey: urlsKey)
        }
        var context = factory.common(file: "search/index.html", url: "search/", title: "Search",
                                          description: "Search every story of \(site.config.title).")
        if let host = URL(string: site.config.baseURL)?.host, host != "localhost", host != "127.0.0.1" {
            var query = URLComponents(string: "https://duckduckgo.com/")!
            query.queryItems = [URLQueryItem(name: "sites", value: host)]
            context["web_search"] = ["url": query.string ?? ""]
        }
        try write("search", context, to: "search/index.html", owner: "search page", fingerprint: site.pageKey(template: "search"))
    }

    private static let searchRoot = "search/index.json"
}
