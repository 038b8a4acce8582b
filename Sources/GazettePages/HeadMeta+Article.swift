import GazetteContent
import GazettePlan
import GazetteRender

extension HeadMeta {
    /// The `<head>` of an article page: canonical link, description, robots preview size,
    /// OpenGraph and Twitter card tags, and a schema.org `NewsArticle` as JSON-LD.
    ///
    /// OpenGraph keeps what link previews show and the article facts issue 4 named
    /// (`article:published_time`, `modified_time`, `section`, `tag`); authors are only in the
    /// JSON-LD, with their pages' URLs, and the site's name only in the publisher there.
    static func article(_ entry: ArticleEntry, config: SiteConfig, urls: AbsoluteURLs, wordCount: Int) -> String {
        let article = entry.article
        let canonical = urls.canonical(entry)
        let image = urls.image(entry)
        var html = basic(canonical: canonical, description: entry.summary)
        // Lets search engines show the lead image large in results and Discover.
        html += "<meta name=\"robots\" content=\"max-image-preview:large\">\n"
        var properties: [(String, String)] = [
            ("og:type", "article"),
            ("og:title", article.title),
            ("og:url", canonical),
        ]
        if !entry.summary.isEmpty { properties.append(("og:description", entry.summary)) }
        if let image {
            properties.append(("og:image", image))
            if let caption = article.image?.caption, !caption.isEmpty { properties.append(("og:image:alt", caption)) }
        }
        properties.append(("article:published_time", article.date.rfc3339))
        properties.append(("article:modified_time", (article.updated ?? article.date).rfc3339))
        if let section = article.section { properties.append(("article:section", section.name)) }
        for tag in article.tags { properties.append(("article:tag", tag.name)) }
        for (property, content) in properties {
            html += "<meta property=\"\(property)\" content=\"\(HTML.escape(content))\">\n"
        }
        html += "<meta name=\"twitter:card\" content=\"\(image == nil ? "summary" : "summary_large_image")\">\n"
        html += JSONLD.script(JSONLD.newsArticle(entry, config: config, urls: urls, wordCount: wordCount))
        return html
    }
}
