/// Which URL each article is published at: the `url` (`path`, `permalink`) its front matter
/// sets, else the `permalinks:` pattern of its section, else the site's `permalink`. A
/// section's key names either the first folder under `Content/` (Hugo's and Zola's sections,
/// `Content/posts/…`) or the section's slug; the folder is tried first.
public struct PermalinkRules: Sendable {
    let site: Permalink
    let bySection: [String: Permalink]
    /// `relative_aliases: page`: an alias without a leading slash is relative to the page.
    let aliasesFromPage: Bool

    /// Fails on the first invalid pattern; `site.yml` has already reported each at its line.
    public init(config: SiteConfig) throws(Permalink.PatternError) {
        site = try Permalink(pattern: config.permalink)
        var bySection: [String: Permalink] = [:]
        for (key, pattern) in config.permalinks { bySection[key.lowercased()] = try Permalink(pattern: pattern) }
        self.bySection = bySection
        aliasesFromPage = config.relativeAliases == .page
    }

    /// The URL an alias of a page at `url` stands for, from the site root: as written, or,
    /// with `relative_aliases: page` and no leading slash, from the page's folder as Hugo
    /// does (`old` on `posts/new/` is `posts/old/`); nil when that climbs above the root.
    public func aliasURL(_ alias: String, of url: String) -> String? {
        if alias.hasPrefix("/") { return String(alias.dropFirst()) }
        guard aliasesFromPage else { return alias }
        var folder = url.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        if url.hasSuffix("/") { folder = folder.dropLast() }
        var parts = Array(folder)
        for part in alias.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The article's URL relative to the site root (`2019/03/07/bridge.html`, `blog/x/`) and the
    /// file that serves it (`blog/x/index.html`).
    public func place(_ article: Article) -> (url: String, file: String) {
        if let url = article.url {
            // A post's own `permalink: /blog/:year/:title/` (Jekyll) is a pattern.
            if url.contains(":"), let own = try? Permalink(pattern: url, namesArticle: false) {
                return (own.urlPath(for: article), own.outputFile(for: article))
            }
            return (url, PublishedPath.file(of: url))
        }
        let pattern = pattern(for: article)
        return (pattern.urlPath(for: article), pattern.outputFile(for: article))
    }

    private func pattern(for article: Article) -> Permalink {
        guard !bySection.isEmpty else { return site }
        if let folder = Permalink.folders(of: article.sourcePath).first, let pattern = bySection[folder.lowercased()] {
            return pattern
        }
        if let section = article.section, let pattern = bySection[section.slug] ?? bySection[section.name.lowercased()] {
            return pattern
        }
        return site
    }
}
