import GazetteContent

/// The routes and lists of a site, computed from the articles before anything is rendered.
package struct SitePlan: Sendable {
    package let config: SiteConfig
    package let entries: [ArticleEntry]
    package let index: SiteIndex
    /// The sections the navigation lists: the configured ones that have articles, in their
    /// order, then the others.
    package let navSections: [Section]
    /// How many of `entries` (a prefix) appear in lists, feeds and archives; the rest are
    /// pages (`type: page`), published only at their own URL.
    package let listedCount: Int
    /// Hash of everything global that every page shows: settings, theme, build options,
    /// navigation. Part of every page's fingerprint.
    package let siteKey: UInt64
    /// Per article, a hash of what other pages show of it (every field but the body): list
    /// items, neighbour links and related articles change only when it does.
    package let shapeKeys: [UInt64]
    /// Per article, its shape key and its file's stamp: changes whenever the article may have,
    /// body included. Its own page and the feeds it is in depend on it.
    package let contentKeys: [UInt64]
    /// Per article, the related articles its page lists, best first.
    package let related: [[Int]]
    /// Per template, the hash of it and what it draws on (``BuildKeys/templates(_:)``).
    let templateKeys: [String: UInt64]
    /// Redirect pages from old URLs (aliases, moved URLs) to articles, sorted by file.
    package let redirects: [URLClaims.Redirect]
    /// What internal references in bodies resolve against.
    package let links: InternalLinks
    /// Per article, a hash of where its internal references lead (0 when it has none): its
    /// page and feeds are made again when a target's URL changes.
    package let linkKeys: [UInt64]

    /// `articles` must be sorted by ``Article/siteOrder(_:_:)``.
    /// `sourceKeys` gives a stamp of each article's file (size and time); `settingsKey` hashes
    /// settings and options, `templateKeys` each template.
    package init(
        config: SiteConfig, articles sorted: [Article], settingsKey: UInt64 = 0, templateKeys: [String: UInt64] = [:],
        moved: [URLClaims.Moved] = [], sourceKeys: @Sendable (Article) -> UInt64 = { _ in 0 }
    ) throws(DiagnosticsError) {
        let rules = try Self.rules(config)
        let entries = Parallel.map(sorted.count) { ArticleEntry(article: sorted[$0], rules: rules) }
        let listed = sorted.firstIndex(where: \.isPage) ?? sorted.count  // pages come last
        // Two tasks of one core each, side by side.
        let (claims, index) = Parallel.pair({ () -> Result<[URLClaims.Redirect], DiagnosticsError> in
            do throws(DiagnosticsError) {
                let pages = entries.map { (URLClaims.Claimant($0.article), $0.url, $0.file) }
                return .success(try URLClaims.redirects(pages, rules: rules, moved: moved))
            } catch {
                return .failure(error)
            }
        }, { SiteIndex(articles: sorted, count: listed, knownSections: config.sections) })
        let redirects = try claims.get()
        let navSections = Self.navSections(config: config, index: index)
        let shapeKeys = Parallel.map(sorted.count) { Self.shapeKey(sorted[$0]) }
        let finder = RelatedArticles(articles: sorted, tags: index.tags)
        var site = StableHash()
        site.add(settingsKey)
        for section in navSections { site.add(section.name); site.add(section.slug) }
        self.init(config: config, entries: entries, index: index, navSections: navSections, siteKey: site.value, shapeKeys: shapeKeys,
                  contentKeys: Parallel.map(sorted.count) { Self.contentKey(shape: shapeKeys[$0], source: sourceKeys(sorted[$0])) },
                  related: Parallel.map(sorted.count) { $0 < listed ? finder.related(to: $0) : [] }, templateKeys: templateKeys,
                  redirects: redirects)
    }

    /// A plan of a few articles out of a site planned before (see ``QuickRebuild``): the
    /// articles sorted as in the whole site, their keys, and the related lists of the ones
    /// whose pages are rendered, as indices into `articles`.
    package init(
        config: SiteConfig, articles: [Article], navSections: [Section], siteKey: UInt64,
        shapeKeys: [UInt64], contentKeys: [UInt64], related: [[Int]], templateKeys: [String: UInt64]
    ) throws(DiagnosticsError) {
        let rules = try Self.rules(config)
        let entries = articles.map { ArticleEntry(article: $0, rules: rules) }
        self.init(config: config, entries: entries, index: SiteIndex(articles: [], knownSections: config.sections),
                  navSections: navSections, siteKey: siteKey,
                  shapeKeys: shapeKeys, contentKeys: contentKeys, related: related, templateKeys: templateKeys, redirects: [])
    }

    private init(
        config: SiteConfig, entries: [ArticleEntry], index: SiteIndex, navSections: [Section], siteKey: UInt64,
        shapeKeys: [UInt64], contentKeys: [UInt64], related: [[Int]], templateKeys: [String: UInt64],
        redirects: [URLClaims.Redirect]
    ) {
        // The tables are only needed when some body links to another page.
        let linking = entries.contains { !$0.article.references.isEmpty }
        let links = InternalLinks(entries: linking ? entries : [], redirects: linking ? redirects : [], baseURL: config.baseURL)
        self.redirects = redirects
        self.links = links
        linkKeys = Parallel.map(entries.count) { index in
            let article = entries[index].article
            guard !article.references.isEmpty else { return 0 }
            var key = StableHash()
            for reference in article.references {
                switch links.resolve(reference, from: article.sourcePath) {
                case .success(.article(let target)): key.add(entries[target].url)
                case .success(.path(let path)): key.add("/" + path)
                case .failure(let problem): key.add(problem.message)
                }
            }
            return key.value
        }
        self.config = config
        self.entries = entries
        listedCount = entries.firstIndex(where: \.article.isPage) ?? entries.count
        self.index = index
        self.navSections = navSections
        self.siteKey = siteKey
        self.shapeKeys = shapeKeys
        self.contentKeys = contentKeys
        self.related = related
        self.templateKeys = templateKeys
    }

    private static func navSections(config: SiteConfig, index: SiteIndex) -> [Section] {
        let present = Set(index.sections.map(\.term.slug))
        return config.sections.filter { present.contains($0.slug) }
            + index.sections.map(\.term).filter { known in !config.sections.contains { $0.slug == known.slug } }
    }

    private static func rules(_ config: SiteConfig) throws(DiagnosticsError) -> PermalinkRules {
        do {
            return try PermalinkRules(config: config)
        } catch {
            throw DiagnosticsError([Diagnostic(path: "site.yml", error.description)])
        }
    }

    /// The hash of an article without its body: of the bytes the content cache keeps of it.
    package static func shapeKey(_ article: Article) -> UInt64 {
        var out = ByteWriter()
        article.encodeWithoutBody(into: &out)
        var hash = StableHash()
        out.bytes.withUnsafeBytes { hash.add($0) }
        return hash.value
    }

    package static func contentKey(shape: UInt64, source: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.add(shape)
        hash.add(source)
        return hash.value
    }

    /// The fingerprint of article `index`'s page: the site, the article with its body, what
    /// its page shows of its neighbours and related articles.
    package func articleKey(_ index: Int) -> UInt64 {
        var key = StableHash()
        key.add(pageKey(template: "article"))
        key.add(contentKeys[index])
        key.add(linkKeys[index])
        key.add(index > 0 ? shapeKeys[index - 1] : 0)
        key.add(index + 1 < entries.count ? shapeKeys[index + 1] : 0)
        for other in related[index] { key.add(shapeKeys[other]) }
        return key.value
    }

    /// What every page made with `template` depends on: the site and the template.
    package func pageKey(template: String) -> UInt64 {
        var key = StableHash()
        key.add(siteKey)
        key.add(templateKeys[template] ?? 0)
        return key.value
    }

    /// The fingerprint of a feed's files: the site, the feed, its articles with their bodies.
    package func feedKey(_ feed: Feeds.Feed) -> UInt64 {
        var key = StableHash()
        key.add(siteKey)
        key.add(feed.base)
        for member in feed.members { key.add(contentKeys[member]); key.add(linkKeys[member]) }
        return key.value
    }
}
