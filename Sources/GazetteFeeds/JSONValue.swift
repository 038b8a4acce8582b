import GazetteRender

/// A JSON document built in a fixed key order, so the same input always gives the same bytes.
/// Used for JSON Feed files and for JSON-LD inside `<script>` elements.
package enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Keys in the order they are written.
    case object([Member])

    package struct Member: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    /// Where the text will live: a `.json` file, or a `<script>` element of an HTML page,
    /// where `<`, `>` and `&` are written as `\u003c` etc. so nothing can close the element.
    package enum Context {
        case file
        case script
    }

    /// An object from `(key, value)` pairs; pairs whose value is nil, an empty string or an
    /// empty array are left out.
    package static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in
            guard let value else { return nil }
            switch value {
            case .string(let text) where text.isEmpty: return nil
            case .array(let items) where items.isEmpty: return nil
            default: return Member(key: key, value: value)
            }
        })
    }

    /// A string, or nil when `text` is nil (for optional fields).
    package static func optional(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }

    /// The text of the value: indented by two spaces per level in a file, on one line in a
    /// `<script>` (JSON-LD on every page, where the indentation was bytes no reader sees).
    package func rendered(for context: Context) -> String {
        var output = ""
        write(into: &output, indent: "", context: context)
        return output
    }

    /// Where the white space of an array or object goes: a file indents two spaces per level,
    /// a `<script>` gets one line.
    private struct Layout {
        let open: String, inner: String, close: String, compact: Bool

        init(indent: String, context: Context) {
            compact = context == .script
            open = compact ? "" : "\n"
            inner = compact ? "" : indent + "  "
            close = compact ? "" : indent
        }

        func separator(last: Bool) -> String {
            compact ? (last ? "" : ",") : (last ? "\n" : ",\n")
        }
    }

    private func write(into output: inout String, indent: String, context: Context) {
        switch self {
        case .string(let text):
            output += context == .script ? HTML.jsonString(text) : Self.quoted(text)
        case .int(let number):
            output += String(number)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            let layout = Layout(indent: indent, context: context)
            output += "[" + layout.open
            for (position, item) in items.enumerated() {
                output += layout.inner
                item.write(into: &output, indent: layout.inner, context: context)
                output += layout.separator(last: position == items.count - 1)
            }
            output += layout.close + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            let layout = Layout(indent: indent, context: context)
            output += "{" + layout.open
            for (position, member) in members.enumerated() {
                output += layout.inner
                output += context == .script ? HTML.jsonString(member.key) + ":" : Self.quoted(member.key) + ": "
                member.value.write(into: &output, indent: layout.inner, context: context)
                output += layout.separator(last: position == members.count - 1)
            }
            output += layout.close + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// (non-ASCII included) written as UTF-8. U+2028 and U+2029 are escaped for old parsers.
    static func quoted(_ text: String) -> String {
        HTML.jsonString(text, forScript: false)
    }
}
