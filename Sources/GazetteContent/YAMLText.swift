/// Writes strings into YAML so that they read back as the same strings: plain when that is
/// unambiguous, double-quoted with escapes otherwise.
package enum YAMLText {
    /// Always double-quoted: `"Council says \"no\""`. Used for anything a user typed.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Plain when the text starts with a letter or `/`, holds only URL-ish characters, does
    /// not end in `:` and is not a word YAML reads as a boolean or null; quoted otherwise.
    package static func scalar(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic && first.isASCII || first == "/",
              !text.hasSuffix(":"), !reserved.contains(text.lowercased()),
              text.unicodeScalars.allSatisfy({ $0.isASCII && (allowed.contains($0) || $0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return quoted(text) }
        return text
    }

    /// `["a", "b"]`.
    package static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    private static let allowed: Set<Unicode.Scalar> = ["_", ".", "/", ":", "+", "-"]
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
}
