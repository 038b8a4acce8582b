extension SiteConfig {
    /// Reads `feeds:`: for each kind (`site`, `section`, `tag`, `author`) either `none`, a
    /// list of formats, or `{formats: [atom, rss, json], content: full|summary}`. Kinds left
    /// out keep their defaults; so does a key left out of a kind. `moved: false` drops the
    /// files kept at the URLs of formats not written.
    static func feedSettings(_ node: FrontMatterNode, reader: inout FieldReader) -> FeedSettings {
        var settings = FeedSettings()
        guard let entries = node.entries else {
            if case .null = node.value { return settings }
            reader.fail(node, "expected feed settings by kind (site, section, tag, author), found \(node.kindName)")
            return settings
        }
        for (key, value) in entries {
            if key == "moved" {
                settings.moved = reader.bool(value, key: "feeds.moved") ?? settings.moved
                continue
            }
            guard let kind = FeedSettings.Kind(rawValue: key) else {
                reader.fail(value, "unknown kind of feed '\(key)' (use site, section, tag, author or moved)")
                continue
            }
            settings[kind] = choice(value, kind: key, default: settings[kind], reader: &reader)
        }
        return settings
    }

    private static func choice(_ node: FrontMatterNode, kind: String, default current: FeedChoice, reader: inout FieldReader) -> FeedChoice {
        var choice = current
        guard let entries = node.entries else {
            choice.formats = formats(node, key: "feeds.\(kind)", reader: &reader) ?? choice.formats
            return choice
        }
        for (key, value) in entries {
            switch key {
            case "formats": choice.formats = formats(value, key: "feeds.\(kind).formats", reader: &reader) ?? choice.formats
            case "content":
                guard let text = reader.nonEmptyString(value, key: "feeds.\(kind).content") else { continue }
                if let content = FeedContent(rawValue: text) {
                    choice.content = content
                } else {
                    reader.fail(value, "unknown feed content '\(text)' (use full or summary)")
                }
            default: reader.fail(value, "unknown key '\(key)' in feeds.\(kind) (use formats and content)")
            }
        }
        return choice
    }

    /// `none`, `atom`, or a list such as `[atom, rss, json]`; nil after an error.
    private static func formats(_ node: FrontMatterNode, key: String, reader: inout FieldReader) -> [FeedFormat]? {
        if node.text == "none" { return [] }
        if case .bool(false) = node.value { return [] }
        var formats: [FeedFormat] = []
        var failed = false
        for name in reader.strings(node, key: key) {
            guard let format = FeedFormat(rawValue: name) else {
                reader.fail(node, "unknown feed format '\(name)' in '\(key)' (use atom, rss, json or none)")
                failed = true
                continue
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return failed ? nil : formats
    }
}
