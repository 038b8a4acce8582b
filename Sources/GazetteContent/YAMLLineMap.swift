import Yams

// Converts libyaml's positions into the file's. libyaml also ends lines at a lone "\r", U+0085,
// U+2028 and U+2029, which editors (and Gazette's line numbers) do not; text exported from a CMS
// often holds U+2028. Columns count Unicode scalars, as libyaml does.
struct YAMLLineMap {
    // For each libyaml line (index 0 = its line 1): the file line, and the column it starts at.
    private let starts: [(line: Int, column: Int)]?
    private let firstLine: Int

    init(_ yaml: String, firstLine: Int) {
        self.firstLine = firstLine
        // Fast path: no extra line breaks, so libyaml's lines are the file's.
        let mayDiffer = yaml.utf8.contains { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }
        guard mayDiffer else {
            starts = nil
            return
        }
        var starts: [(line: Int, column: Int)] = [(0, 1)]
        var line = 0
        var column = 1
        var previous: Unicode.Scalar = " "
        for scalar in yaml.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r":
                // "\r\n" is one break for libyaml, counted at the "\r"; for the file it is this one.
                line += 1
                column = 1
                starts[starts.count - 1] = (line, 1)
            case "\n":
                line += 1
                column = 1
                starts.append((line, 1))
            case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                column += 1
                starts.append((line, column))
            default:
                column += 1
            }
            previous = scalar
        }
        self.starts = starts
    }

    // The file position of a libyaml mark (both 1-based).
    func position(_ mark: Mark?) -> (line: Int, column: Int) {
        let line = mark?.line ?? 1
        let column = mark?.column ?? 1
        guard let starts, line >= 1, line <= starts.count else { return (line + firstLine - 1, column) }
        let start = starts[line - 1]
        return (start.line + firstLine, start.column + column - 1)
    }
}
