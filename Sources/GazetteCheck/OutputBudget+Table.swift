import Foundation

extension OutputBudget {
    /// One line for the end of a build:
    /// `Output: 30,045 files, 535.2 MB (articles 10,000 · 180.1 MB, lists ..., feeds ...)`.
    public var summaryLine: String {
        let parts = Kind.allCases.compactMap { kind -> String? in
            let row = self[kind]
            return row.files == 0 ? nil : "\(kind.rawValue) \(Self.count(row.files)) · \(Self.megabytes(row.bytes))"
        }
        return "Output: \(Self.count(total.files)) files, \(Self.megabytes(total.bytes)) (\(parts.joined(separator: ", ")))"
    }

    /// The budget as a table, by kind, then the largest file and the fullest folder.
    public var table: String {
        var lines = [Self.row("kind", "files", "bytes", "share")]
        for kind in Kind.allCases where self[kind].files > 0 {
            let row = self[kind]
            let share = total.bytes == 0 ? 0 : Double(row.bytes) * 100 / Double(total.bytes)
            lines.append(Self.row(kind.rawValue, Self.count(row.files), Self.megabytes(row.bytes), String(format: "%.0f%%", share)))
        }
        lines.append(Self.row("total", Self.count(total.files), Self.megabytes(total.bytes), "100%"))
        lines.append("largest file: \(largest.path) (\(Self.megabytes(largest.bytes)))")
        let fullest = fullestFolder
        lines.append("fullest folder: \(fullest.path.isEmpty ? "/" : fullest.path) (\(Self.count(fullest.files)) files)")
        return lines.joined(separator: "\n")
    }

    private static func row(_ kind: String, _ files: String, _ bytes: String, _ share: String) -> String {
        kind.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(repeating: " ", count: max(0, 10 - files.count)) + files
            + String(repeating: " ", count: max(0, 12 - bytes.count)) + bytes
            + String(repeating: " ", count: max(0, 7 - share.count)) + share
    }

    /// `30,045`.
    static func count(_ number: Int) -> String {
        let digits = String(number)
        var text = ""
        for (position, digit) in digits.enumerated() {
            if position > 0 && (digits.count - position) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// `535.2 MB` (decimal megabytes, as hosts state their limits' sizes in GB).
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
