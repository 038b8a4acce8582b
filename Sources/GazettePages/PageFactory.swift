import GazetteContent
import GazettePlan
import GazetteRender

/// Builds the template contexts of every page kind. All links it puts in a context are
/// relative to the page being rendered; absolute URLs (canonical, feeds) use `base_url`.
struct PageFactory: Sendable {
    let config: SiteConfig
    let entries: [ArticleEntry]
    let navSections: [Section]
    /// What `common` puts in every page with the same root prefix and current section.
    let commonParts = CommonParts()

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
        // The site feeds' links depend only on how deep `file` is, as `root` does.
        let parts = commonParts.parts(root: root, section: currentSection) {
            CommonParts.Parts(
                site: siteContext,
                navSections: navSections.map { section -> [String: Any] in
                    ["name": section.name, "url": root + "section/\(section.slug)/", "current": section.slug == currentSection]
                },
                links: links(root),
                feeds: Feeds.links(base: "", title: config.title, choice: config.feeds.site, fromFile: file))
        }
        var context: [String: Any] = [
            "site": parts.site,
            "root": TemplateText(root),
            "lang": TemplateText(config.language),
            "nav_sections": parts.navSections,
            "links": parts.links,
            "head_meta": TemplateText(HeadMeta.basic(canonical: absolute(url), description: description)),
            "feeds": parts.feeds,
        ]
        // swift-mustache treats "" as present: optional keys are left out instead.
        if let title, !title.isEmpty { context["page_title"] = TemplateText(title) }
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
        var site: [String: Any] = ["title": TemplateText(config.title), "language": TemplateText(config.language)]
        if !config.description.isEmpty { site["description"] = TemplateText(config.description) }
        if let copyright = config.copyright { site["copyright"] = TemplateText(copyright) }
        if !config.params.isEmpty { site["params"] = config.params.mapValues(\.plainValue) }
        return site
    }

    /// An article as a list item, with links relative to `root`.
    func item(_ index: Int, root: String) -> [String: Any] {
        let entry = entries[index]
        let article = entry.article
        var item: [String: Any] = [
            "title": TemplateText(article.title), "url": TemplateText(root + entry.url),
            "date_iso": TemplateText(article.date.rfc3339), "day_iso": TemplateText(article.date.isoDay),
            "date_human": TemplateText(article.date.humanDate), "authors": authorLinks(article.authors, root: root),
        ]
        if let section = article.section { item["section"] = sectionLink(section, root: root) }
        if let subtitle = article.subtitle { item["subtitle"] = TemplateText(subtitle) }
        if !entry.summary.isEmpty { item["summary"] = TemplateText(entry.summary) }
        return item
    }

    func authorLinks(_ authors: [Author], root: String) -> [[String: Any]] {
        authors.enumerated().map { position, author in
            ["name": TemplateText(author.name), "url": TemplateText(root + "authors/\(author.slug)/"), "last": position == authors.count - 1]
        }
    }

    func sectionLink(_ section: Section, root: String) -> [String: Any] {
        ["name": TemplateText(section.name), "url": TemplateText(root + "section/\(section.slug)/")]
    }
}
