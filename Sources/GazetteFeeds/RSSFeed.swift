import GazetteContent
import GazettePlan
import GazetteRender

/// RSS 2.0, written as `rss.xml`. Dates are RFC 822; bylines use `dc:creator` (RSS's own
/// `author` wants an e-mail address) and the full body goes in `content:encoded`.
package enum RSSFeed {
    package static func render(_ feed: Feeds.Feed, items: [FeedItem], config: SiteConfig, urls: AbsoluteURLs) -> String {
        let selfURL = urls.page(feed.base + Feeds.Format.rss.fileName)
        var xml = XMLWriter()
        xml.open("rss", [
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ])
        xml.open("channel")
        xml.element("title", feed.title)
        xml.element("link", urls.page(feed.base))
        xml.element("description", feed.description.isEmpty ? feed.title : feed.description)
        xml.empty("atom:link", ["href": selfURL, "rel": "self", "type": Feeds.Format.rss.mediaType])
        xml.element("language", config.language)
        xml.element("copyright", config.copyright)
        // The newest entry's date, not the clock, so rebuilds are byte-identical.
        xml.element("lastBuildDate", FeedItem.newest(items)?.rfc822)
        xml.element("generator", "Gazette")
        for item in items { self.item(item, into: &xml) }
        return xml.finish()
    }

    private static func item(_ item: FeedItem, into xml: inout XMLWriter) {
        xml.open("item")
        xml.element("title", item.title)
        xml.element("link", item.url)
        xml.element("guid", ["isPermaLink": "true"], item.id)
        xml.element("pubDate", item.published.rfc822)
        for author in item.authors { xml.element("dc:creator", author.name) }
        for category in item.categories { xml.element("category", ["domain": category.scheme], category.name) }
        // RSS readers treat `description` as HTML: escape the plain-text summary once for HTML
        // here; the writer escapes it again for XML.
        if item.isSummary {
            if !item.contentHTML.isEmpty { xml.element("description", item.contentHTML) }
        } else {
            if !item.summary.isEmpty { xml.element("description", HTML.escape(item.summary)) }
            xml.element("content:encoded", item.contentHTML)
        }
        xml.close()
    }
}
