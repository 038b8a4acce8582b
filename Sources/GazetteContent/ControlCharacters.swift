/// Control characters in article text: C0 controls other than tab, line feed and carriage
/// return, DEL, and the C1 controls. They have no place in a title, a tag or a paragraph; a
/// NUL cuts strings short in C code and in some readers, and escape sequences in text reach
/// terminals. They are removed wherever text enters (a file's text, each front-matter value)
/// with a warning located at the first one, so every output format gets the same text.
enum ControlCharacters {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// Whether `text` holds any; a quick byte scan (C1 controls are `C2 80`...`C2 9F` in UTF-8).
    static func occur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for (offset, byte) in bytes.enumerated() {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                if byte == 0xC2, offset + 1 < bytes.count, (0x80...0x9F).contains(bytes[offset + 1]) { return true }
            }
            return false
        }
    }

    /// `text` without them.
    static func removed(from text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
        return String(scalars)
    }

    /// The warning for text in which the first one is at `line`, `column`, naming it as `U+0000`.
    static func warning(path: String, line: Int?, column: Int?, in text: String, what: String) -> Diagnostic {
        let first = text.unicodeScalars.first(where: isControl).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) } ?? "?"
        return Diagnostic(path: path, line: line, column: column, severity: .warning,
                          "control character \(first) removed from \(what)")
    }

    /// 1-based line and column (in characters) of the first one in `text`.
    static func firstPosition(in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isControl(scalar) { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
