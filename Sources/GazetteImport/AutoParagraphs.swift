// What WordPress's `wpautop` does to classic-editor text, in outline: blank lines separate
// paragraphs, which get `<p>`; single line breaks inside them become `<br>`; block-level
// elements stand on their own and are not wrapped; `<pre>` keeps its lines as written.
// Works on UTF-8 bytes (see ``UTF8Search``).
enum AutoParagraphs {
    // Elements that are blocks of their own: text beside them starts a new paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "map", "math", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "style", "script", "audio", "video",
    ]

    private static let preMark: UInt8 = 0x01
    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), newline = UInt8(ascii: "\n")

    static func apply(_ text: String) -> String {
        var preBlocks: [ArraySlice<UInt8>] = []
        let source = protectingPre(Array(text.utf8), into: &preBlocks)
        let separated = separatingBlocks(source)
        var output: [UInt8] = []
        output.reserveCapacity(separated.count + separated.count / 16 + 64)
        var chunk: [ArraySlice<UInt8>] = []
        func flush() {
            defer { chunk.removeAll(keepingCapacity: true) }
            guard let first = chunk.first else { return }
            let standsAlone = first.first == preMark || (first.first == lt && tagName(first).map(blockTags.contains) == true)
            if !standsAlone { output += Array("<p>".utf8) }
            for (number, line) in chunk.enumerated() {
                if number > 0 { output += standsAlone ? [newline] : Array("<br>\n".utf8) }
                output += line
            }
            output += standsAlone ? [newline] : Array("</p>\n".utf8)
        }
        for line in separated.split(separator: newline, omittingEmptySubsequences: false) {
            let trimmed = trimmed(line)
            if trimmed.isEmpty { flush() } else { chunk.append(trimmed) }
        }
        flush()
        return String(decoding: preBlocks.isEmpty ? output : restoringPre(output, preBlocks), as: UTF8.self)
    }

    // Replaces each `<pre>…</pre>` by a mark (restored afterwards), standing as a block of its
    // own, so its blank lines and breaks are left alone.
    private static func protectingPre(_ text: [UInt8], into blocks: inout [ArraySlice<UInt8>]) -> [UInt8] {
        text.withUnsafeBufferPointer { bytes in
            guard var open = UTF8Search.find(Array("<pre".utf8), in: bytes) else { return text }
            var result: [UInt8] = []
            var from = 0
            while let close = UTF8Search.find(Array("</pre>".utf8), in: bytes, from: open) {
                result += text[from..<open]
                blocks.append(text[open..<(close + 6)])
                result += [newline, newline, preMark, newline, newline]
                from = close + 6
                guard let next = UTF8Search.find(Array("<pre".utf8), in: bytes, from: from) else { break }
                open = next
            }
            return result + text[from...]
        }
    }

    private static func restoringPre(_ text: [UInt8], _ blocks: [ArraySlice<UInt8>]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + blocks.reduce(0) { $0 + $1.count })
        var next = 0
        for byte in text {
            if byte == preMark && next < blocks.count {
                result += blocks[next]
                next += 1
            } else {
                result.append(byte)
            }
        }
        return result
    }

    // Puts a blank line before every block-level start tag and after every block-level end
    // tag, so that each stands in a chunk of its own.
    private static func separatingBlocks(_ text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 256)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == lt, let name = tagName(text[index...]), blockTags.contains(name),
                  let end = text[index...].firstIndex(of: gt)
            else {
                result.append(byte)
                index += 1
                continue
            }
            let isEnd = index + 1 < text.count && text[index + 1] == UInt8(ascii: "/")
            if !isEnd { result += [newline, newline] }
            result += text[index...end]
            if isEnd { result += [newline, newline] }
            index = end + 1
        }
        return result
    }

    // The lower-cased element name of the tag `<name` or `</name` at the start of `tag`.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> String? {
        var index = tag.startIndex + 1
        if index < tag.endIndex && tag[index] == UInt8(ascii: "/") { index += 1 }
        let start = index
        while index < tag.endIndex, index - start < 12 {
            let byte = tag[index] | 0x20
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(tag[index]) else { break }
            index += 1
        }
        guard index > start else { return nil }
        return String(decoding: tag[start..<index].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return line[first...last]
    }
}
