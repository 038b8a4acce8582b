import GazetteContent
import GazettePlan
import GazetteRender

/// Builds the template contexts of every page kind. All links it puts in a context are
/// relative to the page being rendered; absolute URLs (canonical, feeds) use `base_url`.
struct PageFactory: Sendable {
    let config: SiteConfig
    let entries: [ArticleEntry]
    let navSections: [Section]

    /// The factory of a planned site (or of the part of it a quick rebuild plans).
    init(site: SitePlan) {
        config = site.config
        entries = site.entries
        navSections = site.navSections
    }

    /// The absolute URL of a root-relative path.
    func absolute(_ path: String) -> String { config.baseURL + path }

    var urls: AbsoluteURLs { AbsoluteURLs(base: config.baseURL) }

    /// Keys every page has: site, root, navigation, links, head metadata, the site's feeds.
    func common(file: String, url: String, title: String?, description: String, currentSection: String? = nil) -> [String: Any] {
        let root = SitePath.rootPrefix(ofFile: file)
        var context: [String: Any] = [
            "site": siteContext,
            "root": root,
            "lang": config.language,
            "nav_sections": navSections.map { section -> [String: Any] in
                ["name": section.name, "url": root + "section/\(section.slug)/", "current": section.slug == currentSection]
            },
            "links": links(root),
            "head_meta": HeadMeta.basic(canonical: absolute(url), description: description),
            "feeds": Feeds.links(base: "", title: config.title, choice: config.feeds.site, fromFile: file),
        ]
        // swift-mustache treats "" as present: optional keys are left out instead.
        if let title, !title.isEmpty { context["page_title"] = title }
        if let currentSection { context["current_section"] = currentSection }
        return context
    }

    /// The site-wide links under `root`; `feed` (and its label) is the first format of the
    /// site feed that is written, left out when none is; `search` only when the site has search.
    func links(_ root: String) -> [String: String] {
        var links = [
            "home": root, "archive": root + "archive/", "tags": root + "tags/",
            "authors": root + "authors/", "sections": root + "section/",
        ]
        if let format = config.feeds.site.formats.first {
            links["feed"] = root + format.fileName
            links["feed_label"] = format.label + " feed"
        }
        if config.search { links["search"] = root + "search/" }
        return links
    }

    var siteContext: [String: Any] {
        var site: [String: Any] = ["title": config.title, "language": config.language]
        if !config.description.isEmpty { site["description"] = config.description }
        if let copyright = config.copyright { site["copyright"] = copyright }
        if !config.params.isEmpty { site["params"] = config.params.mapValues(\.plainValue) }
        return site
    }

    /// An article as a list item, with links relative to `root`. `cut` holds the marks a
    /// theme puts around what section, day and author pages leave out (see `ItemCache`); each
    /// of `authors[]` has `mark`, `sep` and `mark_end` besides, marks and separator that let an
    /// author's page name only the co-authors ("With ...").
    func item(_ index: Int, root: String) -> [String: Any] {
        let entry = entries[index]
        let article = entry.article
        let cut = ItemCache.cutMark, end = ItemCache.endMark
        let marks = article.authors.map { cut + "w" + $0.slug + ItemCache.slugEnd }
        let bare = article.section == nil && article.authors.isEmpty
        var item: [String: Any] = [
            "title": article.title, "url": root + entry.url,
            "date_iso": article.date.rfc3339, "day_iso": article.date.isoDay, "date_human": article.date.humanDate,
            "authors": authorLinks(article.authors, root: root).enumerated().map { position, link -> [String: Any] in
                // The separator before an author goes with that author, and the first one
                // also with the first author, so that leaving out any one reads right.
                var link = link
                link["mark"] = marks[position]
                link["mark_end"] = end
                link["sep"] = position == 0 ? "" : position == 1
                    ? marks[0] + marks[1] + ", " + end + end : marks[position] + ", " + end
                return link
            },
            // A sole author's byline goes on their page; a shared one says "With" there. The
            // meta line of an article without section or authors is only the date, so a day's
            // page leaves the whole line out.
            "cut": [
                "section": cut + "s", "day": cut + "d", "by": cut + "b", "with": cut + "W", "end": end,
                "byline": article.authors.count == 1 ? cut + "b" : "", "byline_end": article.authors.count == 1 ? end : "",
                "meta": bare ? cut + "d" : "", "meta_end": bare ? end : "",
            ],
        ]
        if let section = article.section { item["section"] = ["name": section.name, "url": root + "section/\(section.slug)/"] }
        if let subtitle = article.subtitle { item["subtitle"] = subtitle }
        if !entry.summary.isEmpty { item["summary"] = entry.summary }
        return item
    }

    func authorLinks(_ authors: [Author], root: String) -> [[String: Any]] {
        authors.enumerated().map { position, author in
            ["name": author.name, "url": root + "authors/\(author.slug)/", "last": position == authors.count - 1]
        }
    }
}
