/// A front-matter or config value of a key Gazette does not interpret itself, kept for templates.
public enum ParamValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case date(ArticleDate)
    case array([ParamValue])
    case table([String: ParamValue])

    /// The value as a plain Swift object (String, Int, Double, Bool, arrays, dictionaries),
    /// the shape template engines consume.
    public var plainValue: Any {
        switch self {
        case .string(let value): value
        case .int(let value): value
        case .double(let value): value
        case .bool(let value): value
        case .date(let value): value.rfc3339
        case .array(let values): values.map(\.plainValue)
        case .table(let table): table.mapValues(\.plainValue)
        }
    }

    /// The value as text when it is a scalar, nil for arrays and tables.
    public var scalarText: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .date(let value): value.rfc3339
        case .array, .table: nil
        }
    }
}
