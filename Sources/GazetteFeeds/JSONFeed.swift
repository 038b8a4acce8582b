import GazetteContent
import GazettePlan

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written as `feed.json`. Keys are written
/// in a fixed order and dates are RFC 3339, so the same archive always gives the same bytes.
package enum JSONFeed {
    static let version = "https://jsonfeed.org/version/1.1"

    package static func render(_ feed: Feeds.Feed, items: [FeedItem], config: SiteConfig, urls: AbsoluteURLs) -> String {
        let document = JSONValue.fields([
            "version": .string(version),
            "title": .string(feed.title),
            "home_page_url": .string(urls.page(feed.base)),
            "feed_url": .string(urls.page(feed.base + Feeds.Format.json.fileName)),
            "description": .string(feed.description),
            "language": .string(config.language),
            "authors": .array([.fields([
                "name": .string(config.publisher?.name ?? config.title),
                "url": .string(config.publisher?.url ?? urls.base),
            ])]),
            "items": .array(items.map(item)),
        ])
        return document.rendered(for: .file) + "\n"
    }

    private static func item(_ item: FeedItem) -> JSONValue {
        .fields([
            "id": .string(item.id),
            "url": .string(item.url),
            "external_url": item.id == item.url ? nil : .string(item.id),
            "title": .string(item.title),
            "content_html": .string(item.contentHTML),
            "summary": item.isSummary ? nil : .string(item.summary),
            "image": .optional(item.image),
            "date_published": .string(item.published.rfc3339),
            "date_modified": .string(item.updated.rfc3339),
            "authors": .array(item.authors.map { .fields(["name": .string($0.name), "url": .string($0.url)]) }),
            "tags": .array(item.categories.map { .string($0.name) }),
            "language": .optional(item.language),
        ])
    }
}
