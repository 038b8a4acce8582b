import GazetteContent
import GazettePlan

/// The sitemap (sitemaps.org protocol 0.9). One `sitemap.xml` while the URLs fit the limits
/// of a file; past them, `sitemap-1.xml`, `sitemap-2.xml`... and `sitemap.xml` becomes a
/// sitemap index pointing at the parts.
package enum Sitemap {
    /// How much one sitemap file may hold. The protocol allows 50,000 URLs and 50 MiB
    /// (uncompressed); tests lower them to force an index.
    package struct Limits: Sendable, Hashable {
        package var urls: Int
        package var bytes: Int

        /// The sitemap protocol's limits are the defaults: 50,000 URLs and 50 MB a file.
        package init(urls: Int = 50_000, bytes: Int = 52_428_800) {
            self.urls = urls
            self.bytes = bytes
        }
    }

    /// One URL and when it last changed.
    package struct Location: Sendable, Hashable {
        package var url: String
        package var lastModified: ArticleDate?

        package init(url: String, lastModified: ArticleDate?) {
            self.url = url
            self.lastModified = lastModified
        }
    }

    package static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    package static let fileName = "sitemap.xml"

    /// The files to write, as (root-relative path, contents), `sitemap.xml` first. Locations
    /// keep their order, so appending articles leaves the earlier parts unchanged. `others`
    /// (root-relative, such as the news sitemap) are listed in the index when there is one.
    package static func files(
        _ locations: [Location], urls: AbsoluteURLs, limits: Limits = Limits(), others: [String] = []
    ) -> [(path: String, text: String)] {
        let parts = split(locations, limits: limits)
        if parts.count <= 1 {
            return [(fileName, urlset(parts.first ?? []))]
        }
        var files: [(path: String, text: String)] = []
        var index = header + "<sitemapindex xmlns=\"\(namespace)\">\n"
        for (number, part) in parts.enumerated() {
            let path = "sitemap-\(number + 1).xml"
            files.append((path, urlset(part)))
            index += "  <sitemap>\n    <loc>\(XMLWriter.escape(urls.page(path)))</loc>\n"
            if let newest = part.compactMap(\.location.lastModified).max() {
                index += "    <lastmod>\(newest.rfc3339)</lastmod>\n"
            }
            index += "  </sitemap>\n"
        }
        for other in others { index += "  <sitemap>\n    <loc>\(XMLWriter.escape(urls.page(other)))</loc>\n  </sitemap>\n" }
        index += "</sitemapindex>\n"
        return [(fileName, index)] + files
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private static let openURLSet = header + "<urlset xmlns=\"\(namespace)\">\n"
    private static let closeURLSet = "</urlset>\n"

    private typealias Rendered = (location: Location, text: String)

    /// Groups the rendered `<url>` elements into files within both limits.
    private static func split(_ locations: [Location], limits: Limits) -> [[Rendered]] {
        let fixed = openURLSet.utf8.count + closeURLSet.utf8.count
        var parts: [[Rendered]] = []
        var current: [Rendered] = []
        var bytes = fixed
        for location in locations {
            let text = element(location)
            let size = text.utf8.count
            if !current.isEmpty && (current.count >= max(1, limits.urls) || bytes + size > limits.bytes) {
                parts.append(current)
                current = []
                bytes = fixed
            }
            current.append((location, text))
            bytes += size
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    private static func element(_ location: Location) -> String {
        var text = "  <url>\n    <loc>\(XMLWriter.escape(location.url))</loc>\n"
        if let modified = location.lastModified { text += "    <lastmod>\(modified.rfc3339)</lastmod>\n" }
        return text + "  </url>\n"
    }

    private static func urlset(_ part: [Rendered]) -> String {
        var text = openURLSet
        for rendered in part { text += rendered.text }
        return text + closeURLSet
    }

    /// `robots.txt`: everything may be crawled; the sitemaps are at `sitemapURLs`.
    package static func robots(sitemapURLs: [String]) -> String {
        "User-agent: *\nAllow: /\n\n" + sitemapURLs.map { "Sitemap: \($0)\n" }.joined()
    }
}
