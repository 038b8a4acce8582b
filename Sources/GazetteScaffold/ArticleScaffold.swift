import Foundation
import GazetteContent

/// A new article's file (`gazette new`): YAML front matter with the title, the date in the
/// site's time zone and the optional section, tags and author, then a line to replace.
public struct ArticleScaffold: Sendable, Hashable {
    public var title: String
    public var section: String?
    public var tags: [String]
    public var author: String?

    public init(title: String, section: String? = nil, tags: [String] = [], author: String? = nil) {
        self.title = title
        self.section = section
        self.tags = tags
        self.author = author
    }

    /// `now` on the wall clock of the site's time zone (UTC when the zone is unknown).
    public static func date(now: Date, timeZone: String) -> ArticleDate {
        let offset = TimeZone(identifier: timeZone)?.secondsFromGMT(for: now) ?? 0
        return ArticleDate(instant: now, utcOffset: offset)
    }

    /// `Content/2019/03/slug.md`.
    public static func path(slug: String, date: ArticleDate) -> String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "Content/\(date.year)/\(month)/\(slug).md"
    }

    /// The slug made from the title; empty when the title has no letters or digits.
    public var slug: String { Slug.make(title) }

    /// The file's text, dated `date`.
    public func text(date: ArticleDate) -> String {
        var lines = ["---", "title: \(YAMLText.quoted(title))", "date: \(date.rfc3339)"]
        if let section { lines.append("section: \(YAMLText.quoted(section))") }
        if !tags.isEmpty { lines.append("tags: \(YAMLText.list(tags))") }
        if let author { lines.append("author: \(YAMLText.quoted(author))") }
        lines.append("# draft: true   (uncomment to leave it out of builds until it is ready)")
        lines += ["---", "", "Write the story here.", ""]
        return lines.joined(separator: "\n")
    }

    /// Writes the article into the site folder, never over an existing file. Returns the
    /// path written, relative to the site folder.
    public func write(siteDirectory: URL, date: ArticleDate) throws(DiagnosticsError) -> String {
        guard !slug.isEmpty else {
            throw DiagnosticsError([Diagnostic(path: "title", "the title '\(title)' has no letters or digits to make a file name from")])
        }
        let path = Self.path(slug: slug, date: date)
        let url = siteDirectory.appending(path: path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw DiagnosticsError([Diagnostic(path: path, "refusing to overwrite an existing article")])
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text(date: date).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw DiagnosticsError([Diagnostic(path: path, "cannot write: \(error.localizedDescription)")])
        }
        return path
    }
}
