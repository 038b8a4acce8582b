import Foundation

extension ArticleParser {
    // Reads the front-matter keys Hugo, Jekyll and Zola archives use. Keys match regardless of
    // case (Hugo's rule); everything not listed goes to `params` under its key as written.
    //
    // `categories`: Hugo and Jekyll sites often file the desk there. When the front matter has
    // no `section`, the first category becomes the section and the others become tags; when it
    // has one, all categories become tags. Zola's `[taxonomies]` table is read the same way.
    func interpret(_ entries: [(key: String, node: FrontMatterNode)], into draft: inout ArticleDraft,
                   reader: inout FieldReader) {
        var categories: [String] = []
        var categoriesNode: FrontMatterNode?
        var summary: String?
        var description: String?
        var imageCaption: String?
        var imageCredit: String?
        for (key, node) in entries {
            switch key.lowercased() {
            case "title":
                draft.title = reader.nonEmptyString(node, key: key)
                draft.hasTitle = !node.isNull
            case "subtitle": draft.subtitle = reader.nonEmptyString(node, key: key)
            case "author", "authors": addAuthors(node, key: key, into: &draft, reader: &reader)
            case "tags": addTags(node, key: key, into: &draft, reader: &reader)
            case "categories":
                categories += reader.strings(node, key: key)
                categoriesNode = node
            case "section": draft.section = section(node, key: key, reader: &reader)
            case "date":
                draft.date = reader.date(node, key: key)
                draft.hasDate = !node.isNull
            case "lastmod", "updated", "last_modified_at": draft.updated = reader.date(node, key: key)
            case "draft": draft.isDraft = reader.bool(node, key: key) ?? false
            case "slug": draft.slug = slug(node, key: key, reader: &reader)
            case "aliases": draft.aliases = aliases(node, key: key, reader: &reader)
            case "summary": summary = reader.nonEmptyString(node, key: key)
            case "description": description = reader.nonEmptyString(node, key: key)
            case "image": draft.image = image(node, key: key, reader: &reader)
            case "image_caption": imageCaption = reader.nonEmptyString(node, key: key)
            case "image_credit": imageCredit = reader.nonEmptyString(node, key: key)
            case "dateline", "location": draft.dateline = reader.nonEmptyString(node, key: key)
            case "language", "lang": draft.language = reader.nonEmptyString(node, key: key)
            case "canonical", "canonical_url", "canonicalurl": draft.canonicalURL = reader.nonEmptyString(node, key: key)
            case "taxonomies" where node.entries != nil:
                for (name, terms) in node.entries ?? [] {
                    switch name.lowercased() {
                    case "tags": addTags(terms, key: name, into: &draft, reader: &reader)
                    case "authors", "author": addAuthors(terms, key: name, into: &draft, reader: &reader)
                    case "categories":
                        categories += reader.strings(terms, key: name)
                        categoriesNode = terms
                    default:
                        if let value = terms.paramValue(in: config) { draft.params[name] = value }
                    }
                }
            default:
                if let value = node.paramValue(in: config) { draft.params[key] = value }
            }
        }
        if let categoriesNode, !categories.isEmpty {
            if draft.section == nil {
                draft.section = section(named: categories.removeFirst(), at: categoriesNode, reader: &reader)
            }
            for name in categories where !draft.addTag(name) {
                reader.fail(categoriesNode, "category '\(name)' has no letters or digits for its URL")
            }
        }
        draft.summary = summary ?? description
        if imageCaption != nil || imageCredit != nil {
            var image = draft.image ?? ArticleImage()
            image.caption = imageCaption ?? image.caption
            image.credit = imageCredit ?? image.credit
            draft.image = image
        }
    }

    private func addAuthors(_ node: FrontMatterNode, key: String, into draft: inout ArticleDraft,
                            reader: inout FieldReader) {
        for name in reader.strings(node, key: key) where !draft.addAuthor(name) {
            reader.fail(node, "author '\(name)' has no letters or digits for its URL")
        }
    }

    private func addTags(_ node: FrontMatterNode, key: String, into draft: inout ArticleDraft,
                         reader: inout FieldReader) {
        for name in reader.strings(node, key: key) where !draft.addTag(name) {
            reader.fail(node, "tag '\(name)' has no letters or digits for its URL")
        }
    }

    private func section(_ node: FrontMatterNode, key: String, reader: inout FieldReader) -> Section? {
        guard let name = reader.nonEmptyString(node, key: key) else { return nil }
        return section(named: name, at: node, reader: &reader)
    }

    // The known section of that name or slug, else a new one.
    func section(named name: String, at node: FrontMatterNode, reader: inout FieldReader) -> Section? {
        if let known = config.knownSection(named: name) { return known }
        let section = Section(name: name)
        guard !section.slug.isEmpty else {
            reader.fail(node, "section '\(name)' has no letters or digits for its URL")
            return nil
        }
        return section
    }

    // The front matter's slug: one path part, turned into slug characters by ``Slug/make(_:)``.
    private func slug(_ node: FrontMatterNode, key: String, reader: inout FieldReader) -> String? {
        guard let text = reader.nonEmptyString(node, key: key) else { return nil }
        if text.contains("/") || text.contains("\\") || text.contains("..") {
            reader.fail(node, "slug '\(text)' would escape the output folder")
            return nil
        }
        guard !Slug.make(text).isEmpty else {
            reader.fail(node, "slug '\(text)' has no letters or digits")
            return nil
        }
        return text
    }

    // Old URL paths. Each must start with `/` and may not climb out with `..` (also when
    // percent-encoded), start with `//` (another host), or carry `\`, `?` or `#`.
    private func aliases(_ node: FrontMatterNode, key: String, reader: inout FieldReader) -> [String] {
        let items: [FrontMatterNode] = if case .list(let list) = node.value { list } else { [node] }
        var result: [String] = []
        for item in items {
            guard let alias = reader.string(item, key: key)?.trimmingWhitespace, !alias.isEmpty else { continue }
            let parts = alias.split(separator: "/", omittingEmptySubsequences: false)
            let climbs = parts.contains { ($0.removingPercentEncoding ?? String($0)) == ".." }
            if climbs || alias.hasPrefix("//") || alias.contains("\\") || alias.contains("\0") {
                reader.fail(item, "alias '\(alias)' would escape the output folder")
            } else if ArticleParser.isReserved(alias) {
                reader.fail(item, "alias '\(alias)' names a file Gazette keeps for itself (names starting with '.gazette' are never published)")
            } else if !alias.hasPrefix("/") {
                reader.fail(item, "alias '\(alias)' must be a URL path starting with '/'")
            } else if alias.contains("?") || alias.contains("#") {
                reader.fail(item, "alias '\(alias)' must be a plain path, without '?' or '#'")
            } else if !result.contains(alias) {
                result.append(alias)
            }
        }
        return result
    }

    // Whether an output path names Gazette's own files: its marker and state (`.gazette…`).
    static func isReserved(_ path: String) -> Bool {
        path.split(separator: "/").contains { ($0.removingPercentEncoding ?? String($0)).lowercased().hasPrefix(".gazette") }
    }

    // `image: path`, or a table with `src` (or `path`, `url`), `caption` (or `alt`) and `credit`.
    private func image(_ node: FrontMatterNode, key: String, reader: inout FieldReader) -> ArticleImage? {
        guard let entries = node.entries else {
            return reader.nonEmptyString(node, key: key).map { ArticleImage(path: $0) }
        }
        var image = ArticleImage()
        var alt: String?
        for (name, value) in entries {
            switch name.lowercased() {
            case "src", "path", "url": image.path = reader.nonEmptyString(value, key: name)
            case "caption": image.caption = reader.nonEmptyString(value, key: name)
            case "alt": alt = reader.nonEmptyString(value, key: name)
            case "credit": image.credit = reader.nonEmptyString(value, key: name)
            default: reader.fail(value, "unknown key '\(name)' in image (use src, caption, alt and credit)")
            }
        }
        image.caption = image.caption ?? alt
        return image
    }
}
