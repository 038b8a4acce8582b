import Foundation
import GazetteContent
import GazetteRender

// Writes imported articles so that importing again is safe: a file is written only when its
// content changed, and never when it was edited since the import that wrote it (unless
// forced). Each file carries `import_hash`, the hash of the file as imported without that
// line; a file whose hash no longer matches, or that has none, was edited by someone.
struct ArticleFileWriter {
    let siteDirectory: URL
    // A copy of `wp-content/uploads`: referenced files are copied into the article's folder.
    let uploads: URL?
    let force: Bool

    static let hashKey = "import_hash"

    func write(_ article: ImportedArticle, summary: inout ImportSummary) throws(DiagnosticsError) {
        var article = article
        var copies: [(from: URL, name: String)] = []
        if let uploads { copies = bundleUploads(of: &article, from: uploads, summary: &summary) }
        let relativePath = copies.isEmpty ? article.basePath + ".html" : article.basePath + "/index.html"
        let text = Self.fileText(article)
        let url = siteDirectory.appending(path: relativePath)
        let existing = FileManager.default.contents(atPath: url.path)
        if let existing {
            let old = String(decoding: existing, as: UTF8.self)
            if old == text {
                summary.unchanged += 1
                return
            }
            if !force && !Self.isUnedited(old) {
                summary.keptEdited.append(relativePath)
                return
            }
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // A new file is written in place; a replaced one through a temporary file, so an
            // interrupted import never leaves half an article.
            try Self.writeBytes(text, to: url.path, replacing: existing != nil)
            for copy in copies {
                let target = url.deletingLastPathComponent().appending(path: copy.name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: copy.from, to: target)
                summary.copiedUploads += 1
            }
        } catch {
            throw DiagnosticsError([Diagnostic(path: relativePath, "cannot write the file: \((error as? WriteFailure)?.description ?? error.localizedDescription)")])
        }
        summary.written += 1
        removeOtherForm(of: article, keeping: relativePath)
    }

    // An article imported before as `slug.html` and now as `slug/index.html` (or the other
    // way round, as `--uploads` was added or dropped) would publish twice: the older form
    // goes, unless it was edited since.
    private func removeOtherForm(of article: ImportedArticle, keeping relativePath: String) {
        let other = relativePath.hasSuffix("/index.html") ? article.basePath + ".html" : article.basePath + "/index.html"
        let url = siteDirectory.appending(path: other)
        guard let data = FileManager.default.contents(atPath: url.path),
              Self.isUnedited(String(decoding: data, as: UTF8.self))
        else { return }
        try? FileManager.default.removeItem(at: url)
    }

    // The file: front matter with the import hash as its last key, then the body.
    static func fileText(_ article: ImportedArticle) -> String {
        let lines = article.frontMatter.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
        let unhashed = "---\n\(lines)\n---\n\(article.body)"
        return "---\n\(lines)\n\(hashKey): \"\(hash(of: unhashed))\"\n---\n\(article.body)"
    }

    // Whether `text` is still exactly what an import wrote: its `import_hash` matches the
    // text without that line.
    static func isUnedited(_ text: String) -> Bool {
        let marker = "\n\(hashKey): \""
        guard let start = text.utf8Range(of: marker), let end = text[start.upperBound...].utf8Range(of: "\"\n") else { return false }
        let stored = text[start.upperBound..<end.lowerBound]
        let without = String(text[..<start.lowerBound]) + "\n" + text[end.upperBound...]
        return stored == hash(of: without)
    }

    static func hash(of text: String) -> String {
        var hash = StableHash()
        hash.add(text)
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
