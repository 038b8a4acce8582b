import Foundation
import GazetteSite

/// Prints diagnostics to standard error, one per line, like a compiler: the severity in
/// colour on a terminal, plain text anywhere else.
enum Report {
    static func diagnostics(_ diagnostics: [Diagnostic]) {
        var lines = diagnostics.map(line)
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { lines.append("\(errors) error\(errors == 1 ? "" : "s")") }
        guard !lines.isEmpty else { return }
        Terminal.write(2, lines.joined(separator: "\n") + "\n")
    }

    /// `path:3:7: error: message`, with `error:` in red on a colour terminal.
    static func line(_ diagnostic: Diagnostic) -> String {
        guard Terminal.colours else { return diagnostic.description }
        let plain = diagnostic.description
        let label = diagnostic.severity.rawValue + ":"
        guard let range = plain.range(of: ": " + label) else { return plain }
        let painted = diagnostic.severity == .error ? Terminal.red(label) : Terminal.magenta(label)
        return Terminal.bold(String(plain[..<range.lowerBound]) + ":") + " " + painted + plain[range.upperBound...]
    }
}
