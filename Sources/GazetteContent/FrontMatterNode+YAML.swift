import Yams

extension FrontMatterNode {
    // Composes `yaml` into nodes. `firstLine` is the file line the block starts on, so positions
    // name the file's lines. Returns nil for an empty document.
    //
    // Uses `Yams.compose` with the rule-less resolver and types plain scalars by hand: no regular
    // expressions run per value, no decoder is built per file, and timestamps keep their text.
    static func parseYAML(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> FrontMatterNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw diagnostic(for: error, yaml: yaml, path: path, lines: YAMLLineMap(yaml, firstLine: firstLine))
        } catch {
            throw Diagnostic(path: path, line: firstLine, column: 1, "invalid YAML: \(error)")
        }
        guard let root else { return nil }
        var budget = FrontMatterBudget()
        return try convert(root, path: path, lines: YAMLLineMap(yaml, firstLine: firstLine), depth: 0, budget: &budget)
    }

    // Every alias is a copy of its anchored node once converted, so a few hundred bytes of
    // nested aliases ("billion laughs") would expand to billions of nodes: the budget stops it.
    private static func convert(
        _ node: Node, path: String, lines: YAMLLineMap, depth: Int, budget: inout FrontMatterBudget
    ) throws(Diagnostic) -> FrontMatterNode {
        let (line, column) = lines.position(node.mark)
        if let problem = budget.spend(depth: depth) { throw Diagnostic(path: path, line: line, column: column, problem) }
        switch node {
        case .scalar(let scalar):
            let value = typed(scalar)
            return FrontMatterNode(value: value, written: scalar.string, line: line, column: column)
        case .sequence(let sequence):
            var items: [FrontMatterNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, path: path, lines: lines, depth: depth + 1, budget: &budget)) }
            return FrontMatterNode(value: .list(items), line: line, column: column)
        case .mapping(let mapping):
            var entries: [(key: String, node: FrontMatterNode)] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    let (keyLine, keyColumn) = lines.position(key.mark)
                    throw Diagnostic(path: path, line: keyLine, column: keyColumn, "keys must be plain text")
                }
                entries.append((keyScalar.string, try convert(value, path: path, lines: lines, depth: depth + 1, budget: &budget)))
            }
            return FrontMatterNode(value: .table(entries), line: line, column: column)
        case .alias:
            // Yams.compose replaces aliases by the anchored node; this is only a safe fallback.
            return FrontMatterNode(value: .null, line: line, column: column)
        }
    }

    // YAML 1.1 typing of a scalar, as Hugo and Jekyll read front matter. Quoted and block
    // scalars, and those tagged `!!str`, are always text.
    private static func typed(_ scalar: Node.Scalar) -> Value {
        let text = scalar.string
        let tag = scalar.tag.rawValue
        if tag == Yams.Tag.Name.str.rawValue { return .string(text) }
        guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON":
            return .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF":
            return .bool(false)
        default:
            break
        }
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (0x30...0x39).contains(first)
        else { return .string(text) }
        if bytes.count >= 8, bytes[0..<4].allSatisfy({ (0x30...0x39).contains($0) }), bytes[4] == UInt8(ascii: "-") {
            return .timestamp(text)
        }
        if let number = Int(text) { return .int(number) }
        if text.hasPrefix("0x"), let number = Int(text.dropFirst(2), radix: 16) { return .int(number) }
        if text.hasPrefix("0o"), let number = Int(text.dropFirst(2), radix: 8) { return .int(number) }
        let isNumeric = bytes.allSatisfy { byte in
            (0x30...0x39).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        }
        if isNumeric, let number = Double(text) { return .double(number) }
        return .string(text)
    }

    private static func diagnostic(for error: YamlError, yaml: String, path: String, lines: YAMLLineMap) -> Diagnostic {
        func located(_ mark: Mark, _ message: String) -> Diagnostic {
            let (line, column) = lines.position(mark)
            return Diagnostic(path: path, line: line, column: column, message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            return located(mark, "invalid YAML: \(prefix)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return located(context.mark, "invalid YAML: duplicate key \(keys)")
        case .reader(let problem, let offset, _, _):
            let (line, column) = TextPosition.lineAndColumn(ofCharacter: offset ?? 0, in: yaml)
            return Diagnostic(path: path, line: lines.position(nil).line + line - 1, column: column, "invalid YAML: \(problem)")
        default:
            return Diagnostic(path: path, line: lines.position(nil).line, column: 1, "invalid YAML: \(error)")
        }
    }
}
