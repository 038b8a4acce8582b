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

    /// Whether `text` holds any; a quick byte scan (C1 controls are `C2 80`...`C2 9F` in UTF-8),
    /// eight bytes at a time: a word with no byte below 0x20, no 0x7F and no 0xC2 holds none,
    /// and only the other words (those with a line end, mostly) are looked at byte by byte.
    static func occur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            func isControl(at offset: Int) -> Bool {
                let byte = bytes[offset]
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                return byte == 0xC2 && offset + 1 < count && (0x80...0x9F).contains(bytes[offset + 1])
            }
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            // Whether any byte of `word` is below `limit` (at most 0x80): the usual bit trick.
            func anyBelow(_ word: UInt64, _ limit: UInt64) -> Bool { (word &- ones &* limit) & ~word & highs != 0 }
            var offset = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if anyBelow(word, 0x20) || anyBelow(word ^ (ones &* 0x7F), 1) || anyBelow(word ^ (ones &* 0xC2), 1) {
                    for position in offset..<offset + 8 where isControl(at: position) { return true }
                }
                offset += 8
            }
            for position in offset..<count where isControl(at: position) { return true }
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

    /// TOML text without `\uXXXX` and `\UXXXXXXXX` escapes that stand for control characters
    /// (an escaped backslash before them does not count), and where the first one was.
    static func removingTOMLEscapes(_ text: String) -> (text: String, first: (line: Int, column: Int, escape: String)?) {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var first: (line: Int, column: Int, escape: String)?
        var index = 0, line = 1, column = 1, backslashes = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", backslashes % 2 == 0, index + 1 < scalars.count, scalars[index + 1] == "u" || scalars[index + 1] == "U" {
                let digits = scalars[index + 1] == "u" ? 4 : 8
                let end = index + 2 + digits
                if end <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<end])), radix: 16),
                   let escaped = Unicode.Scalar(value), isControl(escaped) {
                    if first == nil { first = (line, column, "U+" + String(value, radix: 16, uppercase: true).leftPadded(4)) }
                    column += end - index
                    index = end
                    backslashes = 0
                    continue
                }
            }
            backslashes = scalar == "\\" ? backslashes + 1 : 0
            kept.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return (first == nil ? text : String(kept), first)
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
