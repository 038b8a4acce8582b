import GazetteContent
import GazetteRender

/// What machines follow: feeds, the sitemap and robots.txt.
extension PageWriter {
    /// Every feed (site, sections, tags, authors) in Atom, RSS and JSON Feed. An article sits
    /// in up to a dozen feeds but is rendered for them once: the union of the feeds' articles
    /// is rendered in parallel first, then every feed is assembled from those items.
    func writeFeeds(bodies: [String]) throws(DiagnosticsError) {
        let config = site.config
        let urls = AbsoluteURLs(base: config.baseURL)
        let feeds = Feeds(config: config, index: site.index, articleCount: site.entries.count)
        let needed = feeds.neededIndices
        let markdown = Markdown(allowUnsafeHTML: config.unsafeHTML, smartPunctuation: config.smartPunctuation)
        let rendered = Parallel.map(needed.count) { position in
            FeedItem(entry: site.entries[needed[position]], body: bodies[needed[position]], urls: urls, markdown: markdown)
        }
        let items = Dictionary(uniqueKeysWithValues: zip(needed, rendered))
        try Parallel.forEach(feeds.all.count) { number throws(DiagnosticsError) in
            let feed = feeds.all[number]
            let members = feed.members.compactMap { items[$0] }
            let owner = "feed /\(feed.base)"
            try writer.write(feed.base + Feeds.Format.atom.fileName,
                             AtomFeed.render(feed, items: members, config: config, urls: urls), owner: owner)
            try writer.write(feed.base + Feeds.Format.rss.fileName,
                             RSSFeed.render(feed, items: members, config: config, urls: urls), owner: owner)
            try writer.write(feed.base + Feeds.Format.json.fileName,
                             JSONFeed.render(feed, items: members, config: config, urls: urls), owner: owner)
        }
    }

    /// `sitemap.xml` (split into parts with an index past `limits`) and `robots.txt`, unless
    /// the site's `Public/` brings its own `robots.txt`.
    func writeSitemap(limits: Sitemap.Limits = Sitemap.Limits()) throws(DiagnosticsError) {
        let urls = AbsoluteURLs(base: site.config.baseURL)
        for (path, text) in Sitemap.files(sitemapLocations(urls: urls), urls: urls, limits: limits) {
            try writer.write(path, text, owner: "sitemap")
        }
        if !theme.assets.contains(where: { $0.path == "robots.txt" }) {
            try writer.write("robots.txt", Sitemap.robots(sitemapURL: urls.page(Sitemap.fileName)), owner: "robots.txt")
        }
    }

    /// Every article (oldest first, so new ones land in the last part), then every page of
    /// every list, then the term indexes and the archive.
    private func sitemapLocations(urls: AbsoluteURLs) -> [Sitemap.Location] {
        let entries = site.entries
        let modified = entries.map { $0.article.updated ?? $0.article.date }
        var locations = entries.indices.map { Sitemap.Location(url: urls.own(entries[$0]), lastModified: modified[$0]) }
        let newest = { (members: ArraySlice<Int>) in members.lazy.map { modified[$0] }.max() }
        for list in site.factory.lists(site.index, articleCount: entries.count) {
            let pagination = Pagination(base: list.base, count: list.members.count, size: site.config.paginate)
            for page in [pagination.front] + pagination.numberedPages {
                locations.append(Sitemap.Location(url: urls.page(page.url), lastModified: newest(list.members[page.range])))
            }
        }
        let latest = modified.max()
        for folder in [TagKind.folder, SectionKind.folder, AuthorKind.folder, "archive"] {
            locations.append(Sitemap.Location(url: urls.page(folder + "/"), lastModified: latest))
        }
        return locations
    }
}
