import Foundation

/// Escaping for the contexts Gazette writes into.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and quoted attributes (and XML).
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in
            var extra = 0
            for byte in source {
                switch byte {
                case 0x26: extra += 4  // &amp;
                case 0x3C, 0x3E: extra += 3  // &lt; &gt;
                case 0x22, 0x27: extra += 5  // &quot; &#39;
                default: break
                }
            }
            if extra == 0 { return String(decoding: source, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: source.count + extra) { target in
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
    /// `\u003c` etc., so no `</script>` or `<!--` can end the element.
    public static func jsonString(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Removes tags from rendered HTML and decodes the few entities we emit, for summaries.
    public static func plainText(fromHTML html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; result.append(" "); continue }
            if !inTag { result.append(character) }
        }
        let decoded = result
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
