import Foundation
import GazetteFeeds
import Testing

/// Reading the sitemap files a build writes.
package enum SitemapXML {
    /// Every `<loc>` of a urlset, in order, checking the document against the protocol.
    package static func urlset(_ text: String) throws -> [String] {
        let root = try XMLTree.parse(Data(text.utf8))
        #expect(root.name == "urlset")
        #expect(root.attributes["xmlns"] == Sitemap.namespace)
        return try root.all("url").map { url in
            #expect(url.children.allSatisfy { ["loc", "lastmod"].contains($0.name) })
            if let lastmod = url.child("lastmod") { #expect(FeedDates.rfc3339(lastmod.text) != nil, "\(lastmod.text)") }
            return try #require(url.child("loc")?.text)
        }
    }
}
