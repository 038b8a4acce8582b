import Foundation

extension SiteConfig {
    /// The name of the settings file in the site folder.
    public static let fileName = "site.yml"

    /// Reads `site.yml` from `siteDirectory`; a missing or empty file gives all the defaults.
    /// Keys Gazette does not interpret go to ``params``. Every problem is reported, located at
    /// `site.yml:line:column`.
    public static func load(siteDirectory: URL) throws(DiagnosticsError) -> SiteConfig {
        let url = siteDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteConfig() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(path: fileName, "cannot read the file")])
        }
        return try parse(data, path: fileName)
    }

    // Parses the contents of a `site.yml`; `path` names it in diagnostics.
    static func parse(_ data: Data, path: String) throws(DiagnosticsError) -> SiteConfig {
        guard let yaml = String(validating: data, as: UTF8.self) else {
            let (line, column) = SourceText.firstInvalidUTF8(in: data)
            throw DiagnosticsError([Diagnostic(path: path, line: line, column: column, "file is not valid UTF-8")])
        }
        let root: FrontMatterNode?
        do {
            root = try FrontMatterNode.parseYAML(yaml, path: path, firstLine: 1)
        } catch {
            throw DiagnosticsError([error])
        }
        guard let root else { return SiteConfig() }
        guard let entries = root.entries else {
            throw DiagnosticsError([root.diagnostic(path, "expected 'key: value' settings, found \(root.kindName)")])
        }
        var config = SiteConfig()
        var reader = FieldReader(path: path, config: config)
        // The zone first: dates in params are read in it.
        for (key, node) in entries where key == "time_zone" {
            if let zone = reader.nonEmptyString(node, key: key) {
                if TimeZone(identifier: zone) == nil {
                    reader.fail(node, "unknown time zone '\(zone)'")
                } else {
                    config.timeZone = zone
                }
            }
        }
        reader.config = config
        for (key, node) in entries where key != "time_zone" {
            config.apply(key: key, node: node, reader: &reader)
        }
        guard reader.diagnostics.isEmpty else { throw DiagnosticsError(reader.diagnostics) }
        return config
    }

    private mutating func apply(key: String, node: FrontMatterNode, reader: inout FieldReader) {
        switch key {
        case "title": title = reader.nonEmptyString(node, key: key) ?? title
        case "description": description = reader.string(node, key: key) ?? description
        case "base_url":
            guard let text = reader.nonEmptyString(node, key: key) else { return }
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
                  url.query == nil, url.fragment == nil
            else {
                reader.fail(node, "base_url must be an absolute http or https URL, found '\(text)'")
                return
            }
            baseURL = text.hasSuffix("/") ? text : text + "/"
        case "language": language = reader.nonEmptyString(node, key: key) ?? language
        case "sections": sections = Self.sections(node, reader: &reader)
        case "paginate": paginate = reader.int(node, key: key, minimum: 1) ?? paginate
        case "feed_limit": feedLimit = reader.int(node, key: key, minimum: 1) ?? feedLimit
        case "permalink":
            guard let text = reader.nonEmptyString(node, key: key) else { return }
            do {
                _ = try Permalink(pattern: text)
                permalink = text
            } catch {
                reader.fail(node, error.description)
            }
        case "permalinks":
            guard let entries = node.entries else {
                if !node.isNull { reader.fail(node, "expected a table of section: pattern, found \(node.kindName)") }
                return
            }
            for (section, value) in entries {
                guard let text = reader.nonEmptyString(value, key: section) else { continue }
                do {
                    _ = try Permalink(pattern: text)
                    permalinks[section] = text
                } catch {
                    reader.fail(value, error.description)
                }
            }
        case "redirects":
            var formats: Set<RedirectFormat> = []
            for name in reader.strings(node, key: key) {
                if let format = RedirectFormat(rawValue: name) {
                    formats.insert(format)
                } else {
                    reader.fail(node, "unknown redirect format '\(name)' (use html, _redirects and nginx)")
                }
            }
            redirects = formats
        case "relative_aliases":
            guard let text = reader.nonEmptyString(node, key: key) else { return }
            if let base = AliasBase(rawValue: text) { relativeAliases = base } else {
                reader.fail(node, "relative_aliases must be root or page, found '\(text)'")
            }
        case "unsafe_html": unsafeHTML = reader.bool(node, key: key) ?? unsafeHTML
        case "smart_punctuation": smartPunctuation = reader.bool(node, key: key) ?? smartPunctuation
        case "publisher": publisher = Self.publisher(node, reader: &reader)
        case "copyright": copyright = reader.string(node, key: key)
        case "search": search = reader.bool(node, key: key) ?? search
        case "feeds": feeds = Self.feedSettings(node, reader: &reader)
        case "day_archives": dayArchives = reader.bool(node, key: key) ?? dayArchives
        case "news_sitemap": newsSitemap = reader.bool(node, key: key) ?? newsSitemap
        case "precompress":
            precompress = []
            for name in reader.strings(node, key: key) {
                guard let method = Precompression(rawValue: name) else {
                    reader.fail(node, "unknown precompression '\(name)' (use gzip and brotli)")
                    continue
                }
                if !precompress.contains(method) { precompress.append(method) }
            }
        default:
            if let value = node.paramValue(in: self) { params[key] = value }
        }
    }

    // `sections: [Local, World]` or `sections: [{name: World News, slug: world}]`.
    private static func sections(_ node: FrontMatterNode, reader: inout FieldReader) -> [Section] {
        guard case .list(let items) = node.value else {
            if case .null = node.value { return [] }
            reader.fail(node, "expected a list of sections, found \(node.kindName)")
            return []
        }
        var result: [Section] = []
        for item in items {
            var section: Section?
            if let entries = item.entries {
                var name: String?
                var slug: String?
                for (key, value) in entries {
                    switch key {
                    case "name": name = reader.nonEmptyString(value, key: "name")
                    case "slug": slug = reader.nonEmptyString(value, key: "slug")
                    default: reader.fail(value, "unknown key '\(key)' in a section (use name and slug)")
                    }
                }
                guard let name else {
                    reader.fail(item, "a section needs a name")
                    continue
                }
                if let slug, !Slug.isValid(slug) {
                    reader.fail(item, "invalid section slug '\(slug)': use lower-case letters, digits and '-'")
                    continue
                }
                section = slug.map { Section(name: name, slug: $0) } ?? Section(name: name)
            } else if let name = reader.nonEmptyString(item, key: "sections") {
                section = Section(name: name)
            }
            guard let section else { continue }
            if section.slug.isEmpty {
                reader.fail(item, "section '\(section.name)' has no letters or digits for its URL; give it a slug")
            } else if result.contains(where: { $0.slug == section.slug }) {
                reader.fail(item, "section '\(section.name)' repeats the slug '\(section.slug)'")
            } else {
                result.append(section)
            }
        }
        return result
    }

    // `publisher: Example News` or `publisher: {name: …, url: …, logo: …}`.
    private static func publisher(_ node: FrontMatterNode, reader: inout FieldReader) -> Publisher? {
        guard let entries = node.entries else {
            return reader.nonEmptyString(node, key: "publisher").map { Publisher(name: $0) }
        }
        var name: String?
        var url: String?
        var logo: String?
        for (key, value) in entries {
            switch key {
            case "name": name = reader.nonEmptyString(value, key: "name")
            case "url": url = reader.nonEmptyString(value, key: "url")
            case "logo": logo = reader.nonEmptyString(value, key: "logo")
            default: reader.fail(value, "unknown key '\(key)' in publisher (use name, url and logo)")
            }
        }
        guard let name else {
            reader.fail(node, "publisher needs a name")
            return nil
        }
        return Publisher(name: name, url: url, logo: logo)
    }
}
