/// A feed file format. Each format of a feed is one file in the folder of its page.
public enum FeedFormat: String, CaseIterable, Sendable, Hashable {
    case atom, rss, json
}

/// What goes in a feed's entries.
public enum FeedContent: String, Sendable, Hashable {
    /// The whole article body.
    case full
    /// Title, link, date, byline, summary and lead image: a fraction of the bytes.
    case summary
}

/// The feeds of one kind of page (the site, a section, a tag or an author): in which formats
/// they are written and what their entries hold.
public struct FeedChoice: Sendable, Hashable {
    /// The formats written, in the order pages list them; empty for none.
    public var formats: [FeedFormat]
    public var content: FeedContent

    public init(formats: [FeedFormat], content: FeedContent) {
        self.formats = formats
        self.content = content
    }
}

/// The `feeds:` setting. The site-wide feeds carry full content in every format; the feeds of
/// each section, tag and author carry summaries in Atom only, which keeps the output of a
/// large archive a fraction of what full feeds in three formats would be.
public struct FeedSettings: Sendable, Hashable {
    /// The kinds of page that have feeds, as `site.yml` names them.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case site, section, tag, author
    }

    public var site = FeedChoice(formats: FeedFormat.allCases, content: .full)
    public var section = FeedChoice(formats: [.atom], content: .summary)
    public var tag = FeedChoice(formats: [.atom], content: .summary)
    public var author = FeedChoice(formats: [.atom], content: .summary)
    /// `moved`: keep the URLs of formats not written as small "moved" feeds. Default true;
    /// false suits only a site that never published those URLs.
    public var moved = true

    public init() {}

    public subscript(kind: Kind) -> FeedChoice {
        get {
            switch kind {
            case .site: site
            case .section: section
            case .tag: tag
            case .author: author
            }
        }
        set {
            switch kind {
            case .site: site = newValue
            case .section: section = newValue
            case .tag: tag = newValue
            case .author: author = newValue
            }
        }
    }
}
