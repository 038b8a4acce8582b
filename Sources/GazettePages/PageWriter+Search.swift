import Foundation
import Synchronization
import GazetteContent
import GazetteOutput
import GazettePlan
import GazetteSearch

extension PageWriter {
    /// The search index (``SearchIndexer``) and the `/search/` page, unless `search: false`.
    /// The index's files share one fingerprint, of the index's layout and every article with
    /// its body: when neither changed they are all kept; otherwise the index is built again
    /// and the writer rewrites only the files whose bytes changed.
    package func writeSearch() throws(DiagnosticsError) {
        guard site.config.search else { return }
        let owner = "search index"
        let urlsKey = Self.searchURLsKey(site.entries)
        let key = Self.searchKey(siteKey: site.siteKey, urlsKey: urlsKey, contentKeys: site.contentKeys)
        let root = "search/index.json"
        if try writer.keepIfCurrent(root, fingerprint: key, owner: owner) {
            for path in writer.previousFiles(under: "search/") where path != root && !path.hasSuffix(".html") {
                _ = try writer.keepIfCurrent(path, fingerprint: key, owner: owner)
            }
        } else {
            let documents = site.entries.map(Self.searchDocument)
            // Written as they are made: the index's bytes are never all in memory together.
            let failure = Mutex<DiagnosticsError?>(nil)
            let writer = writer, fingerprint = key
            let words = SearchIndexer(documents: documents, body: body).write { file in
                do throws(DiagnosticsError) {
                    try writer.write(file.path, data: Data(file.bytes), owner: owner, fingerprint: fingerprint)
                } catch {
                    failure.withLock { $0 = DiagnosticsError(($0?.diagnostics ?? []) + error.diagnostics) }
                }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            writeSearchState(words, fingerprint: key, urlsKey: urlsKey)
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
}
