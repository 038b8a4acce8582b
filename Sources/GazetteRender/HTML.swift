import Foundation

/// Escaping for the contexts Gazette writes into.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and quoted attributes (and XML).
    public static func escape(_ text: String) -> String {
        var text = text
        let extra = text.withUTF8 { source in
            var extra = 0
            for byte in source {
                switch byte {
                case 0x26: extra += 4  // &amp;
                case 0x3C, 0x3E: extra += 3  // &lt; &gt;
                case 0x22, 0x27: extra += 5  // &quot; &#39;
                default: break
                }
            }
            return extra
        }
        // Most template values need nothing escaped: they are returned as they are, not copied.
        if extra == 0 { return text }
        return text.withUTF8 { source in
            String(unsafeUninitializedCapacity: source.count + extra) { target in
                var index = 0
                func put(_ bytes: StaticString) {
                    bytes.withUTF8Buffer { for byte in $0 { target[index] = byte; index += 1 } }
                }
                for byte in source {
                    switch byte {
                    case 0x26: put("&amp;")
                    case 0x3C: put("&lt;")
                    case 0x3E: put("&gt;")
                    case 0x22: put("&quot;")
                    case 0x27: put("&#39;")
                    default: target[index] = byte; index += 1
                    }
                }
                return index
            }
        }
    }

    /// Escapes text for a JSON string inside `<script>`: JSON rules plus `<`, `>` and `&` as
    /// `\u003c` etc., so no `</script>` or `<!--` can end the element. With `forScript` false,
    /// plain JSON (for `.json` files). Works on UTF-8 bytes.
    public static func jsonString(_ text: String, forScript: Bool = true) -> String {
        var text = text
        return text.withUTF8 { source in
            // Most titles and URLs need no escape: quoted as they are, in one allocation.
            if !source.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2
                    || (forScript && ($0 == 0x3C || $0 == 0x3E || $0 == 0x26)) }) {
                return String(unsafeUninitializedCapacity: source.count + 2) { target in
                    target[0] = 0x22
                    _ = UnsafeMutableBufferPointer(rebasing: target[1...]).initialize(from: source)
                    target[source.count + 1] = 0x22
                    return source.count + 2
                }
            }
            var output: [UInt8] = [0x22]
            output.reserveCapacity(source.count + 16)
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            func unicode(_ value: Int) {
                output += [0x5C, 0x75, hex[value >> 12 & 15], hex[value >> 8 & 15], hex[value >> 4 & 15], hex[value & 15]]
            }
            var index = 0
            while index < source.count {
                let byte = source[index]
                switch byte {
                case 0x22: output += [0x5C, 0x22]
                case 0x5C: output += [0x5C, 0x5C]
                case 0x0A: output += [0x5C, 0x6E]
                case 0x0D: output += [0x5C, 0x72]
                case 0x09: output += [0x5C, 0x74]
                case 0x3C where forScript, 0x3E where forScript, 0x26 where forScript: unicode(Int(byte))
                case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80
                    && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                    unicode(source[index + 2] == 0xA8 ? 0x2028 : 0x2029)  // line and paragraph separators
                    index += 2
                default:
                    if byte < 0x20 { unicode(Int(byte)) } else { output.append(byte) }
                }
                index += 1
            }
            output.append(0x22)
            return String(decoding: output, as: UTF8.self)
        }
    }
}
