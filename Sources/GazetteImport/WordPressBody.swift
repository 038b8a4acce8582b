import GazetteRender

// Turns a post's `content:encoded` into the HTML body of an `.html` article:
// - Gutenberg block comments (`<!-- wp:image {...} -->`) are removed;
// - `[caption]` becomes a `<figure>` with a `<figcaption>`;
// - `[gallery]` becomes a `<div class="gallery">` of figures, from its `ids` or else the
//   images uploaded to the post;
// - `[embed]URL[/embed]` and a URL alone on its line (WordPress's auto-embeds) become a link;
// - `[video]` and `[audio]` become a player with controls and a link to the file;
// - classic-editor text gets its paragraphs (``AutoParagraphs``); block-editor text has them.
// Other shortcodes stay as written, and the ones that look deliberate are counted.
struct WordPressBody {
    let attachments: AttachmentIndex

    // Shortcode names converted above.
    static let handled: Set<String> = ["caption", "wp_caption", "gallery", "embed", "video", "audio"]

    func convert(_ content: String, postID: String, unknown: inout [String: Int]) -> String {
        var text = content.utf8.contains(0x0D) ? content.replacing("\r\n", with: "\n") : content
        let isBlockEditor = text.utf8Contains("<!-- wp:")
        if isBlockEditor { text = Self.removingBlockComments(text) }
        text = Shortcode.expand(text) { code, written in
            switch code.name {
            case "caption", "wp_caption": return caption(code)
            case "gallery": return gallery(code, postID: postID)
            case "embed": return code.content.map { Self.embedLink(String($0.trimmingASCIISpace)) }
            case "video", "audio": return player(code)
            default:
                if code.content != nil || !code.attributes.isEmpty || code.name.contains("_") || code.name.contains("-")
                    || written.hasSuffix("/]") {
                    unknown[code.name, default: 0] += 1
                }
                return nil
            }
        }
        text = Self.linkingBareURLs(text)
        return isBlockEditor ? text.trimmingASCIISpace + "\n" : AutoParagraphs.apply(text)
    }

    // `[caption id="attachment_5" align="alignleft" width="300"]<img …> Words[/caption]`: the
    // image (or the link around it) leads; the rest, or the old `caption` attribute, is the caption.
    private func caption(_ code: Shortcode) -> String? {
        guard let content = code.content?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        var media = Substring("")
        var words = Substring(content)
        if content.hasPrefix("<a"), let end = content.range(of: "</a>") {
            media = content[..<end.upperBound]
            words = content[end.upperBound...]
        } else if content.hasPrefix("<img"), let end = content.firstIndex(of: ">") {
            media = content[...end]
            words = content[content.index(after: end)...]
        }
        let captionText = code.attributes["caption"] ?? words.trimmingCharacters(in: .whitespacesAndNewlines)
        let align = code.attributes["align"].map { " " + HTML.escape($0) } ?? ""
        var html = "<figure class=\"wp-caption\(align)\">\(media)"
        if !captionText.isEmpty { html += "<figcaption>\(captionText)</figcaption>" }
        return html + "</figure>"
    }

    private func gallery(_ code: Shortcode, postID: String) -> String {
        let ids = code.attributes["ids"].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            ?? attachments.children(of: postID)
        var html = "<div class=\"gallery\">"
        for id in ids {
            guard let image = attachments[id] else { continue }
            html += "<figure class=\"gallery-item\"><img src=\"\(HTML.escape(image.url))\" alt=\"\(HTML.escape(image.alt))\">"
            if !image.caption.isEmpty { html += "<figcaption>\(HTML.escape(image.caption))</figcaption>" }
            html += "</figure>"
        }
        return html + "</div>"
    }

    // `[video src="…"]`, `[video mp4="…" poster="…"]`, `[audio mp3="…"]`: a player and a link.
    private func player(_ code: Shortcode) -> String? {
        let keys = code.name == "video" ? ["src", "mp4", "webm", "ogv", "m4v", "mov", "flv", "wmv"]
            : ["src", "mp3", "m4a", "ogg", "oga", "wav", "wma", "flac"]
        guard let url = keys.lazy.compactMap({ code.attributes[$0] }).first(where: { !$0.isEmpty }) else { return nil }
        let escaped = HTML.escape(url)
        let poster = code.attributes["poster"].map { " poster=\"\(HTML.escape($0))\"" } ?? ""
        let name = url.split(separator: "/").last.map(String.init) ?? url
        return "<figure class=\"wp-\(code.name)\"><\(code.name) src=\"\(escaped)\"\(poster) controls preload=\"metadata\">"
            + "</\(code.name)><figcaption><a href=\"\(escaped)\">\(HTML.escape(name))</a></figcaption></figure>"
    }

    static func embedLink(_ url: String) -> String {
        "<a class=\"embed\" href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>"
    }

    // Lines holding nothing but an http(s) URL, outside tags: WordPress shows the embed there.
    static func linkingBareURLs(_ text: String) -> String {
        guard text.utf8Contains("\nhttp") || text.hasPrefix("http") else { return text }
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes -> String in
            let line = Substring(bytes)
            let trimmed = line.trimmingASCIISpace
            guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://"),
                  !trimmed.utf8.contains(where: { $0 == 0x20 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 })
            else { return String(line) }
            return embedLink(String(trimmed))
        }
        return lines.joined(separator: "\n")
    }

    // Removes `<!-- wp:… -->` and `<!-- /wp:… -->`; other comments stay (the sanitiser drops them).
    static func removingBlockComments(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.utf8Range(of: "<!--") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...].drop { $0 == " " }
            guard after.hasPrefix("wp:") || after.hasPrefix("/wp:"), let close = after.utf8Range(of: "-->") else {
                result += rest[open]
                rest = rest[open.upperBound...]
                continue
            }
            rest = after[close.upperBound...]
            if rest.hasPrefix("\n") && (result.hasSuffix("\n") || result.isEmpty) { rest = rest.dropFirst() }
        }
        return result + rest
    }
}
