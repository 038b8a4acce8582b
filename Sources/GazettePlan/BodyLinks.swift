import GazetteContent

/// Resolves the internal references of one article's body while it is rendered: the linking
/// tags are replaced in the text before Markdown sees it, and link destinations are rewritten
/// as the Markdown walk meets them. Targets come out relative to the site root, with the
/// fragment; the caller makes them relative to the page or absolute. Problems are collected
/// with their line in the source file.
package final class BodyLinks: @unchecked Sendable {
    private let site: SitePlan
    private let index: Int
    /// Unresolved references, as errors at their line in the source.
    package private(set) var problems: [Diagnostic] = []
    /// Root paths that are not articles, with where they are written: the build warns about
    /// those it does not make.
    package private(set) var paths: [(path: String, at: Diagnostic)] = []

    package init(site: SitePlan, index: Int) {
        self.site = site
        self.index = index
    }

    private var article: Article { site.entries[index].article }

    /// `body` with `post_url`, `link`, `ref` and `relref` tags replaced by `format` of their target.
    package func expandTags(_ body: String, format: (String) -> String) -> String {
        guard !article.references.isEmpty, body.contains("{%") || body.contains("{{") else { return body }
        let tags = TemplateTag.find(in: body)
        return TemplateTag.replacing(in: body, tags) { tag in
            guard let reference = tag.reference else { return nil }
            return target(reference, at: tag.position).map(format)
        }
    }

    /// The new destination of a link written as `url` at `position` of the body, or nil to keep it.
    package func rewrite(_ url: String, at position: SourcePosition) -> String? {
        guard let reference = InternalReference(destination: url) else { return nil }
        return target(reference, at: position)
    }

    /// The root-relative URL (with `#fragment`) `reference` leads to; nil after recording why not.
    package func target(_ reference: InternalReference, at position: SourcePosition) -> String? {
        let line = article.bodyLine + position.line - 1
        let fragment = reference.fragment.map { "#" + $0 } ?? ""
        switch site.links.resolve(reference, from: article.sourcePath) {
        case .success(.article(let target)):
            return site.entries[target].url + fragment
        case .success(.path(let path)):
            let at = Diagnostic(path: article.sourcePath, line: line, column: position.column, severity: .warning,
                                "link '\(reference.written)' leads to no page or file this build makes")
            paths.append((path, at))
            return path + fragment
        case .failure(let problem):
            problems.append(Diagnostic(path: article.sourcePath, line: line, column: position.column, problem.message))
            return nil
        }
    }
}
