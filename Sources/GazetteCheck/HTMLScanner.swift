import GazetteContent
/// One attribute of a tag in an HTML page, located for messages.
package struct HTMLAttribute: Sendable, Hashable {
    var tag: String
    var name: String
    /// The value with character references decoded (`&amp;` -> `&`).
    package var value: String
    var line: Int
    var column: Int
}

/// A forgiving scan of the tags of an HTML page for chosen attributes. It skips comments,
/// doctypes, end tags and the text of `<script>` and `<style>`, which is all a link checker
/// needs from pages the theme itself generated. Works on bytes; columns count bytes.
package enum HTMLScanner {
    package static func attributes(in html: String, named wanted: Set<String>) -> [HTMLAttribute] {
        let bytes = Array(html.utf8)
        var found: [HTMLAttribute] = []
        let lines = LineIndex(bytes)
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            i = open + 1
            guard i < bytes.count else { break }
            if bytes[i...].starts(with: Array("!--".utf8)) {
                i = find(Array("-->".utf8), in: bytes, from: i).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard isLetter(bytes[i]) else { continue }
            let nameStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            let tag = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            var selfClosing = false
            // Attributes up to the closing '>'.
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) { i += 1; continue }
                if bytes[i] == UInt8(ascii: "/") { selfClosing = true; i += 1; continue }
                selfClosing = false
                let attributeStart = i
                while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") { i += 1 }
                let name = String(decoding: bytes[attributeStart..<i], as: UTF8.self).lowercased()
                var j = i
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count else { i = j; break }
                let valueStart: Int, valueEnd: Int
                if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    valueStart = j + 1
                    valueEnd = bytes[valueStart...].firstIndex(of: bytes[j]) ?? bytes.count
                    i = min(valueEnd + 1, bytes.count)
                } else {
                    valueStart = j
                    var end = j
                    while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
                    valueEnd = end
                    i = end
                }
                if wanted.contains(name) {
                    let (line, column) = lines.position(of: valueStart)
                    let raw = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                    found.append(HTMLAttribute(tag: tag, name: name, value: decodeReferences(raw), line: line, column: column))
                }
            }
            i = min(i + 1, bytes.count)
            if !selfClosing, tag == "script" || tag == "style" {
                i = find(Array("</\(tag)".utf8), in: bytes, from: i, caseInsensitive: true) ?? bytes.count
            }
        }
        return found
    }

    /// Numeric and common named character references decoded; others are kept.
    package static func decodeReferences(_ text: String) -> String {
        HTMLEntities.decode(text)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        let lower = { (byte: UInt8) in caseInsensitive && byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var i = start
        while i + needle.count <= bytes.count {
            if lower(bytes[i]) == needle[0], (1..<needle.count).allSatisfy({ lower(bytes[i + $0]) == needle[$0] }) { return i }
            i += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-") }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
}

/// Offsets of line starts, to turn a byte offset into a 1-based line and column.
private struct LineIndex {
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
    }

    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - starts[low] + 1)
    }
}
