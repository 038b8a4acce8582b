import Foundation
import GazetteContent
import GazetteRender

/// The files of a new site (`gazette init`): a `site.yml` listing every setting with its
/// default and a comment, one example article, and optionally the built-in theme to edit.
public enum SiteScaffold {
    /// Writes a new site into `folder`, creating it when missing. Refuses a folder that holds
    /// anything. Returns the paths written, relative to `folder`, sorted.
    public static func create(in folder: URL, now: Date = Date(), withTheme: Bool = false) throws(DiagnosticsError) -> [String] {
        let fileManager = FileManager.default
        if let entries = try? fileManager.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw DiagnosticsError([Diagnostic(path: folder.path, "refusing to create a site here: the folder is not empty")])
        }
        var written: [String] = []
        for (path, data) in files(now: now, withTheme: withTheme) {
            let url = folder.appending(path: path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .withoutOverwriting)
            } catch {
                throw DiagnosticsError([Diagnostic(path: url.path, "cannot write: \(error.localizedDescription)")])
            }
            written.append(path)
        }
        return written.sorted()
    }

    /// Every file of a new site, relative path to bytes.
    public static func files(now: Date, withTheme: Bool) -> [(path: String, data: Data)] {
        let example = exampleArticle(date: ArticleDate(instant: now, utcOffset: 0))
        var files: [(path: String, data: Data)] = [
            ("site.yml", Data(siteYAML.utf8)),
            (example.path, Data(example.text.utf8)),
            (".gitignore", Data(gitignore.utf8)),
        ]
        if withTheme { files += Theme.builtInFiles }
        return files
    }

    /// Keeps the built site and Gazette's build state (which holds unpublished drafts) out of git.
    static let gitignore = "# The built site and Gazette's build state (it holds drafts and embargoed articles).\n_site/\n.gazette/\n"

    /// `site.yml` with every key Gazette reads, set to its default, each with a comment.
    public static var siteYAML: String {
        let defaults = SiteConfig()
        let yaml = YAMLText.scalar
        return """
        # Settings of this Gazette site. Every key is optional: the values below are the defaults.
        # Keys Gazette does not know are kept and reach templates as site.params.

        # The site's name, in the masthead and page titles.
        title: \(yaml(defaults.title))
        # One line about the archive, for the home page and feeds.
        description: \(YAMLText.quoted(defaults.description))
        # The absolute URL the site is published at, for canonical links, feeds and the sitemap.
        # Links between pages are relative and do not depend on it. `gazette build --base-url` overrides it.
        base_url: \(yaml(defaults.baseURL))
        # BCP 47 language tag for <html lang>.
        language: \(yaml(defaults.language))
        # IANA time zone (Europe/London, America/New_York) of dates written without an offset.
        time_zone: \(yaml(defaults.timeZone))
        # Known sections, in navigation order: names, or {name: World News, slug: world}.
        sections: []
        # Articles per list page.
        paginate: \(defaults.paginate)
        # Article URL pattern with :year :month :day :slug :section (README lists every token, Jekyll's
        # and Hugo's included), or pretty for /:year/:month/:day/:slug/. An article's own url, path or
        # permalink key overrides it.
        permalink: \(yaml(defaults.permalink))
        # URL patterns for some sections, by first folder under Content/ or section slug (Hugo's [permalinks]).
        permalinks: {}
        # Where an alias written without a leading slash starts: root, or page (Hugo: the page's folder).
        relative_aliases: \(defaults.relativeAliases.rawValue)
        # How old URLs (aliases, moved articles) redirect: html pages, _redirects (Netlify,
        # Cloudflare Pages) and nginx (a map file).
        redirects: [\(RedirectFormat.allCases.filter { defaults.redirects.contains($0) }.map(\.rawValue).joined(separator: ", "))]
        # Keep raw HTML in Markdown bodies (stripped by default).
        unsafe_html: \(defaults.unsafeHTML)
        # Curly quotes and dashes in Markdown.
        smart_punctuation: \(defaults.smartPunctuation)
        # Entries per feed.
        feed_limit: \(defaults.feedLimit)
        # The organisation named in NewsArticle metadata: a name, or {name, url, logo}. Default: the title.
        # publisher: {name: Example News, url: https://example.org/}
        # A footer line. Default: none.
        # copyright: © Example News
        # Build the search index, the /search/ page and the header's search box. Default: true.
        search: \(defaults.search)
        # Feeds of each kind of page: formats (atom, rss, json; or none) and content (full or summary).
        # moved: false drops the small files kept at the URLs of formats not written.
        feeds:
          site: {formats: [atom, rss, json], content: full}
          section: {formats: [atom], content: summary}
          tag: {formats: [atom], content: summary}
          author: {formats: [atom], content: summary}
          moved: \(defaults.feeds.moved)
        # A list page for every day with articles (/2019/03/07/).
        day_archives: \(defaults.dayArchives)
        # news-sitemap.xml for Google News: the articles of the 48 hours before each build.
        news_sitemap: \(defaults.newsSitemap)
        # .gz and .br siblings of text files, for nginx gzip_static or Caddy precompressed: [gzip, brotli].
        precompress: []

        """
    }

    /// A short Markdown article that shows the front matter keys in use.
    static func exampleArticle(date: ArticleDate) -> (path: String, text: String) {
        let path = ArticleScaffold.path(slug: "welcome-to-your-archive", date: date)
        let text = """
        ---
        title: "Welcome to your archive"
        date: \(date.rfc3339)
        section: "News"
        tags: ["getting started"]
        author: "The Editors"
        summary: "What this example shows, and where your own articles go."
        ---

        This is an example article. Gazette found it in `\(path)`,
        published it at a permanent URL made of its date and its slug, and listed it on the
        front page, in its section, under its tag and its author, and in the archive for its
        day, month and year.

        ## Writing your own

        Add Markdown files with front matter like this one anywhere under `Content/`, or run
        `gazette new "Your headline"` to start one dated now. Plain-text files (`.txt`) work too.

        Preview the site with `gazette serve`: it rebuilds and reloads the page whenever you save.
        When you are ready, `gazette build` writes the finished site into `_site/`, and
        `gazette check` makes sure every link in it leads somewhere.

        Delete this file once your own stories are in.

        """
        return (path, text)
    }
}
