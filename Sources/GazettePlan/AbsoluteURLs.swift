/// Absolute URLs for the places that need them (feeds, sitemaps, canonical links, OpenGraph,
/// JSON-LD), all derived from `base_url`. Pages themselves keep relative links.
package struct AbsoluteURLs: Sendable {
    /// `base_url`, with a trailing slash.
    package let base: String

    package init(base: String) {
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// The absolute URL of a root-relative path (`tags/flood/`, `` for the home page).
    package func page(_ path: String) -> String { base + path }

    /// Where the article's page is published on this site.
    package func own(_ entry: ArticleEntry) -> String { page(entry.url) }

    /// The article's canonical URL: its explicit `canonical`, else its own URL. Stable, so
    /// feeds use it as the entry id.
    package func canonical(_ entry: ArticleEntry) -> String {
        guard let given = entry.article.canonicalURL, !given.isEmpty else { return own(entry) }
        return Self.resolve(given, against: own(entry))
    }

    /// The lead image of an article, absolute, when it has one.
    package func image(_ entry: ArticleEntry) -> String? {
        guard let path = entry.article.image?.path, !path.isEmpty else { return nil }
        let fromPage = entry.bundleURL(path, fromFile: entry.file) ?? path
        return Self.resolve(fromPage, against: own(entry))
    }

    /// Resolves `reference` against the absolute URL `base` as a browser would (RFC 3986,
    /// section 5.2): URLs with a scheme are kept, `//host`, `/path`, `?query`, `#fragment`
    /// and relative paths (with `.` and `..` segments) are joined to the base.
    package static func resolve(_ reference: String, against base: String) -> String {
        if hasScheme(reference) { return reference }
        guard let schemeEnd = base.range(of: "://") else { return reference }
        let scheme = base[..<schemeEnd.lowerBound]
        let afterScheme = base[schemeEnd.upperBound...]
        let pathStart = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        let origin = String(base[..<pathStart])
        let rest = base[pathStart...]
        let withoutFragment = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let path = withoutFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        if reference.hasPrefix("//") { return scheme + ":" + reference }
        if reference.isEmpty { return origin + withoutFragment }
        if reference.hasPrefix("#") { return origin + withoutFragment + reference }
        if reference.hasPrefix("?") { return origin + path + reference }
        if reference.hasPrefix("/") { return origin + normalized(reference) }
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return origin + normalized(String(folder) + reference)
    }

    /// Whether `url` starts with a scheme such as `https:` or `mailto:`.
    package static func hasScheme(_ url: String) -> Bool {
        guard let first = url.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return false }
        for scalar in url.unicodeScalars {
            if scalar == ":" { return true }
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "+" || scalar == "-" || scalar == "."
            if !allowed { return false }
        }
        return false
    }

    /// Removes `.` and `..` segments from the path part of `reference`, keeping query and fragment.
    private static func normalized(_ reference: String) -> String {
        let cut = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        var output: [Substring] = []
        let segments = reference[..<cut].split(separator: "/", omittingEmptySubsequences: false)
        for (position, segment) in segments.enumerated() {
            let isLast = position == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        let path = output.joined(separator: "/")
        return (path.hasPrefix("/") ? path : "/" + path) + reference[cut...]
    }
}
