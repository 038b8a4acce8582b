import GazetteContent
import GazettePlan

/// Atom 1.0 (RFC 4287), written as `feed.xml`. Dates are RFC 3339; the feed's `updated` is the
/// newest entry's, so a rebuild of the same archive gives the same bytes.
package enum AtomFeed {
    package static func render(_ feed: Feeds.Feed, items: [FeedItem], config: SiteConfig, urls: AbsoluteURLs) -> String {
        let selfURL = urls.page(feed.base + Feeds.Format.atom.fileName)
        var xml = XMLWriter()
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": config.language])
        xml.element("id", selfURL)
        xml.element("title", feed.title)
        if !feed.description.isEmpty { xml.element("subtitle", feed.description) }
        xml.empty("link", ["rel": "self", "type": Feeds.Format.atom.mediaType, "href": selfURL])
        xml.empty("link", ["rel": "alternate", "type": "text/html", "href": urls.page(feed.base)])
        xml.element("updated", (FeedItem.newest(items)?.rfc3339) ?? epoch)
        // Entries without a byline fall back to the feed's author, as RFC 4287 requires one.
        xml.open("author")
        xml.element("name", config.publisher?.name ?? config.title)
        xml.element("uri", config.publisher?.url ?? urls.base)
        xml.close()
        if let copyright = config.copyright { xml.element("rights", copyright) }
        xml.element("generator", "Gazette")
        for item in items { entry(item, into: &xml, urls: urls) }
        return xml.finish()
    }

    /// The date of a feed with no entries; a fixed value keeps rebuilds byte-identical.
    static let epoch = "1970-01-01T00:00:00Z"

    private static func entry(_ item: FeedItem, into xml: inout XMLWriter, urls: AbsoluteURLs) {
        xml.open("entry", ["xml:lang": item.language])
        xml.element("id", item.id)
        xml.element("title", item.title)
        xml.empty("link", ["rel": "alternate", "type": "text/html", "href": item.url])
        xml.element("published", item.published.rfc3339)
        xml.element("updated", item.updated.rfc3339)
        for author in item.authors {
            xml.open("author")
            xml.element("name", author.name)
            xml.element("uri", author.url)
            xml.close()
        }
        for category in item.categories {
            xml.empty("category", ["term": category.name, "scheme": category.scheme])
        }
        if item.isSummary {
            if !item.contentHTML.isEmpty { xml.element("summary", ["type": "html", "xml:base": item.url], item.contentHTML) }
        } else {
            if !item.summary.isEmpty { xml.element("summary", ["type": "text"], item.summary) }
            xml.element("content", ["type": "html", "xml:base": item.url], item.contentHTML)
        }
        xml.close()
    }
}
