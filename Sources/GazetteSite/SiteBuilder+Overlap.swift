import Foundation
import GazetteContent
import GazettePages
import Synchronization

extension SiteBuilder {
    /// What ``writeSearchFeedsAndSitemaps(_:search:stamps:)`` gives back.
    struct LateOutputs {
        /// When the news sitemap must be made again (seconds since 1970; infinity when never).
        var newsExpiry: Double
        /// The parsed-article cache's bytes, and where each article's record is in them.
        var cache: (bytes: [UInt8], records: [String: Range<Int>])
    }

    /// Writes the search index and encodes the parsed-article cache on a thread of their
    /// own while the feeds and sitemaps are written here (over every core). The index's
    /// encoding runs on one core; alone it left the other idle. Its files are all under
    /// `search/`, where no feed or sitemap goes, so neither side can claim the other's file,
    /// and each file's bytes are the same in any order. Both sides run to their end; their
    /// errors are thrown together, the index's first.
    func writeSearchFeedsAndSitemaps(
        _ pages: PageWriter, search: SearchAnalysis?, stamps: ContentCache
    ) throws(DiagnosticsError) -> LateOutputs {
        let searchFailure = Mutex<[Diagnostic]?>(nil)
        let cache = Mutex<(bytes: [UInt8], records: [String: Range<Int>])>(([], [:]))
        let finished = DispatchSemaphore(value: 0)
        // A thread, not a dispatch job: the feeds' own parallel rendering, nested in a
        // dispatch job, would run on one core.
        let thread = Thread {
            do throws(DiagnosticsError) {
                try pages.writeSearch(search)
            } catch {
                searchFailure.withLock { $0 = error.diagnostics }
            }
            let encoded = stamps.encodedWithRecords()
            cache.withLock { $0 = encoded }
            finished.signal()
        }
        thread.name = "search files"
        thread.start()
        var feedsFailure: [Diagnostic]?
        var newsExpiry = Double.infinity
        do throws(DiagnosticsError) {
            try pages.writeFeeds()
            newsExpiry = try pages.writeSitemap(limits: options.sitemapLimits, now: options.now)
        } catch {
            feedsFailure = error.diagnostics
        }
        finished.wait()
        if let searchFailure = searchFailure.withLock({ $0 }) { throw DiagnosticsError(searchFailure + (feedsFailure ?? [])) }
        if let feedsFailure { throw DiagnosticsError(feedsFailure) }
        return LateOutputs(newsExpiry: newsExpiry, cache: cache.withLock { $0 })
    }
}
