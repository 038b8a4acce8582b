/// What WordPress's `wpautop` does to classic-editor text, in outline: blank lines separate
/// paragraphs, which get `<p>`; single line breaks inside them become `<br>`; block-level
/// elements stand on their own and are not wrapped; `<pre>` keeps its lines as written.
enum AutoParagraphs {
    // Elements that are blocks of their own: text beside them starts a new paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "map", "math", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "style", "script", "audio", "video",
    ]

    private static let preMark: Character = "\u{1}"

    static func apply(_ text: String) -> String {
        var preBlocks: [Substring] = []
        let protected = protectingPre(text, into: &preBlocks)
        let separated = separatingBlocks(protected)
        var output = ""
        var chunk: [Substring] = []
        func flush() {
            defer { chunk.removeAll(keepingCapacity: true) }
            guard !chunk.isEmpty else { return }
            let joined = chunk.joined(separator: "\n")
            if joined.first == "<", let name = tagName(joined[...]), blockTags.contains(name) {
                output += joined + "\n"
            } else if joined.first == preMark {
                output += joined + "\n"
            } else {
                output += "<p>" + chunk.joined(separator: "<br>\n") + "</p>\n"
            }
        }
        for line in separated.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush() } else { chunk.append(Substring(trimmed)) }
        }
        flush()
        guard !preBlocks.isEmpty else { return output }
        var restored = ""
        var index = 0
        for character in output {
            if character == preMark {
                index += 1
                if index % 2 == 0 { restored += preBlocks[index / 2 - 1] }
            } else if index % 2 == 0 {
                restored.append(character)
            }
        }
        return restored
    }

    // Replaces each `<pre>…</pre>` by a pair of marks (restored afterwards) so its blank
    // lines and breaks are left alone.
    private static func protectingPre(_ text: String, into blocks: inout [Substring]) -> String {
        guard text.contains("<pre") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "<pre"), let close = rest[open.upperBound...].range(of: "</pre>") {
            result += rest[..<open.lowerBound]
            blocks.append(rest[open.lowerBound..<close.upperBound])
            result += "\n\n" + String(preMark) + String(preMark) + "\n\n"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    // Puts a blank line before every block-level start tag and after every block-level end
    // tag, so that each stands in a chunk of its own.
    private static func separatingBlocks(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 64)
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tag = rest[open...]
            guard let end = tag.firstIndex(of: ">"), let name = tagName(tag), blockTags.contains(name) else {
                result.append("<")
                rest = rest[rest.index(after: open)...]
                continue
            }
            let isEnd = tag.dropFirst().first == "/"
            result += isEnd ? tag[...end] + "\n\n" : "\n\n" + tag[...end]
            rest = rest[tag.index(after: end)...]
        }
        return result + rest
    }

    // The lower-cased element name of the tag `<name` or `</name` at the start of `tag`.
    private static func tagName(_ tag: Substring) -> String? {
        var rest = tag.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return name.isEmpty ? nil : name.lowercased()
    }
}
