import TOMLKit

extension FrontMatterNode {
    // Parses a TOML block. TOMLKit reports positions only for syntax errors, so the position of
    // each value is taken from the line that assigns its key (``TOMLKeyPositions``).
    static func parseTOML(_ toml: String, path: String, firstLine: Int, config: SiteConfig) throws(Diagnostic) -> FrontMatterNode {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw Diagnostic(path: path, line: error.source.begin.line + firstLine - 1,
                             column: error.source.begin.column, "invalid TOML: \(error.description)")
        } catch {
            throw Diagnostic(path: path, line: firstLine, column: 1, "invalid TOML: \(error)")
        }
        let converter = TOMLConverter(positions: TOMLKeyPositions(toml, firstLine: firstLine), config: config)
        return converter.convert(table, keyPath: [], at: (firstLine, 1))
    }
}

// Turns TOMLKit values into ``FrontMatterNode``s, dates placed in the site's zone.
private struct TOMLConverter {
    let positions: TOMLKeyPositions
    let config: SiteConfig

    func convert(_ value: any TOMLValueConvertible, keyPath: [String], at position: (line: Int, column: Int)) -> FrontMatterNode {
        func node(_ value: FrontMatterNode.Value) -> FrontMatterNode {
            FrontMatterNode(value: value, line: position.line, column: position.column)
        }
        switch value.type {
        case .table:
            guard let table = value.table else { return node(.null) }
            var entries: [(key: String, node: FrontMatterNode)] = []
            for (key, child) in table {
                let childPath = keyPath + [key]
                let childPosition = positions[childPath] ?? position
                entries.append((key, convert(child, keyPath: childPath, at: childPosition)))
            }
            return node(.table(entries))
        case .array:
            guard let array = value.array else { return node(.null) }
            return node(.list(array.map { convert($0, keyPath: keyPath, at: position) }))
        case .string:
            return node(.string(value.string ?? ""))
        case .int:
            return node(value.int.map { .int($0) } ?? .null)
        case .double:
            return node(value.double.map { .double($0) } ?? .null)
        case .bool:
            return node(value.bool.map { .bool($0) } ?? .null)
        case .date:
            guard let date = value.date else { return node(.null) }
            let fields = ArticleDate.Fields(year: date.year, month: date.month, day: date.day)
            return node(ArticleDate(fields: fields, in: config).map { .date($0) } ?? .null)
        case .dateTime:
            guard let stamp = value.dateTime else { return node(.null) }
            let fields = ArticleDate.Fields(
                year: stamp.date.year, month: stamp.date.month, day: stamp.date.day,
                hour: stamp.time.hour, minute: stamp.time.minute, second: stamp.time.second,
                utcOffset: stamp.offset.map { $0.offset * 60 })
            return node(ArticleDate(fields: fields, in: config).map { .date($0) } ?? .null)
        case .time:
            guard let time = value.time else { return node(.null) }
            let text = [time.hour, time.minute, time.second].map { $0 < 10 ? "0\($0)" : "\($0)" }
            return node(.string(text.joined(separator: ":")))
        }
    }
}

// Where each key of a TOML document is assigned: the line, and the column its value starts at.
// A light scan of `[table]` headers and `key = value` lines; dotted and quoted keys included.
struct TOMLKeyPositions {
    private var positions: [[String]: (line: Int, column: Int)] = [:]

    init(_ toml: String, firstLine: Int) {
        var table: [String] = []
        for (index, rawLine) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("[") {
                let header = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                table = TOMLKeyPositions.keyPath(header)
                continue
            }
            guard let equals = TOMLKeyPositions.unquotedEquals(in: line) else { continue }
            let path = table + TOMLKeyPositions.keyPath(line[line.startIndex..<equals])
            let value = line[line.index(after: equals)...].drop(while: { $0 == " " || $0 == "\t" })
            let column = rawLine.unicodeScalars.distance(from: rawLine.startIndex, to: value.startIndex) + 1
            if positions[path] == nil { positions[path] = (index + firstLine, column) }
        }
    }

    subscript(path: [String]) -> (line: Int, column: Int)? { positions[path] }

    private static func unquotedEquals(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
        }
        return nil
    }

    private static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
