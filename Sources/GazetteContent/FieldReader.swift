// Reads typed values out of front-matter and `site.yml` nodes, collecting one diagnostic, at
// the value, for each value of the wrong type instead of stopping at the first.
struct FieldReader {
    let path: String
    var config: SiteConfig
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, config: SiteConfig) {
        self.path = path
        self.config = config
    }

    mutating func fail(_ node: FrontMatterNode, _ message: String) {
        diagnostics.append(node.diagnostic(path, message))
    }

    mutating func fail(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // Text of a scalar (numbers and dates as written); nil for null; an error for lists and tables.
    mutating func string(_ node: FrontMatterNode, key: String) -> String? {
        if case .null = node.value { return nil }
        guard let text = node.text else {
            fail(node, "expected text for '\(key)', found \(node.kindName)")
            return nil
        }
        return cleaned(text, node, key: key)
    }

    // `text` without control characters, with a warning at the value when it had some (a
    // TOML `\u0000` or YAML `"\e"` escape writes them even in a clean file).
    mutating func cleaned(_ text: String, _ node: FrontMatterNode, key: String) -> String {
        guard ControlCharacters.occur(in: text) else { return text }
        diagnostics.append(ControlCharacters.warning(path: path, line: node.line, column: node.column, in: text, what: "'\(key)'"))
        return ControlCharacters.removed(from: text)
    }

    // Text that must not be empty once trimmed.
    mutating func nonEmptyString(_ node: FrontMatterNode, key: String) -> String? {
        guard let text = string(node, key: key) else { return nil }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { fail(node, "'\(key)' is empty") }
        return trimmed.isEmpty ? nil : trimmed
    }

    mutating func bool(_ node: FrontMatterNode, key: String) -> Bool? {
        switch node.value {
        case .null: return nil
        case .bool(let flag): return flag
        default:
            fail(node, "expected true or false for '\(key)', found \(node.kindName)")
            return nil
        }
    }

    // A whole number of at least `minimum`.
    mutating func int(_ node: FrontMatterNode, key: String, minimum: Int) -> Int? {
        guard case .int(let number) = node.value else {
            fail(node, "expected a whole number for '\(key)', found \(node.kindName)")
            return nil
        }
        guard number >= minimum else {
            fail(node, "'\(key)' must be at least \(minimum), found \(number)")
            return nil
        }
        return number
    }

    // A list of texts, or a single text as a one-item list. Empty items are dropped.
    mutating func strings(_ node: FrontMatterNode, key: String) -> [String] {
        switch node.value {
        case .null:
            return []
        case .list(let items):
            var result: [String] = []
            for item in items {
                guard let text = item.text else {
                    if case .null = item.value { continue }
                    fail(item, "expected text in the list '\(key)', found \(item.kindName)")
                    continue
                }
                let trimmed = cleaned(text, item, key: key).trimmingWhitespace
                if !trimmed.isEmpty { result.append(trimmed) }
            }
            return result
        case .string, .timestamp:
            let trimmed = cleaned(node.text ?? "", node, key: key).trimmingWhitespace
            return trimmed.isEmpty ? [] : [trimmed]
        default:
            fail(node, "expected a list of text for '\(key)', found \(node.kindName)")
            return []
        }
    }

    // A date: text in one of the forms ``ArticleDate/init(parsing:in:)`` reads, or a TOML date.
    mutating func date(_ node: FrontMatterNode, key: String) -> ArticleDate? {
        switch node.value {
        case .null:
            return nil
        case .date(let date):
            return date
        case .string(let text), .timestamp(let text):
            if let date = ArticleDate(parsing: text, in: config) { return date }
            fail(node, "invalid date '\(text)'")
            return nil
        default:
            fail(node, "expected a date for '\(key)', found \(node.kindName)")
            return nil
        }
    }
}

extension String {
    // Without leading and trailing white space and newlines.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
