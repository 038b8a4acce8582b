import Foundation
import GazetteContent

/// Imports a WordPress export (WXR) into a site's `Content/`: one `.html` article per post
/// (`Content/YYYY/MM/slug.html`) and per page (`Content/pages/slug.html`, `type: page`).
///
/// The file is read twice, streaming: the first pass checks that it is well-formed XML and
/// gathers authors and attachments (so featured images and galleries resolve wherever their
/// items come); the second converts and writes the posts one at a time. A malformed file
/// fails the first pass, before anything is written.
public struct WordPressImport {
    /// The export file.
    public var export: URL
    /// How the export is named in messages (`export.xml`).
    public var displayPath: String
    /// The site folder, holding `site.yml` (optional) and `Content/`.
    public var siteDirectory: URL
    /// A copy of the old site's `wp-content/uploads`, to copy referenced files from.
    public var uploads: URL?
    /// Category names to prefer as a post's section; empty: the site's `sections`, else the first category.
    public var sectionNames: [String] = []
    /// Overwrite files edited since the last import.
    public var force = false

    public init(export: URL, displayPath: String, siteDirectory: URL) {
        self.export = export
        self.displayPath = displayPath
        self.siteDirectory = siteDirectory
    }

    public func run() throws(DiagnosticsError) -> ImportSummary {
        let config = try SiteConfig.load(siteDirectory: siteDirectory)
        var summary = ImportSummary()
        var authors: [String: WXRAuthor] = [:]
        var attachments = AttachmentIndex()
        let first = WXRReader()
        first.onAuthor = { authors[$0.login] = $0 }
        first.onItem = { item in if item.postType == "attachment" { attachments.add(item) } }
        try first.read(export, displayPath: displayPath)
        summary.authors = authors.count
        summary.attachments = attachments.count

        let converter = PostConverter(config: config, authors: authors, attachments: attachments,
                                      sectionNames: sectionNames.isEmpty ? config.sections.map(\.name) : sectionNames)
        let body = WordPressBody(attachments: attachments)
        let writer = ArticleFileWriter(siteDirectory: siteDirectory, uploads: uploads, force: force)
        var usedPaths: Set<String> = []
        var failure: DiagnosticsError?
        let second = WXRReader()
        second.onItem = { item in
            guard failure == nil else { return }
            summary.comments += item.commentCount
            if let reason = PostConverter.skipReason(item) {
                if item.postType != "attachment" { summary.skipped[reason, default: 0] += 1 }
                return
            }
            let html = body.convert(item.content, postID: item.postID, unknown: &summary.unknownShortcodes)
            guard let article = converter.convert(item, body: html, usedPaths: &usedPaths) else {
                summary.skipped["\(item.postType)s without a date", default: 0] += 1
                return
            }
            if article.isPage { summary.pages += 1 } else { summary.posts += 1 }
            if article.isDraft && !article.isPage { summary.drafts += 1 }
            do throws(DiagnosticsError) {
                try writer.write(article, summary: &summary)
            } catch {
                failure = error
            }
        }
        try second.read(export, displayPath: displayPath)
        if let failure { throw failure }
        return summary
    }
}
