import GazetteContent
import GazettePlan
import GazetteRender

/// What `gazette check` says about article bodies without writing: every internal reference
/// that resolves to nothing (an error at its line), and every Liquid or shortcode tag Gazette
/// leaves as it is (a warning).
enum LinkValidation {
    static func diagnostics(_ site: SitePlan, body: @Sendable (Article) -> String?) -> [Diagnostic] {
        Parallel.map(site.entries.count) { index -> [Diagnostic] in
            let article = site.entries[index].article
            guard article.bodyFormat == .markdown, let text = body(article) else { return [] }
            var found: [Diagnostic] = []
            if text.contains("{%") || text.contains("{{") {
                for tag in TemplateTag.find(in: text) where tag.reference == nil {
                    found.append(Diagnostic(
                        path: article.sourcePath, line: article.bodyLine + tag.position.line - 1, column: tag.position.column,
                        severity: .warning, "tag '\(tag.text)' is not one Gazette understands; it is published as written"))
                }
            }
            guard !article.references.isEmpty else { return found }
            let links = BodyLinks(site: site, index: index)
            _ = Markdown().render(links.expandTags(text) { $0 }) { url, position in links.rewrite(url, at: position) }
            return found + links.problems
        }.flatMap { $0 }
    }
}
