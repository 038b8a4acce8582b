import GazetteContent
import GazettePlan
import GazetteRender

extension PageFactory {
    /// The context of an article page; `body` is the rendered body, `related` ascending indices.
    func articlePage(_ index: Int, body: RenderedBody, related: [Int], items: ItemCache) -> [String: Any] {
        let entry = entries[index]
        let article = entry.article
        var context = common(file: entry.file, url: entry.url, title: article.title,
                             description: entry.summary, currentSection: article.section?.slug)
        let root = context["root"] as? String ?? "./"
        context["head_meta"] = HeadMeta.article(entry, config: config, urls: urls, wordCount: body.wordCount)
        let date = article.date
        var fields: [String: Any] = [
            "title": article.title, "url": SitePath.relative(fromFile: entry.file, to: entry.url),
            "summary": entry.summary, "body_html": body.html,
            "date_iso": date.rfc3339, "day_iso": date.isoDay, "date_human": date.humanDate,
            "word_count": body.wordCount, "reading_minutes": body.readingMinutes,
            "authors": authorLinks(article.authors, root: root),
            "tags": article.tags.map { ["name": $0.name, "url": root + "tags/\($0.slug)/"] },
            "year_url": SitePath.relative(fromFile: entry.file, to: "\(date.year)/"),
            "month_url": SitePath.relative(fromFile: entry.file, to: Self.monthURL(date.year, date.month)),
            "day_url": SitePath.relative(fromFile: entry.file, to: config.dayArchives
                ? Self.dayURL(date.year, date.month, date.day) : Self.monthURL(date.year, date.month)),
        ]
        if article.isPage {
            // No list holds a page, so it links to no date archive, section, tag or author.
            for key in ["year_url", "month_url", "day_url", "tags", "authors"] { fields[key] = nil }
        }
        if let subtitle = article.subtitle { fields["subtitle"] = subtitle }
        if let dateline = article.dateline { fields["dateline"] = dateline }
        if let updated = article.updated {
            fields["updated_iso"] = updated.rfc3339
            fields["updated_human"] = updated.humanDate
        }
        if let section = article.section, !article.isPage {
            fields["section"] = ["name": section.name, "url": root + "section/\(section.slug)/"]
        }
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
        context["related"] = related.map { other -> [String: Any] in
            let date = entries[other].article.date
            return ["title": entries[other].article.title, "url": SitePath.relative(fromFile: entry.file, to: entries[other].url),
                    "date_iso": date.rfc3339, "day_iso": date.isoDay, "date_human": date.humanDate,
                    "html": items.html(other, root: root)]
        }
        context["has_related"] = !related.isEmpty
        return context
    }

    private func neighbour(_ index: Int, from file: String) -> [String: Any] {
        ["title": entries[index].article.title, "url": SitePath.relative(fromFile: file, to: entries[index].url)]
    }

    private func imageContext(_ image: ArticleImage, entry: ArticleEntry) -> [String: Any] {
        var context: [String: Any] = ["alt": image.caption ?? entry.article.title]
        if let path = image.path {
            context["url"] = entry.bundleURL(path, fromFile: entry.file) ?? path
        }
        if let caption = image.caption { context["caption"] = caption }
        if let credit = image.credit { context["credit"] = credit }
        return context
    }

    static func monthURL(_ year: Int, _ month: Int) -> String {
        "\(year)/\(month < 10 ? "0" : "")\(month)/"
    }

    static func dayURL(_ year: Int, _ month: Int, _ day: Int) -> String {
        monthURL(year, month) + "\(day < 10 ? "0" : "")\(day)/"
    }
}
