import GazetteContent

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
    /// Whether the list has its own feeds in its folder (sections, tags, authors).
    var hasFeed = false
    /// Extra keys for the template whose URLs are root-relative and need the page's prefix.
    var extra: @Sendable (_ link: (String) -> String) -> [String: Any] = { _ in [:] }
}

extension PageFactory {
    /// Every page of `list`: the front page and, when it does not fit, the numbered pages.
    func render(
        _ list: ListPage, pageSize: Int,
        emit: (_ file: String, _ context: [String: Any]) throws(DiagnosticsError) -> Void
    ) throws(DiagnosticsError) {
        let pagination = Pagination(base: list.base, count: list.members.count, size: pageSize)
        let pages: [(Pagination.Page, Int?)] = [(pagination.front, nil)] + pagination.numberedPages.map { ($0, $0.number) }
        for (page, number) in pages {
            let name = list.heading.isEmpty ? list.kind : list.heading
            let title = number.map { "\(name), page \($0)" } ?? (list.heading.isEmpty ? nil : name)
            let description = !list.description.isEmpty ? list.description
                : list.base.isEmpty && !config.description.isEmpty ? config.description
                : "\(list.kind) \(list.heading): \(countLabel(list.members.count))"
            var context = common(file: page.file, url: page.url, title: title, description: description,
                                 currentSection: list.currentSection)
            let root = context["root"] as? String ?? "./"
            let url = absolute(page.url)
            let metadata = list.base.isEmpty && number == nil
                ? JSONLD.webSite(config: config, urls: urls)
                : JSONLD.collectionPage(name: title ?? config.title, url: url, description: description, config: config, urls: urls)
            context["head_meta"] = HeadMeta.basic(canonical: url, description: description) + JSONLD.script(metadata)
            if list.hasFeed {
                context["feeds"] = Feeds.links(base: list.base, title: Feeds.title(site: config.title, term: list.heading), fromFile: page.file)
                    + Feeds.links(base: "", title: config.title, fromFile: page.file)
                context["feed_url"] = SitePath.relative(fromFile: page.file, to: list.base + Feeds.Format.atom.fileName)
            }
            context["kind"] = list.kind
            context["heading"] = list.heading.isEmpty ? list.kind : list.heading
            if !list.description.isEmpty { context["description"] = list.description }
            context["count"] = list.members.count
            context["count_label"] = countLabel(list.members.count)
            context["items"] = list.members[page.range].reversed().map { item($0, root: root) }
            if let pager = pagination.pager(current: number, file: page.file) { context["pager"] = pager }
            if let number { context["page_number"] = number }
            for (key, value) in list.extra({ SitePath.relative(fromFile: page.file, to: $0) }) { context[key] = value }
            try emit(page.file, context)
        }
    }

    func countLabel(_ count: Int) -> String {
        count == 1 ? "1 article" : "\(count) articles"
    }
}
