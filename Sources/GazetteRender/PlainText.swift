import Foundation

/// Plain-text article bodies: paragraphs separated by blank lines, every character literal.
public enum PlainText {
    /// Each blank-line-separated paragraph becomes an escaped `<p>`; nothing is interpreted.
    public static func render(_ text: String) -> RenderedBody {
        var html = ""
        var words = 0
        var lead = ""
        for paragraph in paragraphs(of: text) {
            let joined = paragraph.joined(separator: " ")
            if lead.isEmpty { lead = joined }
            words += joined.split(whereSeparator: \.isWhitespace).count
            html += "<p>" + HTML.escape(paragraph.joined(separator: "\n")) + "</p>\n"
        }
        return RenderedBody(html: html, wordCount: words, leadText: lead)
    }

    /// The first paragraph, its lines joined by spaces.
    public static func leadText(of text: String) -> String {
        paragraphs(of: text).first?.joined(separator: " ") ?? ""
    }

    private static func paragraphs(of text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
