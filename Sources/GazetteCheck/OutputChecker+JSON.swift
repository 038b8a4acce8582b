import Foundation
import GazetteContent

extension OutputChecker.Report {
    /// An empty report holding only `diagnostics` (content errors found before any page was read).
    public init(diagnostics: [Diagnostic]) {
        self.init(diagnostics: diagnostics.sorted(), pages: 0, links: 0)
    }

    /// Errors, not warnings.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// `{"errors":[{"path":…,"line":…,"column":…,"message":…}],"warnings":[…],"pages":N,"links":M}`,
    /// keys sorted, for tools.
    public var json: String {
        let entry = { (diagnostic: Diagnostic) in
            Entry(path: diagnostic.path, line: diagnostic.line, column: diagnostic.column, message: diagnostic.message)
        }
        let document = Document(
            errors: diagnostics.filter { $0.severity == .error }.map(entry),
            warnings: diagnostics.filter { $0.severity == .warning }.map(entry),
            pages: pages, links: links)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        var errors: [Entry]
        var warnings: [Entry]
        var pages: Int
        var links: Int
    }

    private struct Entry: Encodable {
        var path: String
        var line: Int?
        var column: Int?
        var message: String
    }
}
