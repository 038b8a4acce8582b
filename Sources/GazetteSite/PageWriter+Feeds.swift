import GazetteContent
import GazetteRender

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
}
