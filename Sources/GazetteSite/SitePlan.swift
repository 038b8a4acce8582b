import GazetteContent

/// The routes and lists of a site, computed from the articles before anything is rendered.
struct SitePlan: Sendable {
    let config: SiteConfig
    let entries: [ArticleEntry]
    let index: SiteIndex
    let related: RelatedArticles
    let factory: PageFactory
    /// Hash of everything global that every page shows: settings, theme, build options,
    /// navigation. Part of every page's fingerprint.
    let siteKey: UInt64
    /// Per article, a hash of its source (metadata and file stamp): changes whenever anything
    /// about the article may have changed.
    let itemKeys: [UInt64]

    /// `articles` must be sorted oldest first (by instant, then source path).
    /// `sourceKeys` gives a stamp of each article's file (size and time); `globalKey` hashes
    /// settings, theme and options.
    init(
        config: SiteConfig, articles sorted: [Article], globalKey: UInt64 = 0,
        sourceKeys: @Sendable (Article) -> UInt64 = { _ in 0 }
    ) throws(DiagnosticsError) {
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
        itemKeys = Parallel.map(sorted.count) { position in
            var out = ByteWriter()
            sorted[position].encodeWithoutBody(into: &out)
            var hash = StableHash()
            out.bytes.withUnsafeBytes { hash.add($0) }
            hash.add(sourceKeys(sorted[position]))
            return hash.value
        }
        var site = StableHash()
        site.add(globalKey)
        for section in factory.navSections { site.add(section.name); site.add(section.slug) }
        siteKey = site.value
    }
}
