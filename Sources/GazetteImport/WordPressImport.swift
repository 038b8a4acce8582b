import Foundation
import GazetteContent

/// Imports a WordPress export (WXR) into a site's `Content/`: one `.html` article per post
/// (`Content/YYYY/MM/slug.html`) and per page (`Content/pages/slug.html`, `type: page`).
///
/// The file is read twice, streaming: the first pass checks that it is well-formed XML and
/// gathers authors and attachments (so featured images and galleries resolve wherever their
/// items come); the second converts and writes the posts one at a time (``PostPipeline``). A
/// malformed file fails the first pass, before anything is written.
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
        first.readsBodies = false
        first.onAuthor = { authors[$0.login] = $0 }
        first.onItem = { item in if item.postType == "attachment" { attachments.add(item) } }
        try first.read(export, displayPath: displayPath)
        summary.authors = authors.count
        summary.attachments = attachments.count

        let converter = PostConverter(config: config, authors: authors, attachments: attachments,
                                      sectionNames: sectionNames.isEmpty ? config.sections.map(\.name) : sectionNames)
        let pipeline = PostPipeline(
            summary: summary, converter: converter, body: WordPressBody(attachments: attachments),
            writer: ArticleFileWriter(siteDirectory: siteDirectory, uploads: uploads, force: force))
        let second = WXRReader()
        second.onItem = pipeline.submit
        do {
            try second.read(export, displayPath: displayPath)
        } catch {
            _ = try? pipeline.finish()
            throw error
        }
        return try pipeline.finish()
    }
}
