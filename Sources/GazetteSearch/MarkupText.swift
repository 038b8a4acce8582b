import GazetteContent

/// The words of a Markdown body without what a reader never sees as text: link and image
/// targets (`](https://…)`), HTML tags and entities. Everything else is kept; punctuation
/// is dropped by the tokenizer anyway.
enum MarkupText {
    static func plain(_ markdown: String) -> String {
        // Three `memchr` scans: most bodies hold none of the marks, and a byte-by-byte test
        // of every body's bytes cost more than the scans.
        var text = markdown
        let marked = text.withUTF8 { bytes in
            ByteSearch.contains(UInt8(ascii: "]"), in: bytes) || ByteSearch.contains(UInt8(ascii: "<"), in: bytes)
                || ByteSearch.contains(UInt8(ascii: "&"), in: bytes)
        }
        guard marked else { return markdown }
        var out: [UInt8] = []
        let bytes = Array(markdown.utf8)
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "("),
               let close = bytes[(index + 2)...].prefix(2_000).firstIndex(of: UInt8(ascii: ")")) {
                out.append(UInt8(ascii: " "))
                index = close + 1
            } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, isTagStart(bytes[index + 1]),
                      let close = bytes[(index + 1)...].prefix(2_000).firstIndex(of: UInt8(ascii: ">")) {
                out.append(UInt8(ascii: " "))
                index = close + 1
            } else if byte == UInt8(ascii: "&"), let semicolon = bytes[(index + 1)...].prefix(10).firstIndex(of: UInt8(ascii: ";")),
                      bytes[(index + 1)..<semicolon].allSatisfy({ isEntityByte($0) }), semicolon > index + 1 {
                out.append(UInt8(ascii: " "))
                index = semicolon + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isEntityByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
