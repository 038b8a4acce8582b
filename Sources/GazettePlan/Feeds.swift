import GazetteContent

/// Which feeds a site has and what goes in each: one for the whole site and one for every
/// section, tag and author, each holding the newest `feed_limit` articles, newest first. Every
/// feed is written in the formats `feeds:` chooses for its kind into the folder of the page it
/// belongs to; the formats not chosen keep their URLs as small "moved" feeds (``retired(_:config:)``).
package struct Feeds: Sendable {
    /// One feed before it is written.
    package struct Feed: Sendable {
        /// Root-relative folder of the feed's files and of its HTML page (`tags/flood/`; `` for the site).
        package var base: String
        package var title: String
        package var description: String
        /// Article indices, newest first.
        package var members: [Int]

        package init(base: String, title: String, description: String, members: [Int]) {
            self.base = base
            self.title = title
            self.description = description
            self.members = members
        }

        /// Which kind of page the feed belongs to, from its folder.
        package var kind: FeedSettings.Kind {
            if base.isEmpty { return .site }
            if base.hasPrefix(SectionKind.folder + "/") { return .section }
            if base.hasPrefix(TagKind.folder + "/") { return .tag }
            return .author
        }
    }

    /// A feed file format (`FeedFormat` of the settings), with its file name and media type.
    package typealias Format = FeedFormat

    /// The site feed first, then sections, tags and authors in the index's order.
    package let all: [Feed]

    package init(config: SiteConfig, index: SiteIndex, articleCount: Int) {
        let limit = max(0, config.feedLimit)
        let newest = { (members: [Int]) in Array(members.suffix(limit).reversed()) }
        let site = config.title
        var feeds = [Feed(base: "", title: site, description: config.description.isEmpty ? site : config.description,
                          members: Array((max(0, articleCount - limit)..<articleCount).reversed()))]
        feeds += index.sections.map {
            Feed(base: Self.base(of: $0.term), title: Self.title(site: site, term: $0.term.name),
                 description: "\($0.term.name) articles from \(site)", members: newest($0.members))
        }
        feeds += index.tags.map {
            Feed(base: Self.base(of: $0.term), title: Self.title(site: site, term: $0.term.name),
                 description: "Articles tagged \($0.term.name) from \(site)", members: newest($0.members))
        }
        feeds += index.authors.map {
            Feed(base: Self.base(of: $0.term), title: Self.title(site: site, term: $0.term.name),
                 description: "Articles by \($0.term.name) from \(site)", members: newest($0.members))
        }
        all = feeds
    }

    /// Every article `feeds` hold, ascending; each is rendered for feeds only once.
    package static func neededIndices(of feeds: some Sequence<Feed>) -> [Int] {
        Set(feeds.lazy.flatMap(\.members)).sorted()
    }

    /// The folder of a term's list page and feeds.
    package static func base<Kind>(of term: Term<Kind>) -> String {
        "\(Kind.folder)/\(term.slug)/"
    }

    /// `The Riverside Courier: Flood`.
    package static func title(site: String, term: String) -> String {
        "\(site): \(term)"
    }

    /// `<link rel="alternate">` entries (`type`, `url`, `title`) for the page at `file`: the
    /// feeds in folder `base` (titled `title`) in the formats `choice` writes, with URLs
    /// relative to the page. Only feeds that exist are listed.
    package static func links(base: String, title: String, choice: FeedChoice, fromFile file: String) -> [[String: Any]] {
        choice.formats.map { format in
            [
                "type": format.mediaType,
                "url": SitePath.relative(fromFile: file, to: base + format.fileName),
                "title": "\(title) (\(format.label))",
            ]
        }
    }

    /// The formats of `feed` that `config` does not write: their files stay as feeds with no
    /// entries that point to ``movedTo(_:config:)``, so URLs published before stay answered.
    package static func retired(_ feed: Feed, config: SiteConfig) -> [Format] {
        let chosen = config.feeds[feed.kind].formats
        return Format.allCases.filter { !chosen.contains($0) }
    }

    /// Root-relative path where readers of a retired format of `feed` should go: the first
    /// format written for its kind, else the feed's page.
    package static func movedTo(_ feed: Feed, config: SiteConfig) -> String {
        config.feeds[feed.kind].formats.first.map { feed.base + $0.fileName } ?? feed.base
    }
}

extension FeedFormat {
    /// The file name inside the feed's folder.
    package var fileName: String {
        switch self {
        case .atom: "feed.xml"
        case .rss: "rss.xml"
        case .json: "feed.json"
        }
    }

    /// The media type advertised in `<link rel="alternate">`.
    package var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }

    package var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }
}
