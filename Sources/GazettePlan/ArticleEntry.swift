import GazetteContent
import GazetteRender

/// What the site keeps of an article once its page is planned: enough for list pages,
/// feeds and neighbours, without the body.
package struct ArticleEntry: Sendable {
    package var article: Article
    /// Root-relative URL (`2019/03/07/bridge.html`).
    package var url: String
    /// The output file of the page (`2019/03/07/bridge.html` or `.../bridge/index.html`).
    package var file: String
    /// Summary from front matter, else the body's first sentences.
    package var summary: String
    /// For a page bundle, the root-relative folder its files are copied to.
    package var bundleFolder: String?

    init(article: Article, rules: PermalinkRules) {
        self.article = article
        (url, file) = rules.place(article)
        let lead: String
        let start = article.body.isEmpty ? article.bodyStart : Article.start(of: article.body)
        if let given = article.summary, !given.isEmpty {
            lead = given
        } else {
            lead = BodyRenderer.leadText(of: start, format: article.bodyFormat)
        }
        summary = RenderedBody.shorten(lead, limit: 220)
        if article.isBundle {
            let folder = file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : nil
            bundleFolder = folder ?? (file.split(separator: "/").dropLast().map { $0 + "/" }.joined() + article.slug + "/")
        }
        // The body is rendered when the page is written; lists only need the rest.
        self.article.body = ""
        self.article.bodyStart = ""
    }

    /// Rewrites a URL written in a bundle's body (`photo.jpg`) to where the file is copied.
    package func bundleURL(_ url: String, fromFile file: String) -> String? {
        guard let bundleFolder, SitePath.isRelativeReference(url) else { return nil }
        return SitePath.relative(fromFile: file, to: bundleFolder + url)
    }
}
