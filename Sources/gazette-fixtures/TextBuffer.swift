/// The bytes of one file being generated, with the few appends the writers need. Building
/// UTF-8 bytes directly (rather than joining Strings) keeps generation far cheaper than
/// writing the files.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes so far.
    var count: Int { bytes.count }

    /// The last byte, if any.
    var last: UInt8? { bytes.last }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ word: [UInt8]) {
        bytes.append(contentsOf: word)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// The word with its first ASCII letter upper-cased, for the start of a sentence.
    mutating func appendCapitalized(_ word: [UInt8]) {
        guard let first = word.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
            bytes.append(contentsOf: word)
            return
        }
        bytes.append(first - 32)
        bytes.append(contentsOf: word.dropFirst())
    }

    /// A line `key: value` with the value as a YAML double-quoted scalar.
    mutating func appendField(_ key: String, quoted value: String) {
        append(key)
        append(": ")
        appendQuoted(value)
        append(byte: UInt8(ascii: "\n"))
    }

    /// A line `key: ["a", "b"]`: a YAML flow sequence of double-quoted scalars.
    mutating func appendField(_ key: String, list values: [String]) {
        append(key)
        append(": [")
        for (position, value) in values.enumerated() {
            if position > 0 { append(", ") }
            appendQuoted(value)
        }
        append("]\n")
    }

    /// A YAML double-quoted scalar: safe whatever the text holds (colons, `#`, leading
    /// dashes, quotes, backslashes). Backslash and quote are escaped, and so are control
    /// characters, as `\xHH`; all other characters, non-ASCII included, are written as is.
    mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: Array("\\x".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
