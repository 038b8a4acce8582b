import Foundation
import GazetteContent
import GazetteFeeds
import GazettePlan
import GazetteRender

/// What machines follow: feeds, the sitemap and robots.txt.
extension PageWriter {
    /// Every feed (site, sections, tags, authors) in the formats `feeds:` chooses, and the
    /// files left at the URLs of the formats it does not. An article sits in up to a dozen
    /// feeds but is rendered for them once: the union of the full feeds' articles is rendered
    /// in parallel first, then every feed is assembled from those items.
    package func writeFeeds() throws(DiagnosticsError) {
        let feeds = Feeds(config: site.config, index: site.index, articleCount: site.listedCount).all
        try writeFeeds(feeds)
        try writeMovedFeeds(feeds)
    }

    /// The files of `feeds`, each holding articles of this plan.
    package func writeFeeds(_ feeds: [Feeds.Feed]) throws(DiagnosticsError) {
        let config = site.config
        let urls = AbsoluteURLs(base: config.baseURL)
        let keys = feeds.map(site.feedKey)
        // Feeds whose entries are unchanged are kept; the rest need their articles rendered.
        var staleFeeds: [Int] = []
        for (number, feed) in feeds.enumerated() {
            var current = true
            for format in config.feeds[feed.kind].formats {
                current = try writer.keepIfCurrent(feed.base + format.fileName, fingerprint: keys[number], owner: "feed /\(feed.base)") && current
            }
            if !current { staleFeeds.append(number) }
        }
        let stale = staleFeeds
        let full = stale.filter { config.feeds[feeds[$0].kind].content == .full }
        let needed = Feeds.neededIndices(of: full.map { feeds[$0] })
        let bodies = self.bodies
        let rendered = Parallel.map(needed.count) { position in
            FeedItem(entry: site.entries[needed[position]], body: body(needed[position]) ?? "", urls: urls, bodies: bodies,
                     links: BodyLinks(site: site, index: needed[position]))
        }
        let items = Dictionary(uniqueKeysWithValues: zip(needed, rendered))
        try Parallel.forEach(stale.count) { position throws(DiagnosticsError) in
            let feed = feeds[stale[position]]
            let key = keys[stale[position]]
            let choice = config.feeds[feed.kind]
            let members = choice.content == .full
                ? feed.members.compactMap { items[$0] }
                : feed.members.map { FeedItem(summaryOf: site.entries[$0], urls: urls) }
            let owner = "feed /\(feed.base)"
            for format in choice.formats {
                let path = feed.base + format.fileName
                if writer.isClaimed(path, by: owner) { continue }
                let text = switch format {
                case .atom: AtomFeed.render(feed, items: members, config: config, urls: urls)
                case .rss: RSSFeed.render(feed, items: members, config: config, urls: urls)
                case .json: JSONFeed.render(feed, items: members, config: config, urls: urls)
                }
                try writer.write(path, text, owner: owner, fingerprint: key)
            }
        }
    }

    /// The files at the URLs of formats `feeds:` does not write (``MovedFeed``). They depend
    /// on the settings only, so after the first build they are hashed and kept as they are.
    func writeMovedFeeds(_ feeds: [Feeds.Feed]) throws(DiagnosticsError) {
        let config = site.config
        guard config.feeds.moved else { return }
        let urls = AbsoluteURLs(base: config.baseURL)
        try Parallel.forEach(feeds.count) { number throws(DiagnosticsError) in
            let feed = feeds[number]
            let target = Feeds.movedTo(feed, config: config)
            for format in Feeds.retired(feed, config: config) {
                let path = feed.base + format.fileName
                if writer.isClaimed(path) { continue }
                let text = MovedFeed.render(feed, format: format, target: target, config: config, urls: urls)
                try writer.write(path, text, owner: "moved feed /\(feed.base)")
            }
        }
    }

    /// `sitemap.xml` (split into parts with an index past `limits`), with `news_sitemap` the
    /// news sitemap of the articles of the two days before `now`, and `robots.txt`, unless the
    /// site's `Public/` brings its own. Gives when the news sitemap must be made again
    /// (seconds since 1970; infinity when never).
    @discardableResult
    package func writeSitemap(limits: Sitemap.Limits = Sitemap.Limits(), now: Date = Date()) throws(DiagnosticsError) -> Double {
        let urls = AbsoluteURLs(base: site.config.baseURL)
        let news = site.config.newsSitemap ? [NewsSitemap.fileName] : []
        for (path, text) in Sitemap.files(sitemapLocations(urls: urls), urls: urls, limits: limits, others: news) {
            try writer.write(path, text, owner: "sitemap")
        }
        var expiry = Double.infinity
        if site.config.newsSitemap {
            let members = NewsSitemap.members(site.entries, now: now)
            expiry = NewsSitemap.expiry(site.entries, members: members)
            try writer.write(NewsSitemap.fileName, NewsSitemap.render(site.entries, members: members, config: site.config, urls: urls),
                             owner: "news sitemap")
        }
        if !theme.assets.contains(where: { $0.path == "robots.txt" }) {
            let robots = Sitemap.robots(sitemapURLs: ([Sitemap.fileName] + news).map(urls.page))
            try writer.write("robots.txt", robots, owner: "robots.txt")
        }
        return expiry
    }

    /// Every article (oldest first, so new ones land in the last part), then every page of
    /// every list, then the term indexes and the archive.
    private func sitemapLocations(urls: AbsoluteURLs) -> [Sitemap.Location] {
        let entries = site.entries
        let modified = entries.map { $0.article.updated ?? $0.article.date }
        var locations = entries.indices.map { Sitemap.Location(url: urls.own(entries[$0]), lastModified: modified[$0]) }
        let newest = { (members: ArraySlice<Int>) in members.lazy.map { modified[$0] }.max() }
        for list in factory.lists(site.index, articleCount: site.listedCount) {
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
