import Foundation

/// Where an article is published, from a pattern such as `/:year/:month/:day/:slug.html`.
///
/// Tokens (the article's local date as written): `:year` (4 digits), `:short_year` (2),
/// `:month`, `:day` (2 digits), `:i_month`, `:i_day` (no leading zero), `:y_day` (day of the
/// year, 3 digits), `:hour`, `:minute`, `:second`, `:monthname` (`march`); `:slug` and `:title`
/// (the front matter's `slug`, else the file name without a Jekyll date), `:filename` (the file
/// or bundle folder name as it is), `:section` (the section's slug, or `articles` when the
/// article has none), `:sections` (the folders above the file under `Content/`),
/// `:categories` and `:slugified_categories` (every category, as slugs, joined by `/`), and
/// `:output_ext` (`.html`). Parts a token leaves empty are dropped, as Jekyll does. `pretty`
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
    /// Jekyll's named styles other than `pretty` (Gazette's `pretty` has no categories).
    static let jekyllStyles = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]
    /// The section token's value for articles without a section.
    public static let noSectionFolder = "articles"

    private enum Part: Sendable, Hashable {
        case literal(String)
        case year, shortYear, month, day, plainMonth, plainDay, yearDay, hour, minute, second, monthName
        case slug, fileName, section, folders, categories, outputExtension
    }

    private static let tokens: [String: Part] = [
        "year": .year, "short_year": .shortYear, "month": .month, "day": .day, "i_month": .plainMonth,
        "i_day": .plainDay, "y_day": .yearDay, "hour": .hour, "minute": .minute, "second": .second,
        "monthname": .monthName, "slug": .slug, "title": .slug, "filename": .fileName, "section": .section,
        "sections": .folders, "categories": .categories, "slugified_categories": .categories,
        "output_ext": .outputExtension,
    ]

    /// The pattern as written in `site.yml`.
    public let pattern: String
    private let parts: [Part]
    private let isFolder: Bool
    /// Whether a token may expand to nothing (`:categories`, `:sections`), leaving `//`.
    private let mayLeaveEmptyParts: Bool

    /// Checks `pattern`: it must contain `:slug`, use only the known tokens, and stay inside the
    /// output folder (no `..`, `.`, empty parts, `\`, `?` or `#`).
    /// An article's own pattern (Jekyll allows tokens in a post's `permalink`) need not name it.
    public init(pattern: String, namesArticle: Bool = true) throws(PatternError) {
        self.pattern = pattern
        func failure(_ message: String) -> PatternError { PatternError(pattern: pattern, message: message) }
        var text = pattern.trimmingCharacters(in: .whitespaces)
        if text == "pretty" { text = Permalink.prettyPattern }
        if let builtIn = Permalink.jekyllStyles[text] { text = builtIn }
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
        if !folder, let last = components.last, !last.contains("."), !last.contains(":output_ext") { folder = true }
        parts = try Permalink.parse(text, failure: failure)
        guard !namesArticle || parts.contains(.slug) || parts.contains(.fileName) else {
            throw failure("it must contain :slug, :title or :filename")
        }
        isFolder = folder
        mayLeaveEmptyParts = parts.contains(.categories) || parts.contains(.folders)
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
        let date = article.date
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .year: result += Permalink.padded(date.year, 4)
            case .shortYear: result += Permalink.padded(date.year % 100, 2)
            case .month: result += Permalink.padded(date.month, 2)
            case .day: result += Permalink.padded(date.day, 2)
            case .plainMonth: result += String(date.month)
            case .plainDay: result += String(date.day)
            case .yearDay: result += Permalink.padded(Permalink.dayOfYear(date), 3)
            case .hour: result += Permalink.padded(date.hour, 2)
            case .minute: result += Permalink.padded(date.minute, 2)
            case .second: result += Permalink.padded(date.second, 2)
            case .monthName: result += ArticleDate.monthName(date.month).lowercased()
            case .slug: result += article.slug
            case .fileName: result += Slug.make(Permalink.sourceName(article.sourcePath))
            case .section:
                let slug = article.section?.slug ?? ""
                result += slug.isEmpty ? Permalink.noSectionFolder : slug
            case .folders: result += Permalink.folders(of: article.sourcePath).map { Slug.make(String($0)) }.joined(separator: "/")
            case .categories: result += article.categories.map(Slug.make).filter { !$0.isEmpty }.joined(separator: "/")
            case .outputExtension: result += ".html"
            }
        }
        guard mayLeaveEmptyParts else { return result }
        return result.split(separator: "/").joined(separator: "/")
    }

    /// The file name without extension, or a page bundle's folder name.
    public static func sourceName(_ sourcePath: String) -> String {
        let parts = sourcePath.split(separator: "/")
        guard let last = parts.last else { return sourcePath }
        if last.hasPrefix("index."), parts.count > 2 { return String(parts[parts.count - 2]) }
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return String(last) }
        return String(last[..<dot])
    }

    /// The folders between `Content/` and the article's file (or its bundle folder).
    public static func folders(of sourcePath: String) -> [Substring] {
        var parts = sourcePath.split(separator: "/").dropFirst()  // Content/
        if let last = parts.last, last.hasPrefix("index."), parts.count > 1 { parts.removeLast() }
        return Array(parts.dropLast())
    }

    private static func dayOfYear(_ date: ArticleDate) -> Int {
        let days = [31, date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return days.prefix(date.month - 1).reduce(0, +) + date.day
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
            let end = text[next...].firstIndex(where: { !($0.isASCII && ($0.isLetter || $0 == "_")) }) ?? text.endIndex
            guard let token = tokens[String(text[next..<end])] else {
                throw failure("unknown token ':\(text[next..<end])' (use :year, :month, :day, :slug, :title or :section; README lists them all)")
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
