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

    /// An article as a list item, with links relative to `root`. `section`, `authors` and the
    /// dates are always there; `kicker`, `dated` and `byline` are what the item shows on a page
    /// that already says what `omission` names, and `meta` whether any of them is left.
    func item(_ index: Int, root: String, omitting omission: ItemOmission = .none) -> [String: Any] {
        let entry = entries[index]
        let article = entry.article
        var item: [String: Any] = [
            "title": article.title, "url": root + entry.url,
            "date_iso": article.date.rfc3339, "day_iso": article.date.isoDay, "date_human": article.date.humanDate,
            "authors": authorLinks(article.authors, root: root),
        ]
        if let section = article.section {
            item["section"] = ["name": section.name, "url": root + "section/\(section.slug)/"]
            if !omission.section { item["kicker"] = item["section"] }
        }
        item["dated"] = !omission.day
        let named = article.authors.filter { $0.slug != omission.author }
        if !named.isEmpty {
            item["byline"] = ["label": named.count < article.authors.count ? "With" : "By", "names": authorLinks(named, root: root)]
        }
        item["meta"] = item["kicker"] != nil || !omission.day || !named.isEmpty
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
