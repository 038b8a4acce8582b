import GazetteContent
import GazettePlan
import GazetteRender

extension PageFactory {
    /// `tags/`, `section/` or `authors/`: every term with its count. Tags are sorted by count,
    /// then name; sections keep their configured order; authors go by name.
    func termsIndex<Kind>(_ groups: [SiteIndex.Group<Kind>], heading: String, byCount: Bool) -> (String, [String: Any]) {
        let file = Kind.folder + "/index.html"
        let description = "\(heading): \(groups.count) in the archive"
        var context = common(file: file, url: Kind.folder + "/", title: heading, description: description)
        context["head_meta"] = collectionMeta(name: heading, url: Kind.folder + "/", description: description)
        let sorted = byCount
            ? groups.sorted { ($1.members.count, $0.term) < ($0.members.count, $1.term) }
            : groups
        context["heading"] = heading
        context["terms"] = sorted.map { group -> [String: Any] in
            ["name": group.term.name, "url": "\(group.term.slug)/", "count": group.members.count]
        }
        return (file, context)
    }

    /// `archive/`: every year with its months and counts, as a compact calendar table.
    func archiveIndex(_ index: SiteIndex) -> (String, [String: Any]) {
        let file = "archive/index.html"
        let description = "Every year and month of the archive"
        var context = common(file: file, url: "archive/", title: "Archive", description: description)
        context["head_meta"] = collectionMeta(name: "Archive", url: "archive/", description: description)
        context["heading"] = "Archive"
        context["years"] = index.years.reversed().map { year -> [String: Any] in
            let months = (1...12).map { month -> [String: Any] in
                let count = index.calendar[year]?[month]?.values.reduce(0) { $0 + $1.count } ?? 0
                var cell: [String: Any] = ["month": month, "label": "\(ArticleDate.monthName(month)) \(year)", "count": count]
                if count > 0 { cell["url"] = "../" + Self.monthURL(year, month) }
                return cell
            }
            return ["year": year, "url": "../\(year)/", "count": index.members(year: year).count, "months": months]
        }
        return (file, context)
    }

    /// `404.html`, served for missing paths at any depth, so its links start from the base path.
    func notFoundPage() -> [String: Any] {
        var context = common(file: "404.html", url: "404.html", title: "Page not found", description: "")
        let basePath = Self.path(ofURL: config.baseURL)
        context["root"] = basePath
        context["head_meta"] = "<meta name=\"robots\" content=\"noindex\">\n"
        context["nav_sections"] = navSections.map { ["name": $0.name, "url": basePath + "section/\($0.slug)/"] }
        context["feeds"] = config.feeds.site.formats.map { format -> [String: Any] in
            ["type": format.mediaType, "url": basePath + format.fileName, "title": "\(config.title) (\(format.label))"]
        }
        context["links"] = links(basePath)
        return context
    }

    /// Canonical link, description and a `CollectionPage` for an index page at root-relative `url`.
    private func collectionMeta(name: String, url: String, description: String) -> String {
        HeadMeta.basic(canonical: absolute(url), description: description)
            + JSONLD.script(JSONLD.collectionPage(name: name, url: absolute(url), config: config, urls: urls))
    }

    /// A redirect page at an old URL pointing to its article.
    func aliasPage(_ redirect: URLClaims.Redirect) -> [String: Any] {
        let entry = entries[redirect.target]
        return [
            "site": siteContext, "canonical": absolute(entry.url),
            "target": SitePath.relative(fromFile: redirect.file, to: entry.url), "title": entry.article.title,
        ]
    }

    /// The path part of an absolute URL, with a trailing slash: `https://h/sub/` -> `/sub/`.
    static func path(ofURL url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "/" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}
