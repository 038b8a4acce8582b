/// What an import did, for the closing report. Lists are sorted, so the report is the same
/// on every run.
public struct ImportSummary: Sendable, Equatable {
    public var posts = 0
    public var drafts = 0
    public var pages = 0
    public var attachments = 0
    public var authors = 0
    public var comments = 0
    /// Files written, left as they were (same content), and kept because they were edited
    /// since the last import (not overwritten without `--force`).
    public var written = 0
    public var unchanged = 0
    public var keptEdited: [String] = []
    /// Upload files copied into article bundles.
    public var copiedUploads = 0
    /// Files under `--uploads` that bodies or featured images point to but that are not there.
    public var missingUploads: Set<String> = []
    /// Why items were left out, with how many.
    public var skipped: [String: Int] = [:]
    /// Shortcodes left as written in bodies, by name, with how many.
    public var unknownShortcodes: [String: Int] = [:]

    public init() {}

    /// The report, one fact a line.
    public var lines: [String] {
        var lines = ["posts: \(posts) (\(drafts) of them drafts, pending or private: draft: true), pages: \(pages) (type: page)"]
        lines.append("files: \(written) written, \(unchanged) unchanged, \(keptEdited.count) kept because edited since the last import")
        for path in keptEdited.sorted().prefix(20) { lines.append("  kept: \(path) (--force overwrites it)") }
        if keptEdited.count > 20 { lines.append("  … and \(keptEdited.count - 20) more") }
        lines.append("attachments: \(attachments) (featured images, captions, credits and galleries come from them)")
        lines.append("authors: \(authors) (display names written into articles; logins and e-mail addresses dropped: Gazette has no authors file)")
        if comments > 0 { lines.append("comments: \(comments) not imported (a static archive has no comments)") }
        if copiedUploads > 0 { lines.append("uploads: \(copiedUploads) files copied into article folders") }
        if !missingUploads.isEmpty {
            lines.append("uploads missing: \(missingUploads.count) (their URLs are kept as they were)")
            for path in missingUploads.sorted().prefix(20) { lines.append("  missing: \(path)") }
            if missingUploads.count > 20 { lines.append("  … and \(missingUploads.count - 20) more") }
        }
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) { lines.append("skipped: \(count) \(reason)") }
        if !unknownShortcodes.isEmpty {
            let list = unknownShortcodes.sorted { $0.key < $1.key }.map { "[\($0.key)] ×\($0.value)" }
            lines.append("shortcodes left as text: " + list.joined(separator: ", "))
        }
        return lines
    }
}
