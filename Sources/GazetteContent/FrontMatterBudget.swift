/// Bounds what one front matter (or `site.yml`) may expand to: YAML aliases copy whole
/// subtrees, so a few hundred bytes can stand for billions of values. Real front matter has
/// tens of values a few levels deep.
struct FrontMatterBudget {
    static let maxValues = 100_000
    static let maxDepth = 64
    private var values = 0

    /// Counts one value at `depth`; the reason to stop, once a bound is passed.
    mutating func spend(depth: Int) -> String? {
        values += 1
        if depth > Self.maxDepth {
            return "front matter too deep: more than \(Self.maxDepth) levels of nesting"
        }
        if values > Self.maxValues {
            return "front matter too large: more than \(Self.maxValues) values once aliases are expanded"
        }
        return nil
    }
}
