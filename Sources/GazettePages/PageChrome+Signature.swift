extension PageChrome {
    /// A text that differs whenever `value` (a context value: dictionaries, arrays, strings,
    /// numbers, booleans, or nothing) differs, for keying what is rendered from it. Pages of
    /// different lists share a pager when its links are the same (`../4/`), whatever the list.
    static func signature(of value: Any?) -> String {
        var text = ""
        append(value, to: &text)
        return text
    }

    private static func append(_ value: Any?, to text: inout String) {
        switch value {
        case nil:
            text += "\u{0}n"
        case let string as String:
            // The length first, so that no string can pass for the separators around it.
            text += "\u{0}s\(string.utf8.count):"
            text += string
        case let number as Int:
            text += "\u{0}i\(number)"
        case let flag as Bool:
            text += flag ? "\u{0}t" : "\u{0}f"
        case let dictionary as [String: Any]:
            text += "\u{0}d\(dictionary.count)"
            for key in dictionary.keys.sorted() {
                append(key, to: &text)
                append(dictionary[key], to: &text)
            }
        case let array as [Any]:
            text += "\u{0}a\(array.count)"
            for element in array { append(element, to: &text) }
        case let value?:
            text += "\u{0}o\(type(of: value)):\(value)"
        }
    }
}
