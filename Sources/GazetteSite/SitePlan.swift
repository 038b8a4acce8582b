import GazetteContent

/// The routes and lists of a site, computed from the articles before anything is rendered.
struct SitePlan: Sendable {
    let config: SiteConfig
    let entries: [ArticleEntry]
    let index: SiteIndex
    let related: RelatedArticles
    let factory: PageFactory

    /// `articles` must be sorted oldest first (by instant, then source path).
    init(config: SiteConfig, articles sorted: [Article]) throws(DiagnosticsError) {
        self.config = config
        let permalink: Permalink
        do {
            permalink = try Permalink(pattern: config.permalink)
        } catch {
            throw DiagnosticsError([Diagnostic(path: "site.yml", "invalid permalink '\(config.permalink)': \(error)")])
        }
        entries = Parallel.map(sorted.count) { ArticleEntry(article: sorted[$0], permalink: permalink) }
        index = SiteIndex(articles: sorted, knownSections: config.sections)
        related = RelatedArticles(articles: sorted, tags: index.tags)
        factory = PageFactory(config: config, entries: entries, index: index)
    }
}
