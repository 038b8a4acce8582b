import GazetteContent
import GazettePlan

extension URLLedger {
    /// `--keep-moved`: every URL last made by an article's page or alias that the articles no
    /// longer answer is kept as moved to that article, when it is still published. Bundle
    /// files and list pages are not redirected this way.
    mutating func keepMoved(_ articles: [Article], rules: PermalinkRules) {
        var answered: Set<String> = []
        var published: Set<String> = []
        for article in articles {
            published.insert(article.sourcePath)
            let place = rules.place(article)
            answered.insert(place.file)
            for alias in article.aliases {
                if let url = rules.aliasURL(alias, of: place.url) { answered.insert(PublishedPath.file(of: url)) }
            }
        }
        for (url, source) in sources {
            guard let article = URLLedger.article(of: source), !source.hasSuffix(" (file)"), !source.hasSuffix(URLLedger.movedSuffix),
                  published.contains(article), !answered.contains(PublishedPath.file(of: String(url.dropFirst())))
            else { continue }
            sources[url] = article + URLLedger.movedSuffix
        }
    }

    /// The ledger after a build that made `produced` (URL to source): new URLs added, sources
    /// brought up to date. A URL the ledger holds that the build does not make is an error
    /// saying how to keep it, unless `acceptGone` marks it gone or its source was skipped as
    /// invalid (`skipped`).
    func updated(with produced: [String: String], acceptGone: Bool, skipped: Set<String>) throws(DiagnosticsError) -> URLLedger {
        var next = self
        var problems: [Diagnostic] = []
        for (url, source) in sources where produced[url] == nil && !source.hasPrefix(URLLedger.gone) {
            let article = URLLedger.article(of: source)
            if let article, skipped.contains(article) { continue }
            if acceptGone {
                next.sources[url] = URLLedger.gone + " (was \(source))"
                continue
            }
            problems.append(Diagnostic(path: URLLedger.fileName, line: lines[url] ?? 1, column: 1,
                                       URLLedger.missingMessage(url: url, source: source, article: article)))
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        for (url, source) in produced where next.sources[url] != source { next.sources[url] = source }
        return next
    }

    private static func missingMessage(url: String, source: String, article: String?) -> String {
        let drop = "or drop it on purpose with 'gazette build --accept-gone'"
        guard let article, !source.hasSuffix(" (file)") else {
            return "'\(url)' (last made by \(source)) is no longer built; make it again, \(drop)"
        }
        return "'\(url)' (last made by \(source)) is no longer built; keep it as a redirect with 'aliases: [\"\(url)\"]' in "
            + "the front matter of \(article) (or of the article that replaced it), or 'gazette build --keep-moved', \(drop)"
    }
}
