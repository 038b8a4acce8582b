import Foundation

/// The settings of a site, read from `site.yml`. Every key is optional; the defaults are
/// the values below and are documented in README.md.
public struct SiteConfig: Sendable, Hashable {
    /// `title`: the site's name. Default "Gazette".
    public var title = "Gazette"
    /// `description`: one line about the archive, used on the home page and in feeds.
    public var description = ""
    /// `base_url`: absolute URL the site is published at, with a trailing slash.
    /// Default `http://localhost:8000/`. Internal links are relative and do not depend on it.
    public var baseURL = "http://localhost:8000/"
    /// `language`: BCP 47 tag for `<html lang>`. Default `en`.
    public var language = "en"
    /// `time_zone`: IANA name or `UTC`; dates written without an offset are in this zone. Default `UTC`.
    public var timeZone = "UTC"
    /// `sections`: the known sections, in the order the navigation shows them. Default none.
    public var sections: [Section] = []
    /// `paginate`: list-page size. Default 20.
    public var paginate = 20
    /// `permalink`: article URL pattern with `:year :month :day :slug :section`, or `pretty`
    /// (`/:year/:month/:day/:slug/`). Default `/:year/:month/:day/:slug.html`.
    public var permalink = "/:year/:month/:day/:slug.html"
    /// `permalinks`: URL patterns per section (Hugo's `[permalinks]`), by the first folder under
    /// `Content/` or the section's slug. Default none.
    public var permalinks: [String: String] = [:]
    /// `redirects`: the redirect files written for aliases and moved URLs: `html` (a page per
    /// old URL), `_redirects` (Netlify, Cloudflare Pages) and `nginx` (a `map` file).
    /// Default `[html, _redirects]`.
    public var redirects: Set<RedirectFormat> = [.html, .netlify]
    /// `relative_aliases`: where an alias written without a leading slash starts: `root` (Zola,
    /// jekyll-redirect-from) or `page` (Hugo: the page's folder). Default `root`.
    public var relativeAliases = AliasBase.root
    /// `unsafe_html`: keep raw HTML in Markdown bodies. Default false.
    public var unsafeHTML = false
    /// `smart_punctuation`: curly quotes and dashes in Markdown. Default false.
    public var smartPunctuation = false
    /// `feed_limit`: entries per feed. Default 20.
    public var feedLimit = 20
    /// `publisher`: the organisation named in NewsArticle metadata. Default: the title.
    public var publisher: Publisher?
    /// `copyright`: footer line. Default none.
    public var copyright: String?
    /// `search`: build the search index and the `/search/` page. Default true.
    public var search = true
    /// `feeds`: formats and content of the feeds of each kind of page (``FeedSettings``).
    public var feeds = FeedSettings()
    /// `day_archives`: a list page for every day with articles (`/2019/03/07/`). Default true.
    public var dayArchives = true
    /// `news_sitemap`: write `news-sitemap.xml` (Google News) for recent articles. Default false.
    public var newsSitemap = false
    /// `precompress`: write `.gz` and/or `.br` siblings of text files. Default none.
    public var precompress: [Precompression] = []
    /// Keys Gazette does not interpret, for templates.
    public var params: [String: ParamValue] = [:]

    public init() {}

    /// The known section whose name or slug matches `name`, case-insensitively.
    public func knownSection(named name: String) -> Section? {
        let slug = Slug.make(name)
        return sections.first { $0.slug == slug }
    }

    /// The UTC offset of `timeZone` at the given local wall-clock time (seconds east of UTC).
    public func utcOffset(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Int {
        guard let zone = TimeZone(identifier: timeZone) else { return 0 }
        if zone.secondsFromGMT() == 0 && zone.identifier == "UTC" { return 0 }
        // Treat the wall clock as UTC to get an estimate, then correct by the zone's offset.
        guard let guess = ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute, utcOffset: 0)
        else { return 0 }
        let first = zone.secondsFromGMT(for: guess.instant)
        let second = zone.secondsFromGMT(for: guess.instant.addingTimeInterval(-Double(first)))
        return second
    }
}

/// Where aliases written without a leading slash start.
public enum AliasBase: String, Sendable, Hashable {
    case root, page
}

/// A way of telling readers and crawlers that an old URL moved.
public enum RedirectFormat: String, Sendable, Hashable, CaseIterable {
    /// A small HTML page at the old URL with a meta refresh and a canonical link.
    case html
    /// `_redirects` at the root of the output, read by Netlify and Cloudflare Pages (301).
    case netlify = "_redirects"
    /// `nginx-redirects.map`, lines for an nginx `map` block (`/old /new;`).
    case nginx
}

/// A compressed sibling written beside each text file of the output (`precompress:`).
public enum Precompression: String, CaseIterable, Sendable, Hashable {
    case gzip, brotli

    /// The suffix of the sibling's file name.
    public var suffix: String {
        switch self {
        case .gzip: ".gz"
        case .brotli: ".br"
        }
    }
}

/// The organisation that publishes the archive.
public struct Publisher: Sendable, Hashable {
    public var name: String
    public var url: String?
    public var logo: String?

    public init(name: String, url: String? = nil, logo: String? = nil) {
        self.name = name
        self.url = url
        self.logo = logo
    }
}
