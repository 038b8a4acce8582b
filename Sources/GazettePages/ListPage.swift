import GazetteContent
import GazettePlan
import GazetteRender

/// One paginated list of articles (home, a section, tag, author, year, month or day) before
/// rendering: where it lives, what it is called and which articles it holds.
struct ListPage: Sendable {
    /// Root-relative folder URL (`tags/flood/`; `` for home).
    var base: String
    var template: String
    /// Label of the kind of list (`Tag`), shown above the heading.
    var kind: String
    var heading: String
    var description = ""
    /// Ascending article indices.
    var members: [Int]
    var currentSection: String?
    /// The kind of the list's own feeds in its folder (sections, tags, authors); nil for none.
    var feedKind: FeedSettings.Kind?
    /// Hash of what `extra` depends on (neighbouring periods, month counts), for fingerprints.
    var extraKey: UInt64 = 0
    /// Extra keys for the template whose URLs are root-relative and need the page's prefix.
    var extra: @Sendable (_ link: (String) -> String) -> [String: Any] = { _ in [:] }
}

extension PageFactory {
    /// The pages of `list`: its front page, then the numbered pages when it does not fit.
    func pages(of list: ListPage, pageSize: Int) -> (pagination: Pagination, pages: [(page: Pagination.Page, number: Int?)]) {
        let pagination = Pagination(base: list.base, count: list.members.count, size: pageSize)
        return (pagination, [(pagination.front, nil)] + pagination.numberedPages.map { ($0, $0.number) })
    }

    /// A hash of everything one page of a list shows. Numbered pages show no totals, so an
    /// article added at the newest end leaves the older pages' fingerprints as they were.
    func fingerprint(
        of list: ListPage, page: Pagination.Page, number: Int?, pagination: Pagination, siteKey: UInt64, itemKeys: [UInt64]
    ) -> UInt64 {
        var hash = StableHash()
        hash.add(siteKey)
        for text in [list.base, list.template, list.kind, list.heading, list.description, list.currentSection ?? ""] { hash.add(text) }
        hash.add(list.feedKind?.rawValue ?? "")
        hash.add(list.extraKey)
        if let number {
            hash.add(number)
            hash.add(number == pagination.pageCount ? 1 : 0)
            hash.add(min(pagination.pageCount, number + 2))
        } else {
            hash.add(-1)
            hash.add(list.members.count)
            hash.add(pagination.pageCount)
        }
        for member in list.members[page.range] { hash.add(itemKeys[member]) }
        return hash.value
    }

    /// The template context of one page of `list`.
    func context(
        for list: ListPage, page: Pagination.Page, number: Int?, pagination: Pagination, items: ItemCache
    ) -> [String: Any] {
        let name = list.heading.isEmpty ? list.kind : list.heading
        let title = number.map { "\(name), page \($0)" } ?? (list.heading.isEmpty ? nil : name)
        let description = !list.description.isEmpty ? list.description
            : list.base.isEmpty && !config.description.isEmpty ? config.description
            : number.map { "\(list.kind) \(name), page \($0)" } ?? "\(list.kind) \(name): \(countLabel(list.members.count))"
        var context = common(file: page.file, url: page.url, title: title, description: description,
                             currentSection: list.currentSection)
        let root = SitePath.rootPrefix(ofFile: page.file)
        let url = absolute(page.url)
        let metadata = list.base.isEmpty && number == nil
            ? JSONLD.webSite(config: config, urls: urls)
            : JSONLD.collectionPage(name: title ?? config.title, url: url, config: config, urls: urls)
        context["head_meta"] = TemplateText(HeadMeta.basic(canonical: url, description: description) + JSONLD.script(metadata))
        if let kind = list.feedKind {
            let choice = config.feeds[kind]
            context["feeds"] = Feeds.links(base: list.base, title: Feeds.title(site: config.title, term: list.heading),
                                           choice: choice, fromFile: page.file)
                + Feeds.links(base: "", title: config.title, choice: config.feeds.site, fromFile: page.file)
            if let format = choice.formats.first {
                context["feed_url"] = TemplateText(SitePath.relative(fromFile: page.file, to: list.base + format.fileName))
            }
        }
        context["kind"] = TemplateText(list.kind)
        context["heading"] = TemplateText(name)
        if !list.description.isEmpty { context["description"] = TemplateText(list.description) }
        if let number {
            context["page_number"] = number
            context["count_label"] = TemplateText("Page \(number)")
        } else {
            context["count"] = list.members.count
            context["count_label"] = TemplateText(countLabel(list.members.count))
        }
        let html = list.members[page.range].reversed().map { items.html($0, root: root) }
        context["items"] = html.map { ["html": TemplateText($0)] }
        // The built-in lists write their items one after another: joined once here instead of
        // a template loop over them on every page.
        context["items_html"] = TemplateText(html.joined())
        if let pager = pagination.pager(current: number, file: page.file) { context["pager"] = pager }
        for (key, value) in list.extra({ SitePath.relative(fromFile: page.file, to: $0) }) { context[key] = value }
        return context
    }

    func countLabel(_ count: Int) -> String {
        count == 1 ? "1 article" : "\(count) articles"
    }
}
