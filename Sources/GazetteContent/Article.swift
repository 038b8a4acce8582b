/// One dated piece of the archive, as loaded and validated from its source file.
public struct Article: Sendable, Hashable {
    /// How the body is written.
    public enum BodyFormat: String, Sendable, Hashable {
        case markdown
        case plainText
        /// HTML, sanitised when rendered unless the site allows unsafe HTML.
        case html
    }

    /// The source file, relative to the site folder (`Content/2019/03/bridge.md`).
    public var sourcePath: String
    /// For a page bundle (`.../slug/index.md`), the bundle's other files, relative to the bundle folder.
    public var bundleFiles: [String]
    /// The last path component of the article's URL, ASCII and lower-case.
    public var slug: String
    public var title: String
    public var subtitle: String?
    public var date: ArticleDate
    public var updated: ArticleDate?
    public var authors: [Author]
    public var section: Section?
    public var tags: [Tag]
    /// Summary or description from front matter; the renderer derives one when missing.
    public var summary: String?
    public var image: ArticleImage?
    /// Where the story was filed from (`BERLIN`).
    public var dateline: String?
    /// BCP 47 language tag, when it differs from the site's.
    public var language: String?
    public var isDraft: Bool
    /// Old URL paths that must keep working as redirects, from `aliases` or `redirect_from`,
    /// normalised by ``PublishedPath`` but keeping a leading slash when written with one
    /// (`/news/bridge.html`, `releases/1.88.0/`); ``PermalinkRules/aliasURL(_:of:)`` places them.
    public var aliases: [String]
    /// Where each alias is written in the source file, in the order of `aliases`.
    public var aliasPositions: [SourcePosition] = []
    /// The URL set in front matter (`url`, `path` or `permalink`), normalised by ``PublishedPath``;
    /// it replaces the site's pattern for this article.
    public var url: String?
    /// Where `url` is written.
    public var urlPosition: SourcePosition?
    /// Categories as written (Jekyll's `:categories` in URL patterns).
    public var categories: [String] = []
    /// Links in the body to other pages of the site (``InternalReference/scan(_:)``).
    public var references: [InternalReference] = []
    /// An explicit canonical URL, for articles first published elsewhere.
    public var canonicalURL: String?
    /// The unrendered body: Markdown, plain-text paragraphs or HTML.
    public var body: String
    public var bodyFormat: BodyFormat
    /// The beginning of the body (its first paragraphs), kept when the loader leaves bodies
    /// out, so summaries can still be derived from it.
    public var bodyStart = ""
    /// 1-based line of the source file where the body starts (for messages).
    public var bodyLine: Int
    /// Front-matter keys Gazette does not interpret, kept for templates.
    public var params: [String: ParamValue]
    /// `type: page`: published at its URL but kept out of lists, feeds, date archives,
    /// taxonomies and neighbours (an "About us" page, a WordPress page).
    public var isPage = false

    public init(
        sourcePath: String, bundleFiles: [String] = [], slug: String, title: String, subtitle: String? = nil,
        date: ArticleDate, updated: ArticleDate? = nil, authors: [Author] = [], section: Section? = nil,
        tags: [Tag] = [], summary: String? = nil, image: ArticleImage? = nil, dateline: String? = nil,
        language: String? = nil, isDraft: Bool = false, aliases: [String] = [], canonicalURL: String? = nil,
        body: String, bodyFormat: BodyFormat = .markdown, bodyLine: Int = 1, params: [String: ParamValue] = [:]
    ) {
        self.sourcePath = sourcePath
        self.bundleFiles = bundleFiles
        self.slug = slug
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.updated = updated
        self.authors = authors
        self.section = section
        self.tags = tags
        self.summary = summary
        self.image = image
        self.dateline = dateline
        self.language = language
        self.isDraft = isDraft
        self.aliases = aliases
        self.canonicalURL = canonicalURL
        self.body = body
        self.bodyFormat = bodyFormat
        self.bodyLine = bodyLine
        self.params = params
    }

    /// The beginning of `body` a summary can be derived from: blocks up to and including the
    /// first one that reads as a paragraph (not a heading, fence, rule or HTML), at most about
    /// 1,500 characters. A long block without blank lines (HTML often has none) is cut at a
    /// line break past 1,500 bytes, or at 3,000.
    public static func start(of body: String) -> String {
        let start = blocksUpToLead(of: body)
        guard start.utf8.count > 3_000 else { return start }
        let from = start.utf8.index(start.startIndex, offsetBy: 1_500)
        let limit = start.utf8.index(start.startIndex, offsetBy: 3_000)
        return String(start[..<(start.utf8[from..<limit].firstIndex(of: 0x0A) ?? limit)])
    }

    private static func blocksUpToLead(of body: String) -> String {
        var searchFrom = body.startIndex
        while searchFrom < body.endIndex {
            let separator = body.range(of: "\n\n", range: searchFrom..<body.endIndex)
            let blockEnd = separator?.lowerBound ?? body.endIndex
            let block = body[searchFrom..<blockEnd].drop { $0 == "\n" || $0 == " " }
            let opensNonParagraph = ["#", "```", "~~~", "<", "---", "***", "___"].contains { block.hasPrefix($0) }
            if (!block.isEmpty && !opensNonParagraph) || body.utf8.distance(from: body.startIndex, to: blockEnd) > 1_500 {
                return String(body[..<blockEnd])
            }
            guard let separator else { break }
            searchFrom = separator.upperBound
        }
        return body
    }

    /// The article as the build cache keeps it: no body, but the beginning of it that a
    /// summary is derived from when the front matter gives none.
    public var withoutBody: Article {
        var copy = self
        if !body.isEmpty && (summary?.isEmpty ?? true) { copy.bodyStart = Article.start(of: body) }
        copy.body = ""
        return copy
    }

    /// The order of a site's articles: listed articles oldest first (by instant, then source
    /// path), then pages (`type: page`) in the same order, so lists are a prefix of the whole.
    public static func siteOrder(_ lhs: Article, _ rhs: Article) -> Bool {
        (lhs.isPage ? 1 : 0, lhs.date.instant, lhs.sourcePath) < (rhs.isPage ? 1 : 0, rhs.date.instant, rhs.sourcePath)
    }

    /// Whether this is a page bundle whose files travel with it.
    public var isBundle: Bool {
        ArchiveLoader.bundleIndexNames.contains { sourcePath.hasSuffix("/" + $0) }
    }
}

/// The lead image of an article.
public struct ArticleImage: Sendable, Hashable {
    /// URL or path as written; relative paths resolve against the article's page.
    public var path: String?
    public var caption: String?
    public var credit: String?

    public init(path: String? = nil, caption: String? = nil, credit: String? = nil) {
        self.path = path
        self.caption = caption
        self.credit = credit
    }
}
