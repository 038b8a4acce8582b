// A front-matter or `site.yml` value with the file position it was written at, the same for
// YAML and TOML, so the keys are interpreted once for both syntaxes.
struct FrontMatterNode {
    enum Value {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        // Text as written. YAML timestamps stay text so their written offset survives.
        case string(String)
        // A plain YAML scalar shaped like a date (`2019-03-07 09:30:00 +01:00`), kept as written.
        case timestamp(String)
        // TOML's native dates, already placed in the site's zone when they had no offset.
        case date(ArticleDate)
        case list([FrontMatterNode])
        case table([(key: String, node: FrontMatterNode)])
    }

    var value: Value
    // A YAML scalar exactly as written (`No`, `007`), so text keys keep what the author typed.
    var written: String?
    // 1-based line in the source file (not in the front-matter block).
    var line: Int
    // 1-based column.
    var column: Int

    // The source text of a scalar (numbers as written); nil for null, lists and tables.
    var text: String? {
        if let written { return written }
        return switch value {
        case .string(let text), .timestamp(let text): text
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): String(flag)
        case .date(let date): date.rfc3339
        case .null, .list, .table: nil
        }
    }

    // Whether the key was written with no value (`date:` or `date: ~`): the same as leaving it out.
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    // What the value is, for messages such as "expected a string, found a list".
    var kindName: String {
        switch value {
        case .null: "nothing"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .timestamp, .date: "a date"
        case .list: "a list"
        case .table: "a table"
        }
    }

    // The entries of a table, or nil.
    var entries: [(key: String, node: FrontMatterNode)]? {
        if case .table(let entries) = value { return entries }
        return nil
    }

    // A diagnostic located at this value.
    func diagnostic(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message)
    }

    // The value for templates, YAML timestamps read as dates in the site's zone; nil for null
    // (params have no null, so null entries are left out of lists and tables).
    func paramValue(in config: SiteConfig) -> ParamValue? {
        switch value {
        case .null: nil
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .double(let number): .double(number)
        case .string(let text): .string(text)
        case .timestamp(let text): ArticleDate(parsing: text, in: config).map { .date($0) } ?? .string(text)
        case .date(let date): .date(date)
        case .list(let nodes): .array(nodes.compactMap { $0.paramValue(in: config) })
        case .table(let entries):
            .table(Dictionary(entries.compactMap { entry in entry.node.paramValue(in: config).map { (entry.key, $0) } },
                              uniquingKeysWith: { first, _ in first }))
        }
    }
}
