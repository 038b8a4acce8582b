extension HTMLSanitizer {
    // Elements written again with their allowed attributes.
    static let keptElements: Set<String> = [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
        "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "q", "dfn", "kbd",
        "samp", "var", "time", "span", "div", "section", "article", "aside", "header", "footer", "address",
        "figure", "figcaption", "img", "picture", "source", "a", "ul", "ol", "li", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "audio", "video", "track",
        "details", "summary", "wbr", "ruby", "rt", "rp", "bdi", "bdo",
    ]

    // Elements removed together with everything inside them.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "form", "object", "embed", "applet", "noscript", "template", "svg",
        "math", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output",
        "frame", "frameset", "noframes", "noembed", "head", "title", "meta", "link", "base", "param",
        "dialog", "canvas", "portal", "xmp", "plaintext",
    ]

    // Elements written without an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]

    // Elements whose text is written as it is (only kept with `unsafe_html`).
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]

    // Attributes any kept element may carry.
    static let globalAttributes: Set<String> = ["id", "class", "title", "lang", "dir"]

    // Attributes particular elements may carry besides the global ones.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "rel", "hreflang", "name"],
        "img": ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
        "source": ["src", "srcset", "sizes", "type", "media"],
        "track": ["src", "kind", "srclang", "label", "default"],
        "audio": ["src", "controls", "preload", "loop"],
        "video": ["src", "controls", "preload", "loop", "poster", "width", "height"],
        "td": ["colspan", "rowspan", "headers"],
        "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "col": ["span"], "colgroup": ["span"],
        "ol": ["start", "reversed", "type"], "li": ["value"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "time": ["datetime"], "details": ["open"], "bdo": ["dir"],
    ]

    // Attributes holding one URL, checked and offered to `rewriteURL`.
    static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]

    // Whether `url` may be kept: no scheme (relative), or http, https, mailto, tel, ftp; a
    // `data:` URL only for an image's `src` and only of an image type.
    static func isAllowed(url: String, element: String, attribute: String) -> Bool {
        // Browsers ignore tabs, newlines and leading control characters and spaces in schemes.
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let scheme = cleaned[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        switch scheme {
        case "http", "https", "mailto", "tel", "ftp": return true
        case "data": return element == "img" && attribute == "src" && cleaned.hasPrefix("data:image/")
            && !cleaned.hasPrefix("data:image/svg")
        default: return false
        }
    }

    // The page to link to for an iframe's `src`: a YouTube or Vimeo player's own video page,
    // else the URL itself; nil unless it is http or https.
    static func embedLink(for source: String) -> String? {
        var url = source.trimmingCharacters(in: .whitespaces)
        if url.hasPrefix("//") { url = "https:" + url }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        for player in ["youtube.com/embed/", "youtube-nocookie.com/embed/"] {
            if let range = path.range(of: player), !path[range.upperBound...].isEmpty {
                return "https://www.youtube.com/watch?v=" + path[range.upperBound...]
            }
        }
        if let range = path.range(of: "player.vimeo.com/video/"), !path[range.upperBound...].isEmpty {
            return "https://vimeo.com/" + path[range.upperBound...]
        }
        return url
    }
}
