import Foundation
import GazetteContent

// One post or page ready to be written: where, its front matter, its body, and the upload
// files its body and featured image point to.
struct ImportedArticle {
    // Path relative to the site folder without extension (`Content/2019/03/bridge`).
    var basePath: String
    // Front-matter keys and their values written as YAML, in order; no import hash.
    var frontMatter: [(key: String, value: String)]
    var body: String
    // The featured image's URL as WordPress has it (the `image` key's value).
    var imageURL: String?
    var isDraft: Bool
    var isPage: Bool
}

// Turns WordPress items into articles: fields, dates in the site's zone, names, URL.
struct PostConverter {
    let config: SiteConfig
    let authors: [String: WXRAuthor]
    let attachments: AttachmentIndex
    // Category names preferred as the section (`--sections`, else `sections` of site.yml).
    let sectionNames: [String]

    // Why `item` is not imported, or nil when it is a post or page to import.
    static func skipReason(_ item: WXRItem) -> String? {
        switch item.postType {
        case "post", "page": break
        case "revision": return "revisions"
        case "nav_menu_item": return "menu items"
        case "attachment": return "attachments"
        default: return "items of post type '\(item.postType)'"
        }
        switch item.status {
        case "trash": return "trashed \(item.postType)s"
        case "auto-draft": return "empty auto-drafts"
        default: return nil
        }
    }

    func convert(_ item: WXRItem, body: String, usedPaths: inout Set<String>) -> ImportedArticle? {
        guard let date = date(of: item) else { return nil }
        let isPage = item.postType == "page"
        let isDraft = ["draft", "pending", "private"].contains(item.status)
        let title = HTMLEntities.decode(item.title).trimmingCharacters(in: .whitespacesAndNewlines)
        var slug = Slug.make(item.postName.removingPercentEncoding ?? item.postName)
        if slug.isEmpty { slug = Slug.make(title) }
        if slug.isEmpty { slug = "post-\(item.postID)" }
        let folder = isPage ? "\(ArchiveLoader.contentFolder)/pages"
            : "\(ArchiveLoader.contentFolder)/\(date.isoDay.prefix(4))/\(date.isoDay.dropFirst(5).prefix(2))"
        var basePath = "\(folder)/\(slug)"
        if !usedPaths.insert(basePath).inserted {
            basePath += "-\(item.postID)"
            usedPaths.insert(basePath)
        }
        var lines: [(key: String, value: String)] = [
            ("title", YAMLText.quoted(title.isEmpty ? "Untitled (WordPress \(item.postType) \(item.postID))" : title)),
            ("date", date.rfc3339),
        ]
        if let updated = updated(of: item, after: date) { lines.append(("updated", updated.rfc3339)) }
        if let login = item.creator.isEmpty ? nil : item.creator {
            let name = authors[login].map { $0.displayName.isEmpty ? login : $0.displayName } ?? login
            lines.append(("author", YAMLText.quoted(HTMLEntities.decode(name))))
        }
        var categories = item.categories.map(HTMLEntities.decode).filter { $0.lowercased() != "uncategorized" }
        if let index = categories.firstIndex(where: { name in sectionNames.contains { $0.lowercased() == name.lowercased() } }) {
            categories.insert(categories.remove(at: index), at: 0)
        }
        if let section = categories.first { lines.append(("section", YAMLText.quoted(section))) }
        if categories.count > 1 { lines.append(("categories", YAMLText.list(Array(categories.dropFirst())))) }
        if !item.tags.isEmpty { lines.append(("tags", YAMLText.list(item.tags.map(HTMLEntities.decode)))) }
        if !item.excerpt.isEmpty { lines.append(("summary", YAMLText.quoted(HTMLEntities.decode(item.excerpt)))) }
        if let id = item.meta("_thumbnail_id"), let image = attachments[id] {
            lines.append(("image", YAMLText.quoted(image.url)))
            if !image.caption.isEmpty { lines.append(("image_caption", YAMLText.quoted(HTMLEntities.decode(image.caption)))) }
            if !image.credit.isEmpty { lines.append(("image_credit", YAMLText.quoted(image.credit))) }
        }
        lines.append(("slug", YAMLText.quoted(slug)))
        if let path = Self.urlPath(of: item) { lines.append(("url", YAMLText.scalar(path))) }
        if isDraft { lines.append(("draft", "true")) }
        if isPage { lines.append(("type", "page")) }
        lines.append(("wordpress_id", YAMLText.scalar(item.postID)))
        let imageURL = item.meta("_thumbnail_id").flatMap { attachments[$0]?.url }
        return ImportedArticle(basePath: basePath, frontMatter: lines, body: body, imageURL: imageURL,
                               isDraft: isDraft, isPage: isPage)
    }

    // `wp:post_date_gmt` in the site's zone; for drafts (whose GMT date is zero) the local
    // `wp:post_date`, read in the site's zone.
    func date(of item: WXRItem) -> ArticleDate? {
        if !item.postDateGMT.hasPrefix("0000"), let utc = ArticleDate(parsing: item.postDateGMT + "Z", in: config) {
            return inZone(utc)
        }
        return ArticleDate(parsing: item.postDate, in: config)
    }

    private func updated(of item: WXRItem, after date: ArticleDate) -> ArticleDate? {
        guard !item.modifiedGMT.hasPrefix("0000"), let utc = ArticleDate(parsing: item.modifiedGMT + "Z", in: config),
              utc.instant.timeIntervalSince(date.instant) >= 60
        else { return nil }
        return inZone(utc)
    }

    private func inZone(_ utc: ArticleDate) -> ArticleDate {
        let offset = TimeZone(identifier: config.timeZone)?.secondsFromGMT(for: utc.instant) ?? 0
        return ArticleDate(instant: utc.instant, utcOffset: offset)
    }

    // The path of the item's `<link>` (`/2019/03/07/bridge/`); nil for links that are not a
    // permalink (drafts link to `/?p=123`).
    static func urlPath(of item: WXRItem) -> String? {
        guard let components = URLComponents(string: item.link), components.query == nil else { return nil }
        // Servers decode the request path before finding the file: keep the decoded form.
        let encoded = components.percentEncodedPath
        let path = encoded.contains("%2F") || encoded.contains("%2f") ? encoded : (encoded.removingPercentEncoding ?? encoded)
        guard path.hasPrefix("/"), path != "/", !path.contains("..") else { return nil }
        return path
    }
}
