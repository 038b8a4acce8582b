// Reads values out of PHP's `serialize()` text, which WordPress uses for post meta such as
// `_wp_attachment_metadata` (`a:2:{s:5:"width";i:640;s:10:"image_meta";a:1:{s:6:"credit";s:4:"Jane";}}`).
// Only strings are needed: a string's length prefix counts UTF-8 bytes, so values holding
// quotes or semicolons are read exactly.
enum PHPSerialized {
    // The string that follows the string `key` anywhere in `text`, e.g. the `credit` of
    // `image_meta`; nil when there is none or the text is damaged.
    static func string(after key: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        var previous: String?
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "s"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":")
            else { index += 1; continue }
            var cursor = index + 2
            var length = 0
            while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) {
                length = length * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
            }
            let start = cursor + 2  // past `:"`
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: ":"), bytes[cursor + 1] == UInt8(ascii: "\""),
                  start + length <= bytes.count
            else { index += 1; continue }
            let value = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            if previous == key { return value }
            previous = value
            index = start + length
        }
        return nil
    }
}
