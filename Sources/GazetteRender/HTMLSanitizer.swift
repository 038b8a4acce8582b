import CGumbo
import Foundation

/// HTML article bodies (`.html` files) through an HTML5 parser (gumbo) and an allowlist.
/// Safe by default, like ``Markdown``: text structure, links, images, figures, tables, lists,
/// quotes, audio and video are kept; scripts, styles, forms, objects, event and `style`
/// attributes, and `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs are removed;
/// an iframe becomes a link to what it showed (a YouTube or Vimeo player to the video's page).
/// Every element is written again from the parsed tree, so nothing the parser did not
/// understand reaches the page.
public struct HTMLSanitizer: Sendable {
    /// Keep every element, attribute and URL as parsed (`unsafe_html: true`).
    public var allowUnsafeHTML: Bool

    public init(allowUnsafeHTML: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    /// Sanitises `html`. `rewriteURL` sees every kept link, image and media URL and may return
    /// a replacement (to move bundle-relative files or make URLs absolute for feeds).
    public func render(_ html: String, rewriteURL: ((String) -> String?)? = nil) -> RenderedBody {
        var options = kGumboDefaultOptions
        options.max_errors = 0
        options.fragment_context = GUMBO_TAG_BODY
        var text = html
        let parsed: HTMLTreeWriter? = text.withUTF8 { bytes -> HTMLTreeWriter? in
            guard let base = bytes.baseAddress else { return nil }
            let output = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
                gumbo_parse_with_options(&options, pointer, bytes.count)
            }
            guard let output else { return nil }
            defer { gumbo_destroy_output(&options, output) }
            var writer = HTMLTreeWriter(allowUnsafe: allowUnsafeHTML, rewriteURL: rewriteURL)
            writer.writeChildren(of: output.pointee.root)
            return writer
        }
        guard let parsed else { return RenderedBody(html: "", wordCount: 0, leadText: "") }
        return RenderedBody(html: parsed.html, wordCount: parsed.words, leadText: parsed.lead)
    }

    /// The first paragraph as plain text, parsing only the start of the body.
    public static func leadText(of html: String) -> String {
        HTMLSanitizer().render(RenderedBody.head(of: html)).leadText
    }
}
