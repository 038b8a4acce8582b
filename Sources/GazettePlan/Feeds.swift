import GazetteContent

/// Which feeds a site has and what goes in each: one for the whole site and one for every
/// section, tag and author, each holding the newest `feed_limit` articles, newest first. Every
/// feed is written in each ``Format`` into the folder of the page it belongs to.
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
    }

    /// The formats every feed is written in.
    package enum Format: CaseIterable, Sendable {
        case atom, rss, json

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
    /// feeds in folder `base` (titled `title`), in every format, with URLs relative to the page.
    package static func links(base: String, title: String, fromFile file: String) -> [[String: Any]] {
        Format.allCases.map { format in
            [
                "type": format.mediaType,
                "url": SitePath.relative(fromFile: file, to: base + format.fileName),
                "title": "\(title) (\(format.label))",
            ]
        }
    }
}
