import GazetteContent
import GazettePlan
import GazetteRender

/// One article as every feed format shows it: absolute URLs only, the body rendered once
/// with its relative links and images made absolute.
package struct FeedItem: Sendable {
    /// A person or a category with the absolute URL of its page on the site.
    struct Link: Sendable, Hashable {
        var name: String
        var url: String
        /// For a category, the absolute URL of its taxonomy (`https://example.org/tags/`).
        var scheme: String?
    }

    /// The canonical URL: stable across rebuilds, so it is the entry id.
    var id: String
    /// Where the article is published on this site.
    var url: String
    var title: String
    var summary: String
    /// The full body (after the lead image, if any), with absolute URLs.
    var contentHTML: String
    /// Whether `contentHTML` is the summary form (``init(summaryOf:urls:)``): feeds then give
    /// it as the entry's summary and leave out the separate summary text.
    var isSummary = false
    var published: ArticleDate
    /// `updated`, else `published`.
    var updated: ArticleDate
    var authors: [Link]
    /// The section first, then the tags.
    var categories: [Link]
    /// The lead image, absolute.
    var image: String?
    var language: String?

    /// Renders `body` (the article's unrendered text) for feeds.
    /// `links` resolves internal references (their problems are the article page's to report).
    package init(entry: ArticleEntry, body: String, urls: AbsoluteURLs, bodies: BodyRenderer, links: BodyLinks? = nil) {
        self.init(entry: entry, urls: urls)
        let article = entry.article
        let pageURL = url
        let text = article.bodyFormat == .markdown ? links?.expandTags(body, format: urls.page) ?? body : body
        let rendered = bodies.render(text, format: article.bodyFormat) { written, position in
            if article.bodyFormat == .markdown, let target = links?.rewrite(written, at: position) { return urls.page(target) }
            let fromPage = entry.bundleURL(written, fromFile: entry.file) ?? written
            let absolute = AbsoluteURLs.resolve(fromPage, against: pageURL)
            return absolute == written ? nil : absolute
        }
        contentHTML = Self.leadFigure(article.image, url: image) + rendered.html
    }

    /// The summary form of an entry, for feeds with `content: summary`: the lead image and the
    /// summary stand in for the body, which is not read at all.
    package init(summaryOf entry: ArticleEntry, urls: AbsoluteURLs) {
        self.init(entry: entry, urls: urls)
        contentHTML = Self.leadFigure(entry.article.image, url: image)
            + (summary.isEmpty ? "" : "<p>\(HTML.escape(summary))</p>")
        isSummary = true
    }

    private init(entry: ArticleEntry, urls: AbsoluteURLs) {
        let article = entry.article
        id = urls.canonical(entry)
        url = urls.own(entry)
        title = article.title
        summary = entry.summary
        contentHTML = ""
        published = article.date
        updated = article.updated.map { max($0, article.date) } ?? article.date
        authors = article.authors.map { Self.link($0, urls: urls) }
        categories = (article.section.map { [Self.link($0, urls: urls)] } ?? []) + article.tags.map { Self.link($0, urls: urls) }
        image = urls.image(entry)
        language = article.language
    }

    private static func link<Kind>(_ term: Term<Kind>, urls: AbsoluteURLs) -> Link {
        Link(name: term.name, url: urls.page(Feeds.base(of: term)), scheme: urls.page(Kind.folder + "/"))
    }

    /// The lead image as a `<figure>`, so feed readers show what the page shows above the body.
    private static func leadFigure(_ image: ArticleImage?, url: String?) -> String {
        guard let image, let url else { return "" }
        var html = "<figure><img src=\"\(HTML.escape(url))\" alt=\"\(HTML.escape(image.caption ?? ""))\">"
        let caption = image.caption.flatMap { $0.isEmpty ? nil : HTML.escape($0) }
        let credit = image.credit.flatMap { $0.isEmpty ? nil : "<small>\(HTML.escape($0))</small>" }
        let parts = [caption, credit].compactMap { $0 }
        if !parts.isEmpty { html += "<figcaption>\(parts.joined(separator: " "))</figcaption>" }
        return html + "</figure>\n"
    }

    /// The newest `updated` among `items`, for the feed's own date; nil for an empty feed.
    static func newest(_ items: [FeedItem]) -> ArticleDate? {
        items.map(\.updated).max()
    }
}
