import Foundation

// The text of one source file, checked to be UTF-8 and split into lines (`\n` or `\r\n`),
// with the front-matter fences found.
struct SourceText {
    // How a front-matter block is written.
    enum Syntax {
        // Between `---` lines (Hugo, Jekyll).
        case yaml
        // Between `+++` lines (Hugo, Zola).
        case toml
    }

    // A front-matter block, without its fences.
    struct FrontMatter {
        var syntax: Syntax
        var text: String
        // File line of the opening fence.
        var fenceLine: Int
        // File line of the block's first line.
        var firstLine: Int { fenceLine + 1 }
    }

    let path: String
    // Lines without their terminators; a leading byte-order mark is dropped.
    let lines: [Substring]
    // Set when the file held control characters (removed from `lines`), at the first one.
    private(set) var controlWarning: Diagnostic?

    // Decodes `data`, rejecting bytes that are not UTF-8 (located at the first bad byte) and
    // files with nothing but white space.
    init(data: Data, path: String) throws(Diagnostic) {
        self.path = path
        guard var text = String(validating: data, as: UTF8.self) else {
            let (line, column) = SourceText.firstInvalidUTF8(in: data)
            throw Diagnostic(path: path, line: line, column: column, "file is not valid UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if ControlCharacters.occur(in: text) {
            let (line, column) = ControlCharacters.firstPosition(in: text)
            controlWarning = ControlCharacters.warning(path: path, line: line, column: column, in: text, what: "the file")
            text = ControlCharacters.removed(from: text)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw Diagnostic(path: path, "empty file")
        }
        lines = SourceText.lines(of: text[...])
    }

    // The front-matter block, when line 1 is `---` or `+++`, and the 1-based line after it.
    func frontMatter() throws(Diagnostic) -> (block: FrontMatter?, bodyStart: Int) {
        guard let first = lines.first else { return (nil, 1) }
        let fence = SourceText.trimmedTrailing(first)
        let syntax: Syntax
        switch fence {
        case "---": syntax = .yaml
        case "+++": syntax = .toml
        default: return (nil, 1)
        }
        for index in 1..<max(lines.count, 1) {
            let line = SourceText.trimmedTrailing(lines[index])
            if line == fence || (syntax == .yaml && line == "...") {
                let text = lines[1..<index].joined(separator: "\n")
                return (FrontMatter(syntax: syntax, text: text, fenceLine: 1), index + 2)
            }
        }
        throw Diagnostic(path: path, line: 1, column: 1, "unterminated front matter: no closing '\(fence)'")
    }

    // The text from 1-based `line` on, leading blank lines dropped, with the line it starts on.
    func body(from line: Int) -> (text: String, line: Int) {
        var start = max(line - 1, 0)
        while start < lines.count, SourceText.isBlank(lines[start]) { start += 1 }
        var end = lines.count
        while end > start, SourceText.isBlank(lines[end - 1]) { end -= 1 }
        guard start < end else { return ("", min(line, lines.count + 1)) }
        // The lines are slices of one text: with no carriage return among them, joining them
        // with line feeds gives that text as it is, copied once.
        let first = lines[start], range = first.startIndex..<lines[end - 1].endIndex
        let hasReturn = first.base.utf8[range].withContiguousStorageIfAvailable {
            ByteSearch.contains(0x0D, in: $0)
        } ?? true
        if !hasReturn { return (String(first.base[range]), start + 1) }
        return (lines[start..<end].joined(separator: "\n"), start + 1)
    }

    // Splits at "\n" and "\r\n" only, by bytes: other separators (U+2028, form feed) are not line
    // ends here, so line numbers match what editors and the YAML and TOML parsers count.
    static func lines(of text: Substring) -> [Substring] {
        let utf8 = text.utf8
        // Newline offsets from the contiguous bytes (String's native form), then one slice a line.
        let newlines = utf8.withContiguousStorageIfAvailable(newlineOffsets)
            ?? utf8.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        var previous = 0
        for offset in newlines {
            let newline = utf8.index(start, offsetBy: offset - previous)
            var end = newline
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            lines.append(text[start..<end])
            start = utf8.index(after: newline)
            previous = offset + 1
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// Offsets of the line feeds in `bytes`, found with `memchr` (every file is split twice:
    /// when it is parsed and when its body is read again to render it).
    private static func newlineOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        var offset = 0
        while let found = ByteSearch.next(0x0A, in: bytes, from: offset) {
            offsets.append(found)
            offset = found + 1
        }
        return offsets
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy(\.isWhitespace)
    }

    static func trimmedTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[line.startIndex..<end]
    }

    // Line and column (in Unicode scalars) of the first byte that does not decode as UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}

// Converts offsets reported by parsers into 1-based line and column.
enum TextPosition {
    // The line and column of the `offset`-th Character of `text`.
    static func lineAndColumn(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(max(offset, 0)) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
