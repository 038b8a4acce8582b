import Foundation
import GazetteContent
import GazettePlan
import GazetteSearch

extension PageWriter {
    /// The fingerprint every file of the search index shares: the site's settings, the
    /// index's layout, every article's URL in order (``searchURLsKey(_:)``) and every
    /// article's content key. The body-edit rebuild computes it again from its state.
    package static func searchKey(siteKey: UInt64, urlsKey: UInt64, contentKeys: some Sequence<UInt64>) -> UInt64 {
        var key = StableHash()
        key.add(siteKey)
        key.add(SearchIndexer.layoutVersion)
        key.add(urlsKey)
        for contentKey in contentKeys { key.add(contentKey) }
        return key.value
    }

    /// The hash of every published article's URL, oldest first.
    package static func searchURLsKey(_ entries: [ArticleEntry]) -> UInt64 {
        var key = StableHash()
        for entry in entries { key.add(entry.url) }
        return key.value
    }

    /// What the index knows of an article besides its body.
    package static func searchDocument(_ entry: ArticleEntry) -> SearchDocument {
        SearchDocument(url: entry.url, title: entry.article.title, subtitle: entry.article.subtitle, summary: entry.summary,
                       date: entry.article.date, section: entry.article.section, authors: entry.article.authors,
                       tags: entry.article.tags)
    }

    /// Leaves the words of a freshly built index in the state folder, for the next body edit
    /// (``SearchState``); the patches' file of the index before goes.
    func writeSearchState(_ words: SearchState.Words, fingerprint: UInt64, urlsKey: UInt64) {
        let folder = writer.stateFolder
        try? FileManager.default.removeItem(at: folder.file(SearchState.editsName))
        try? Data(SearchState.encoded(words, fingerprint: fingerprint, urlsKey: urlsKey)).write(to: folder.file(SearchState.fileName), options: .atomic)
    }
}
