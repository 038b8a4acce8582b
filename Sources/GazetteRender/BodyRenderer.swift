import GazetteContent

/// Renders an article body in the format it is written in, with the site's settings.
public struct BodyRenderer: Sendable {
    public var markdown: Markdown
    public var html: HTMLSanitizer

    /// `unsafe_html` applies to Markdown and HTML bodies alike; `smart_punctuation` to Markdown.
    public init(config: SiteConfig) {
        markdown = Markdown(allowUnsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation)
        html = HTMLSanitizer(allowUnsafeHTML: config.unsafeHTML)
    }

    /// The body as HTML. `rewriteURL` sees every link and image URL of Markdown and HTML
    /// bodies (plain text has none).
    public func render(_ body: String, format: Article.BodyFormat,
                       rewriteURL: ((String) -> String?)? = nil) -> RenderedBody {
        switch format {
        case .plainText: PlainText.render(body)
        case .markdown: markdown.render(body, rewriteURL: rewriteURL)
        case .html: html.render(body, rewriteURL: rewriteURL)
        }
    }

    /// The body as HTML, `rewriteLink` seeing every link and image URL with where it stands
    /// in the body (for an HTML body, its first line: the sanitiser keeps no positions).
    public func render(_ body: String, format: Article.BodyFormat,
                       rewriteLink: @escaping (String, SourcePosition) -> String?) -> RenderedBody {
        switch format {
        case .plainText: PlainText.render(body)
        case .markdown: markdown.render(body, rewriteLink: rewriteLink)
        case .html: html.render(body) { rewriteLink($0, SourcePosition(line: 1, column: 1)) }
        }
    }

    /// The first paragraph of `start` (the beginning of a body) as plain text.
    public static func leadText(of start: String, format: Article.BodyFormat) -> String {
        switch format {
        case .plainText: PlainText.leadText(of: start)
        case .markdown: Markdown.leadText(of: start)
        case .html: HTMLSanitizer.leadText(of: start)
        }
    }
}
