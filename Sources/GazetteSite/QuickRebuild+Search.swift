import Foundation
import GazetteContent
import GazetteOutput
import GazettePages
import GazettePlan
import GazetteSearch

extension QuickRebuild {
    /// The search index after body edits, patched from the output's files and the state the
    /// last build left (``SearchPatch``): the files that change, every file of the index (the
    /// others are kept under the new fingerprint, which is the one a full build gives them),
    /// and the state to leave for the next edit.
    struct SearchUpdate {
        var files: [SearchFile]
        var paths: Set<String>
        /// The index's fingerprint before the edits, which the manifest must hold.
        var previous: UInt64
        var fingerprint: UInt64
        var state: SearchState
    }

    static let searchOwner = "search index"

    /// Nil when the index cannot be patched exactly: no state or one of another index, or a
    /// change the patch does not make (the full build then rebuilds the index).
    func searchUpdate(plan: SitePlan, local: [Int: Int], edited: [Int], contentKeys: [UInt64], siteKey: UInt64,
                      loader: ArchiveLoader) -> SearchUpdate? {
        guard var state = SearchState(folder: folder.url) else { return nil }
        let previous = state.fingerprint
        let output = folder.output.path
        let patch = SearchPatch { path in ByteFile.read(output + "/" + path) }
        guard let before = patch.paths(), state.documentCount == contentKeys.count else { return nil }
        let edits = edited.map { position in
            let entry = plan.entries[local[position]!]
            return SearchPatch.Edit(number: position, document: PageWriter.searchDocument(entry), body: loader.body(of: entry.article))
        }
        guard let files = patch.apply(edits, state: &state) else { return nil }
        state.fingerprint = PageWriter.searchKey(siteKey: siteKey, urlsKey: state.urlsKey, contentKeys: contentKeys)
        return SearchUpdate(files: files, paths: before.union(files.map(\.path)), previous: previous,
                            fingerprint: state.fingerprint, state: state)
    }

    /// Writes the changed files of the index and keeps the others under the new fingerprint.
    func write(_ search: SearchUpdate, to writer: OutputWriter) throws(DiagnosticsError) {
        var written = Set<String>()
        for file in search.files {
            try writer.write(file.path, data: Data(file.bytes), owner: Self.searchOwner, fingerprint: search.fingerprint)
            written.insert(file.path)
        }
        for path in search.paths.sorted() where !written.contains(path) {
            _ = writer.keep(path, fingerprint: search.fingerprint, owner: Self.searchOwner)
        }
    }
}
