// One WordPress shortcode as written in a body: `[name attr="value" flag]content[/name]`
// or self-closing `[name attr=value]`.
struct Shortcode {
    var name: String
    // Named attributes, names lower-cased.
    var attributes: [String: String]
    // Attributes without a name (`[embed https://…]`).
    var positional: [String]
    // The text between the opening and closing tags; nil when there is no closing tag.
    var content: String?

    // Replaces every shortcode of `text` for which `replace` returns a value, leaving the
    // others as written. `[[name]]` is WordPress's escape and becomes the literal `[name]`.
    static func expand(_ text: String, replace: (Shortcode, _ written: Substring) -> String?) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "[")) {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if afterOpen < rest.endIndex, rest[afterOpen] == "[", let close = rest[afterOpen...].firstIndex(of: "]"),
               rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "]" {
                result += rest[afterOpen...close]  // `[[name]]` -> `[name]`
                rest = rest[rest.index(close, offsetBy: 2)...]
                continue
            }
            guard let tag = parseTag(rest[open...]) else {
                result += "["
                rest = rest[afterOpen...]
                continue
            }
            var code = tag.code
            var end = tag.end
            if !tag.selfClosed, let closing = rest[end...].utf8Range(of: "[/" + code.name + "]") {
                code.content = String(rest[end..<closing.lowerBound])
                end = closing.upperBound
            }
            if let replacement = replace(code, rest[open..<end]) {
                result += replacement
                rest = rest[end...]
            } else {
                result += rest[open..<tag.end]
                rest = rest[tag.end...]
            }
        }
        return result + rest
    }

    // Reads `[name attrs]` at the start of `text`: the shortcode (without content), where the
    // tag ends, and whether it closed itself (`/]`). Nil unless a valid name follows `[`.
    private static func parseTag(_ text: Substring) -> (code: Shortcode, end: Substring.Index, selfClosed: Bool)? {
        var index = text.index(after: text.startIndex)
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber
            || text[index] == "_" || text[index] == "-" {
            index = text.index(after: index)
        }
        guard index > nameStart, text[nameStart].isLetter, index < text.endIndex else { return nil }
        let name = text[nameStart..<index].lowercased()
        guard let close = text[index...].firstIndex(of: "]"), !text[index..<close].contains("[") else { return nil }
        guard text[index] == " " || text[index] == "]" || text[index] == "/" || text[index] == "\u{A0}" else { return nil }
        var inside = text[index..<close]
        let selfClosed = inside.hasSuffix("/")
        if selfClosed { inside = inside.dropLast() }
        let (attributes, positional) = parseAttributes(inside)
        return (Shortcode(name: name, attributes: attributes, positional: positional, content: nil),
                text.index(after: close), selfClosed)
    }

    // `a="x y" b='z' c=w flag` into named and positional values.
    private static func parseAttributes(_ text: Substring) -> ([String: String], [String]) {
        var named: [String: String] = [:]
        var positional: [String] = []
        var rest = text.drop { $0 == " " || $0 == "\u{A0}" }
        while !rest.isEmpty {
            let key = rest.prefix { $0 != "=" && $0 != " " && $0 != "\"" && $0 != "'" }
            rest = rest.dropFirst(key.count)
            if rest.first == "=" {
                rest = rest.dropFirst()
                named[key.lowercased()] = readValue(&rest)
            } else if key.isEmpty {
                positional.append(readValue(&rest))
            } else {
                positional.append(String(key))
            }
            rest = rest.drop { $0 == " " || $0 == "\u{A0}" }
        }
        return (named, positional)
    }

    // A quoted or bare value at the start of `rest`, which moves past it.
    private static func readValue(_ rest: inout Substring) -> String {
        if let quote = rest.first, quote == "\"" || quote == "'" {
            let body = rest.dropFirst()
            let value = body.prefix { $0 != quote }
            rest = body.dropFirst(value.count).dropFirst()
            return String(value)
        }
        let value = rest.prefix { $0 != " " }
        rest = rest.dropFirst(value.count)
        return String(value)
    }
}
