/// Which URL each article is published at: the `url` (`path`, `permalink`) its front matter
/// sets, else the `permalinks:` pattern of its section, else the site's `permalink`. A
/// section's key names either the first folder under `Content/` (Hugo's and Zola's sections,
/// `Content/posts/…`) or the section's slug; the folder is tried first.
public struct PermalinkRules: Sendable {
    let site: Permalink
    let bySection: [String: Permalink]

    /// Fails on the first invalid pattern; `site.yml` has already reported each at its line.
    public init(config: SiteConfig) throws(Permalink.PatternError) {
        site = try Permalink(pattern: config.permalink)
        var bySection: [String: Permalink] = [:]
        for (key, pattern) in config.permalinks { bySection[key.lowercased()] = try Permalink(pattern: pattern) }
        self.bySection = bySection
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
