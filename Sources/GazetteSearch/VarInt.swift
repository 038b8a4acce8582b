/// Unsigned LEB128 numbers, as `search.js` reads them: seven bits a byte, low bits first.
enum VarInt {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// The most bytes one number takes.
    static let maxBytes = 10

    /// Writes `value` at `offset` of `buffer`, which has room for ``maxBytes`` there;
    /// returns the offset after it. The same bytes as ``append(_:to:)``.
    static func write(_ value: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var value = UInt(value), offset = offset
        while value >= 0x80 {
            buffer[offset] = UInt8(value & 0x7F) | 0x80
            value >>= 7
            offset += 1
        }
        buffer[offset] = UInt8(value)
        return offset + 1
    }

    /// Reads a number at `offset` and moves past it.
    static func read(_ bytes: [UInt8], _ offset: inout Int) -> Int {
        var value = 0, shift = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    /// FNV-1a over the UTF-8 bytes, 32 bits: how a term picks its shard (in `search.js` too).
    static func hash(_ text: String) -> UInt32 { hash(bytes: text.utf8) }

    /// FNV-1a of `bytes`, as ``hash(_:)`` of the text they spell.
    static func hash<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }
}
