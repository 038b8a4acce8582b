import Foundation
import GazetteContent
import GazettePlan

/// `news-sitemap.xml`: the Google News extension of the sitemap protocol
/// (namespace `http://www.google.com/schemas/sitemap-news/0.9`). It lists the articles
/// published in the two days before the build clock, newest first, at most 1,000, each with
/// the publication's name and language, its date and title. Google asks for nothing older,
/// and an empty file is fine when nothing is new, so the file is always written.
package enum NewsSitemap {
    package static let fileName = "news-sitemap.xml"
    package static let namespace = "http://www.google.com/schemas/sitemap-news/0.9"
    /// How far back an article counts as news.
    package static let window: TimeInterval = 48 * 3600
    /// The most entries one news sitemap may have.
    package static let limit = 1000

    /// Positions in `entries` (oldest first) of the articles the sitemap lists, newest first:
    /// those dated in the `window` before `now` whose canonical URL is on this site.
    package static func members(_ entries: [ArticleEntry], now: Date) -> [Int] {
        var members: [Int] = []
        for index in entries.indices.reversed() where members.count < limit {
            let instant = entries[index].article.date.instant
            if instant > now { continue }
            if now.timeIntervalSince(instant) > window { break }
            // An article first published elsewhere is news there, not here.
            if entries[index].article.canonicalURL == nil { members.append(index) }
        }
        return members
    }

    /// When the sitemap must be made again even if nothing else changes: when its oldest
    /// article leaves the window. Infinity for an empty sitemap.
    package static func expiry(_ entries: [ArticleEntry], members: [Int]) -> Double {
        members.last.map { entries[$0].article.date.instant.timeIntervalSince1970 + window + 1 } ?? .infinity
    }

    package static func render(_ entries: [ArticleEntry], members: [Int], config: SiteConfig, urls: AbsoluteURLs) -> String {
        var xml = XMLWriter()
        xml.open("urlset", ["xmlns": Sitemap.namespace, "xmlns:news": namespace])
        let name = config.publisher?.name ?? config.title
        for index in members {
            let entry = entries[index]
            xml.open("url")
            xml.element("loc", urls.own(entry))
            xml.open("news:news")
            xml.open("news:publication")
            xml.element("news:name", name)
            xml.element("news:language", language(entry.article.language ?? config.language))
            xml.close()
            xml.element("news:publication_date", entry.article.date.rfc3339)
            xml.element("news:title", entry.article.title)
            xml.close()
            xml.close()
        }
        return xml.finish()
    }

    /// The ISO 639 code Google News wants: `en` for `en-GB`; `zh-cn` and `zh-tw` stay whole.
    static func language(_ tag: String) -> String {
        let lower = tag.lowercased().replacingOccurrences(of: "_", with: "-")
        if lower == "zh-cn" || lower == "zh-tw" || lower == "zh-hans" || lower == "zh-hant" {
            return lower.hasSuffix("tw") || lower.hasSuffix("hant") ? "zh-tw" : "zh-cn"
        }
        return String(lower.prefix { $0 != "-" })
    }
}
