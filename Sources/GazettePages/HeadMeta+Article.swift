import GazetteContent
import GazettePlan
import GazetteRender

extension HeadMeta {
    /// The `<head>` of an article page: canonical link, description, robots preview size,
    /// OpenGraph and Twitter card tags, and a schema.org `NewsArticle` as JSON-LD.
    ///
    /// Each fact is written once where a consumer reads it: dates, authors, section and tags
    /// only in the JSON-LD (Google's article data), not again as `article:*` OpenGraph tags,
    /// which no search engine or social site needs; OpenGraph keeps what link previews show.
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
        for (property, content) in properties {
            html += "<meta property=\"\(property)\" content=\"\(HTML.escape(content))\">\n"
        }
        html += "<meta name=\"twitter:card\" content=\"\(image == nil ? "summary" : "summary_large_image")\">\n"
        html += JSONLD.script(JSONLD.newsArticle(entry, config: config, urls: urls, wordCount: wordCount))
        return html
    }
}
