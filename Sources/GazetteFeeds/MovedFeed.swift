import GazetteContent
import GazettePlan

/// A feed file kept at a URL whose format the site no longer writes (`feeds:` leaves it
/// out): a valid, empty feed in that format that names where the feed went. Readers that
/// subscribed to the old URL keep a working subscription and see the new address; nothing
/// in it changes as articles are added, so it is written once.
package enum MovedFeed {
    /// The file of `feed` in `format`, pointing to root-relative `target` (a feed or a page).
    package static func render(
        _ feed: Feeds.Feed, format: Feeds.Format, target: String, config: SiteConfig, urls: AbsoluteURLs
    ) -> String {
        let selfURL = urls.page(feed.base + format.fileName)
        let targetURL = urls.page(target)
        let targetType = Feeds.Format.allCases.first { target.hasSuffix("/" + $0.fileName) || target == $0.fileName }?.mediaType ?? "text/html"
        let note = "This feed has moved to \(targetURL)"
        switch format {
        case .atom:
            var xml = XMLWriter()
            xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": config.language])
            xml.element("id", selfURL)
            xml.element("title", feed.title)
            xml.element("subtitle", note)
            xml.empty("link", ["rel": "self", "type": format.mediaType, "href": selfURL])
            xml.empty("link", ["rel": "alternate", "type": targetType, "href": targetURL])
            xml.element("updated", AtomFeed.epoch)
            xml.open("author")
            xml.element("name", config.publisher?.name ?? config.title)
            xml.close()
            xml.element("generator", "Gazette")
            return xml.finish()
        case .rss:
            var xml = XMLWriter()
            xml.open("rss", ["version": "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom"])
            xml.open("channel")
            xml.element("title", feed.title)
            xml.element("link", urls.page(feed.base))
            xml.element("description", note)
            xml.empty("atom:link", ["href": selfURL, "rel": "self", "type": format.mediaType])
            xml.empty("atom:link", ["href": targetURL, "rel": "alternate", "type": targetType])
            xml.element("language", config.language)
            xml.element("generator", "Gazette")
            return xml.finish()
        case .json:
            // JSON Feed readers take `feed_url` as the feed's address and follow it.
            // `items` is required even when empty, which `fields` would leave out.
            let document = JSONValue.object([
                .init(key: "version", value: .string(JSONFeed.version)),
                .init(key: "title", value: .string(feed.title)),
                .init(key: "home_page_url", value: .string(urls.page(feed.base))),
                .init(key: "feed_url", value: .string(targetURL)),
                .init(key: "description", value: .string(note)),
                .init(key: "items", value: .array([])),
            ])
            return document.rendered(for: .file) + "\n"
        }
    }
}
