import GazetteRender

/// Writes an XML 1.0 document (feeds, sitemaps) element by element, indented, with every
/// text and attribute value escaped and stripped of characters XML 1.0 does not allow.
package struct XMLWriter {
    /// The document so far, as UTF-8: appending bytes to an array costs less than appending
    /// to a `String`, which re-checks its storage and counts at every piece.
    private var text = ByteText()
    private var open: [String] = []

    package init() {
        text += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    }

    /// Attributes in the order written; nil values are left out.
    package typealias Attributes = KeyValuePairs<String, String?>

    /// Opens `name`; every `open` needs a matching `close`.
    package mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        startTag(name, attributes)
        text += ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        text += "</"
        text += name
        text += ">\n"
    }

    /// `<name attributes>text</name>`; nothing at all when `value` is nil.
    package mutating func element(_ name: String, _ value: String?) {
        element(name, [:], value)
    }

    /// `<name attributes>text</name>`; nothing at all when `value` is nil.
    mutating func element(_ name: String, _ attributes: Attributes, _ value: String?) {
        guard let value else { return }
        startTag(name, attributes)
        text += ">"
        text += Self.escape(value)
        text += "</"
        text += name
        text += ">\n"
    }

    /// `<name attributes/>`.
    package mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        startTag(name, attributes)
        text += "/>\n"
    }

    /// The finished document; closes whatever is still open.
    package mutating func finish() -> String {
        while !open.isEmpty { close() }
        return String(decoding: text.bytes, as: UTF8.self)
    }

    // Every piece is appended to `text` as it comes: a string per line and per attribute
    // list, made only to be copied in, cost as much as the feeds' escaping.
    private mutating func indent() {
        for _ in 0..<open.count { text += "  " }
    }

    /// The indented `<name attributes` of a line, without its closing `>` or `/>`.
    private mutating func startTag(_ name: String, _ attributes: Attributes) {
        indent()
        text += "<"
        text += name
        for (attribute, value) in attributes {
            guard let value else { continue }
            text += " "
            text += attribute
            text += "=\""
            text += Self.escape(value)
            text += "\""
        }
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

    /// UTF-8 bytes that strings are appended to with `+=`.
    private struct ByteText {
        var bytes: [UInt8] = []

        static func += (text: inout ByteText, piece: String) {
            text.bytes.append(contentsOf: piece.utf8)
        }
    }
}
