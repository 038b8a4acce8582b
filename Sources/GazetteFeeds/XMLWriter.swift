import GazetteRender

/// Writes an XML 1.0 document (feeds, sitemaps) element by element, indented, with every
/// text and attribute value escaped and stripped of characters XML 1.0 does not allow.
package struct XMLWriter {
    package private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [String] = []

    package init() {}

    /// Attributes in the order written; nil values are left out.
    package typealias Attributes = KeyValuePairs<String, String?>

    /// Opens `name`; every `open` needs a matching `close`.
    package mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        line("<\(name)\(Self.attributeText(attributes))>")
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = open.popLast() else { return }
        line("</\(name)>")
    }

    /// `<name attributes>text</name>`; nothing at all when `value` is nil.
    package mutating func element(_ name: String, _ value: String?) {
        element(name, [:], value)
    }

    /// `<name attributes>text</name>`; nothing at all when `value` is nil.
    mutating func element(_ name: String, _ attributes: Attributes, _ value: String?) {
        guard let value else { return }
        line("<\(name)\(Self.attributeText(attributes))>\(Self.escape(value))</\(name)>")
    }

    /// `<name attributes/>`.
    package mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        line("<\(name)\(Self.attributeText(attributes))/>")
    }

    /// The finished document; closes whatever is still open.
    package mutating func finish() -> String {
        while !open.isEmpty { close() }
        return text
    }

    private mutating func line(_ content: String) {
        // Appended piece by piece: no temporary string per line.
        for _ in 0..<open.count { text += "  " }
        text += content
        text += "\n"
    }

    private static func attributeText(_ attributes: Attributes) -> String {
        var result = ""
        for (name, value) in attributes {
            guard let value else { continue }
            result += " \(name)=\"\(escape(value))\""
        }
        return result
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` and drops characters that XML 1.0 forbids (C0
    /// controls other than tab, newline and carriage return; U+FFFE and U+FFFF), so the
    /// result is safe as element text and as a quoted attribute value.
    package static func escape(_ text: String) -> String {
        HTML.escape(legal(text))
    }

    /// `text` without the characters XML 1.0 forbids.
    static func legal(_ text: String) -> String {
        guard mayHoldForbidden(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(result)
    }

    /// A fast scan of the UTF-8 bytes: control bytes, or the lead byte of U+FFFE/U+FFFF.
    private static func mayHoldForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }
        } && text.unicodeScalars.contains(where: isForbidden)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
