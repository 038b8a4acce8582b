import GazetteContent
import GazetteFeeds
import GazettePlan

/// schema.org metadata as JSON-LD: `NewsArticle` for articles, `CollectionPage` for lists and
/// `WebSite` for the home page. Every string goes through the `<script>`-safe JSON escaper,
/// so titles holding quotes, `</script>` or any Unicode stay inert, valid JSON.
enum JSONLD {
    static let context = "https://schema.org"

    /// The `<script type="application/ld+json">` element holding `value`.
    static func script(_ value: JSONValue) -> String {
        "<script type=\"application/ld+json\">" + value.rendered(for: .script) + "</script>\n"
    }

    /// A `NewsArticle` for the article of `entry`. The page's `<meta name="description">`
    /// holds the summary, so it is not repeated here, nor `inLanguage` when it is the page's
    /// `<html lang>`. `mainEntityOfPage` and `dateModified` stay, since issue 4 lists them
    /// among every article's metadata (and Google recommends `dateModified`).
    static func newsArticle(_ entry: ArticleEntry, config: SiteConfig, urls: AbsoluteURLs, wordCount: Int) -> JSONValue {
        let article = entry.article
        let canonical = urls.canonical(entry)
        return .fields([
            "@context": .string(context),
            "@type": .string("NewsArticle"),
            "headline": .string(article.title),
            "alternativeHeadline": .optional(article.subtitle),
            "url": .string(canonical),
            "mainEntityOfPage": .fields(["@type": .string("WebPage"), "@id": .string(canonical)]),
            "datePublished": .string(article.date.rfc3339),
            "dateModified": .string((article.updated ?? article.date).rfc3339),
            "author": .array(article.authors.map { author in
                .fields([
                    "@type": .string("Person"),
                    "name": .string(author.name),
                    "url": .string(urls.page(Feeds.base(of: author))),
                ])
            }),
            "articleSection": .optional(article.section?.name),
            "keywords": .array(article.tags.map { .string($0.name) }),
            "image": urls.image(entry).map { .array([.string($0)]) },
            "inLanguage": .optional(article.language.flatMap { $0 == config.language ? nil : $0 }),
            "wordCount": wordCount > 0 ? .int(wordCount) : nil,
            "publisher": publisher(config, urls: urls),
        ])
    }

    /// A `CollectionPage` for a list or index page at the absolute `url`; its description and
    /// language are the page's `<meta name="description">` and `<html lang>`.
    static func collectionPage(name: String, url: String, config: SiteConfig, urls: AbsoluteURLs) -> JSONValue {
        .fields([
            "@context": .string(context),
            "@type": .string("CollectionPage"),
            "name": .string(name),
            "url": .string(url),
            "isPartOf": .fields([
                "@type": .string("WebSite"),
                "name": .string(config.title),
                "url": .string(urls.base),
            ]),
        ])
    }

    /// The `WebSite` itself, for the home page.
    static func webSite(config: SiteConfig, urls: AbsoluteURLs) -> JSONValue {
        .fields([
            "@context": .string(context),
            "@type": .string("WebSite"),
            "name": .string(config.title),
            "url": .string(urls.base),
            "description": .string(config.description),
            "inLanguage": .string(config.language),
            "publisher": publisher(config, urls: urls),
        ])
    }

    /// The `Organization` from `publisher` in `site.yml`; by default the site's title and URL.
    static func publisher(_ config: SiteConfig, urls: AbsoluteURLs) -> JSONValue {
        let given = config.publisher
        let logo = given?.logo.flatMap { $0.isEmpty ? nil : AbsoluteURLs.resolve($0, against: urls.base) }
        return .fields([
            "@type": .string("Organization"),
            "name": .string(given.map(\.name).flatMap { $0.isEmpty ? nil : $0 } ?? config.title),
            "url": .string(given?.url.map { AbsoluteURLs.resolve($0, against: urls.base) } ?? urls.base),
            "logo": logo.map { .fields(["@type": .string("ImageObject"), "url": .string($0)]) },
        ])
    }
}
