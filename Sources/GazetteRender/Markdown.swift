import CCmark
import Foundation
import GazetteContent

/// CommonMark to HTML through libcmark. Safe by default: raw HTML is replaced by a comment
/// and `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs are dropped.
public struct Markdown: Sendable {
    /// Keep raw HTML and every URL scheme (`unsafe_html: true`).
    public var allowUnsafeHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool

    public init(allowUnsafeHTML: Bool = false, smartPunctuation: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.smartPunctuation = smartPunctuation
    }

    /// Renders `markdown`. `rewriteURL` sees every link and image URL and may return a
    /// replacement (to move bundle-relative files or make URLs absolute for feeds).
    public func render(_ markdown: String, rewriteURL: ((String) -> String?)? = nil) -> RenderedBody {
        render(markdown, rewriteLink: rewriteURL.map { rewrite in { url, _ in rewrite(url) } })
    }

    /// Renders `markdown`; `rewriteLink` sees every link and image URL with the line and column
    /// where its link starts in `markdown`, and may return a replacement.
    public func render(_ markdown: String, rewriteLink: ((String, SourcePosition) -> String?)?) -> RenderedBody {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if allowUnsafeHTML { options |= CMARK_OPT_UNSAFE }
        if smartPunctuation { options |= CMARK_OPT_SMART }
        let document: OpaquePointer? = markdown.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), options)
        }
        guard let document else { return RenderedBody(html: "", wordCount: 0, leadText: "") }
        defer { cmark_node_free(document) }
        let walk = walkTree(document, rewriteURL: rewriteLink)
        guard let rendered = cmark_render_html(document, options) else {
            return RenderedBody(html: "", wordCount: walk.words, leadText: walk.lead)
        }
        defer { free(rendered) }
        return RenderedBody(html: String(cString: rendered), wordCount: walk.words, leadText: walk.lead)
    }

    /// The first paragraph as plain text, parsing only the start of the body.
    public static func leadText(of markdown: String) -> String {
        Markdown().render(RenderedBody.head(of: markdown)).leadText
    }

    /// One pass over the tree: rewrite URLs, count words, collect the first paragraph's text.
    private func walkTree(
        _ document: OpaquePointer, rewriteURL: ((String, SourcePosition) -> String?)?
    ) -> (words: Int, lead: String) {
        guard let iterator = cmark_iter_new(document) else { return (0, "") }
        defer { cmark_iter_free(iterator) }
        var words = 0
        var lead = ""
        var paragraphDepth = 0
        var leadDone = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_PARAGRAPH:
                if event == CMARK_EVENT_ENTER {
                    paragraphDepth += 1
                } else {
                    paragraphDepth -= 1
                    if !lead.isEmpty { leadDone = true }
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                guard let literal = cmark_node_get_literal(node) else { break }
                words += RenderedBody.countWords(literal)
                if paragraphDepth > 0 && !leadDone { lead += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if paragraphDepth > 0 && !leadDone { lead += " " }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard event == CMARK_EVENT_ENTER, let rewriteURL,
                      let url = cmark_node_get_url(node) else { break }
                let position = SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
                if let replacement = rewriteURL(String(cString: url), position) {
                    cmark_node_set_url(node, replacement)
                }
            default:
                break
            }
        }
        return (words, lead)
    }
}
