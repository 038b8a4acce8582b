import Foundation

/// A URL path on the site as archives write it in front matter (`url`, `path`, `permalink`,
/// `aliases`, `redirect_from`): with or without a leading slash (always from the site root),
/// with or without a trailing slash. Normalised without the leading slash: `2019/03/x.html`
/// names a file; `releases/1.88.0/` a folder served by its `index.html`. A last part without
/// a letters-only extension (`about`, `1.88.0`) is a folder, as Hugo and Zola publish it.
public enum PublishedPath {
    /// The normalised path, or why `text` cannot be one.
    public static func normalize(_ text: String) -> Result<String, PathProblem> {
        var path = text.trimmingWhitespace
        if path.hasPrefix("//") || path.contains("://") { return .failure(.otherHost) }
        if path.contains("\\") || path.contains("\0") { return .failure(.escapes) }
        if path.contains("?") || path.contains("#") { return .failure(.notPlain) }
        if path.contains(where: \.isWhitespace) { return .failure(.spaces) }
        while path.hasPrefix("/") { path.removeFirst() }
        guard !path.isEmpty else { return .failure(.root) }
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let folder = parts.last == ""
        if folder { parts.removeLast() }
        for part in parts {
            let decoded = part.removingPercentEncoding ?? String(part)
            if decoded == ".." || decoded == "." { return .failure(.escapes) }
            if part.isEmpty { return .failure(.emptyPart) }
        }
        if folder || !hasFileExtension(parts.last ?? "") { return .success(parts.joined(separator: "/") + "/") }
        return .success(parts.joined(separator: "/"))
    }

    /// The file that serves `path`: a folder's `index.html`, else the path itself.
    /// Percent-escapes are decoded, as a static server does before it looks for the file.
    public static func file(of path: String) -> String {
        let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        return file.contains("%") ? (file.removingPercentEncoding ?? file) : file
    }

    /// `story.html`, `old.php`: a dot followed by one to five ASCII letters.
    public static func hasFileExtension(_ name: Substring) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let extensionText = name[name.index(after: dot)...]
        return (1...5).contains(extensionText.count) && extensionText.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Why a written path was refused.
    public enum PathProblem: Error, Sendable {
        case otherHost, escapes, notPlain, spaces, root, emptyPart

        /// The message after the quoted path.
        public var message: String {
            switch self {
            case .otherHost: "must be a path on this site, not a URL of another host"
            case .escapes: "would escape the output folder"
            case .notPlain: "must be a plain path, without '?' or '#'"
            case .spaces: "must not contain spaces (write them as %20)"
            case .root: "would replace the home page"
            case .emptyPart: "has an empty path part ('//')"
            }
        }
    }
}

/// Where a value was written in a source file.
public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
