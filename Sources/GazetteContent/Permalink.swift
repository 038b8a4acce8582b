import Foundation

/// Where an article is published, from a pattern such as `/:year/:month/:day/:slug.html`.
///
/// Tokens: `:year` (4 digits), `:month`, `:day` (2 digits, the article's local date as written),
/// `:slug`, and `:section` (the section's slug, or `articles` when the article has none). `pretty`
/// stands for `/:year/:month/:day/:slug/`. A pattern ending in `/`, or whose last part has no
/// extension, publishes `…/index.html` in a folder; otherwise the last part is the file name.
public struct Permalink: Sendable, Hashable {
    /// Why a pattern was rejected.
    public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The pattern as written.
        public let pattern: String
        /// What is wrong with it.
        public let message: String

        public init(pattern: String, message: String) {
            self.pattern = pattern
            self.message = message
        }

        public var description: String { "invalid permalink '\(pattern)': \(message)" }
    }

    /// The pattern used when `site.yml` sets none.
    public static let defaultPattern = "/:year/:month/:day/:slug.html"
    /// The folder-style pattern `pretty` stands for.
    public static let prettyPattern = "/:year/:month/:day/:slug/"
    /// The section token's value for articles without a section.
    public static let noSectionFolder = "articles"

    private enum Part: Sendable, Hashable {
        case literal(String)
        case year, month, day, slug, section
    }

    /// The pattern as written in `site.yml`.
    public let pattern: String
    private let parts: [Part]
    private let isFolder: Bool

    /// Checks `pattern`: it must contain `:slug`, use only the known tokens, and stay inside the
    /// output folder (no `..`, `.`, empty parts, `\`, `?` or `#`).
    public init(pattern: String) throws(PatternError) {
        self.pattern = pattern
        func failure(_ message: String) -> PatternError { PatternError(pattern: pattern, message: message) }
        var text = pattern.trimmingCharacters(in: .whitespaces)
        if text == "pretty" { text = Permalink.prettyPattern }
        while text.hasPrefix("/") { text.removeFirst() }
        guard !text.isEmpty else { throw failure("it is empty") }
        if let bad = text.first(where: { $0 == "\\" || $0 == "?" || $0 == "#" || $0.isWhitespace }) {
            throw failure("it must not contain '\(bad)'")
        }
        var folder = text.hasSuffix("/")
        if folder { text.removeLast() }
        let components = text.split(separator: "/", omittingEmptySubsequences: false)
        for component in components where component.isEmpty || component == "." || component == ".." {
            throw failure(component.isEmpty ? "it has an empty path part ('//')" : "it must not contain '\(component)' parts")
        }
        if !folder, let last = components.last, !last.contains(".") { folder = true }
        parts = try Permalink.parse(text, failure: failure)
        guard parts.contains(.slug) else { throw failure("it must contain :slug") }
        isFolder = folder
    }

    /// The article's URL relative to the site root, without a leading slash:
    /// `2019/03/07/bridge.html`, or `2019/03/07/bridge/` for folder patterns.
    public func urlPath(for article: Article) -> String {
        isFolder ? expand(for: article) + "/" : expand(for: article)
    }

    /// The file to write, relative to the output folder: `2019/03/07/bridge.html` or
    /// `2019/03/07/bridge/index.html`.
    public func outputFile(for article: Article) -> String {
        isFolder ? expand(for: article) + "/index.html" : expand(for: article)
    }

    private func expand(for article: Article) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .year: result += Permalink.padded(article.date.year, 4)
            case .month: result += Permalink.padded(article.date.month, 2)
            case .day: result += Permalink.padded(article.date.day, 2)
            case .slug: result += article.slug
            case .section:
                let slug = article.section?.slug ?? ""
                result += slug.isEmpty ? Permalink.noSectionFolder : slug
            }
        }
        return result
    }

    private static func parse(_ text: String, failure: (String) -> PatternError) throws(PatternError) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            guard character == ":", next < text.endIndex, text[next].isASCII, text[next].isLetter else {
                literal.append(character)
                index = next
                continue
            }
            let end = text[next...].firstIndex(where: { !($0.isASCII && $0.isLetter) }) ?? text.endIndex
            let token: Part
            switch text[next..<end] {
            case "year": token = .year
            case "month": token = .month
            case "day": token = .day
            case "slug": token = .slug
            case "section": token = .section
            default:
                throw failure("unknown token ':\(text[next..<end])' (use :year, :month, :day, :slug or :section)")
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(token)
            index = end
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
