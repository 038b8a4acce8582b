import GazetteContent
import GazettePlan
import GazetteRender

extension PageFactory {
    /// The context of an article page; `body` is the rendered body, `related` ascending indices.
    func articlePage(_ index: Int, body: RenderedBody, related: [Int], items: ItemCache, lines: RelatedLines, tags: TagLinks) -> [String: Any] {
        let entry = entries[index]
        let article = entry.article
        var context = common(file: entry.file, url: entry.url, title: article.title,
                             description: entry.summary, currentSection: article.section?.slug)
        let root = SitePath.rootPrefix(ofFile: entry.file)
        context["head_meta"] = TemplateText(HeadMeta.article(entry, config: config, urls: urls, wordCount: body.wordCount))
        let date = article.date
        let link = { (target: String) in TemplateText(SitePath.relative(fromFile: entry.file, to: target)) }
        var fields: [String: Any] = [
            "title": TemplateText(article.title), "url": link(entry.url),
            "summary": TemplateText(entry.summary), "body_html": TemplateText(body.html),
            "date_iso": TemplateText(date.rfc3339), "day_iso": TemplateText(date.isoDay), "date_human": TemplateText(date.humanDate),
            "word_count": body.wordCount, "reading_minutes": body.readingMinutes,
            "authors": authorLinks(article.authors, root: root),
            "tags": article.tags.map { tagLink($0, root: root) },
            // The `tag` partial's links, which the built-in theme writes with a space between.
            "tags_html": TemplateText(article.tags.map { tags.html($0, root: root) }.joined(separator: " ")),
            "year_url": link("\(date.year)/"),
            "month_url": link(Self.monthURL(date.year, date.month)),
            "day_url": link(config.dayArchives ? Self.dayURL(date.year, date.month, date.day) : Self.monthURL(date.year, date.month)),
        ]
        if article.isPage {
            // No list holds a page, so it links to no date archive, section, tag or author.
            for key in ["year_url", "month_url", "day_url", "tags", "tags_html", "authors"] { fields[key] = nil }
        }
        if let subtitle = article.subtitle { fields["subtitle"] = TemplateText(subtitle) }
        if let dateline = article.dateline { fields["dateline"] = TemplateText(dateline) }
        if let updated = article.updated {
            fields["updated_iso"] = TemplateText(updated.rfc3339)
            fields["updated_human"] = TemplateText(updated.humanDate)
        }
        if let section = article.section, !article.isPage { fields["section"] = sectionLink(section, root: root) }
        if let image = article.image { fields["image"] = imageContext(image, entry: entry) }
        if !article.params.isEmpty { fields["params"] = article.params.mapValues(\.plainValue) }
        context["article"] = fields
        // Pages come after every listed article and have no neighbours.
        if index > 0 && !article.isPage { context["prev"] = neighbour(index - 1, from: entry.file) }
        if index + 1 < entries.count && !entries[index + 1].article.isPage {
            context["next"] = neighbour(index + 1, from: entry.file)
        }
        // Title, link and date: the built-in theme lists related stories compactly; `html`
        // (the full list item) stays for themes that show more.
        let urls = related.map { SitePath.relative(fromFile: entry.file, to: entries[$0].url) }
        // Made only for a theme that loops over `related`: the built-in one writes `related_html`.
        context["related"] = DeferredValue { [self] in
            zip(related, urls).map { other, url -> [String: Any] in
                var fields = relatedEntry(other, url: url)
                fields["html"] = TemplateText(items.html(other, root: root))
                return fields
            }
        }
        // The `related` partial's lines, which the built-in theme writes one after another.
        context["related_html"] = TemplateText(zip(related, urls).map { lines.html($0, url: $1) }.joined())
        context["has_related"] = !related.isEmpty
        return context
    }

    /// A tag of an article, linked from a page whose root prefix is `root`.
    func tagLink(_ tag: Tag, root: String) -> [String: Any] {
        ["name": TemplateText(tag.name), "url": TemplateText(root + "tags/\(tag.slug)/")]
    }

    /// Article `index` in another's related list, linked as `url`.
    func relatedEntry(_ index: Int, url: String) -> [String: Any] {
        let date = entries[index].article.date
        return ["title": TemplateText(entries[index].article.title), "url": TemplateText(url),
                "date_iso": TemplateText(date.rfc3339), "day_iso": TemplateText(date.isoDay), "date_human": TemplateText(date.humanDate)]
    }

    private func neighbour(_ index: Int, from file: String) -> [String: Any] {
        ["title": TemplateText(entries[index].article.title), "url": TemplateText(SitePath.relative(fromFile: file, to: entries[index].url))]
    }

    private func imageContext(_ image: ArticleImage, entry: ArticleEntry) -> [String: Any] {
        var context: [String: Any] = ["alt": TemplateText(image.caption ?? entry.article.title)]
        if let path = image.path {
            context["url"] = TemplateText(entry.bundleURL(path, fromFile: entry.file) ?? path)
        }
        if let caption = image.caption { context["caption"] = TemplateText(caption) }
        if let credit = image.credit { context["credit"] = TemplateText(credit) }
        return context
    }

    static func monthURL(_ year: Int, _ month: Int) -> String {
        "\(year)/\(month < 10 ? "0" : "")\(month)/"
    }

    static func dayURL(_ year: Int, _ month: Int, _ day: Int) -> String {
        monthURL(year, month) + "\(day < 10 ? "0" : "")\(day)/"
    }
}
