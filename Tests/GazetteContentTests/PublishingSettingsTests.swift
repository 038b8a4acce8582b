import Foundation
import GazetteContent
import Testing

/// `feeds:`, `news_sitemap:` and `precompress:` in `site.yml`.
struct PublishingSettingsTests {
    private func load(_ yaml: String) throws -> Result<SiteConfig, DiagnosticsError> {
        try withTempSite(["site.yml": yaml]) { url in
            Result { () throws(DiagnosticsError) in try SiteConfig.load(siteDirectory: url) }
        }
    }

    @Test func defaultsAreFullSiteFeedsAndAtomSummariesForTerms() {
        let feeds = SiteConfig().feeds
        #expect(feeds.site == FeedChoice(formats: [.atom, .rss, .json], content: .full))
        for kind in [FeedSettings.Kind.section, .tag, .author] {
            #expect(feeds[kind] == FeedChoice(formats: [.atom], content: .summary))
        }
        #expect(feeds.moved && SiteConfig().dayArchives)
        #expect(SiteConfig().newsSitemap == false && SiteConfig().precompress.isEmpty)
    }

    @Test func readsEveryFormOfTheFeedsSetting() throws {
        let config = try load("""
            feeds:
              site: atom
              section: none
              tag: [rss, json, rss]
              author: {content: full}
              moved: false
            day_archives: false
            news_sitemap: true
            precompress: [gzip, brotli]
            """).get()
        #expect(config.feeds.site == FeedChoice(formats: [.atom], content: .full))
        #expect(config.feeds.section.formats.isEmpty)
        #expect(config.feeds.tag == FeedChoice(formats: [.rss, .json], content: .summary))
        #expect(config.feeds.author == FeedChoice(formats: [.atom], content: .full))
        #expect(!config.feeds.moved && !config.dayArchives)
        #expect(config.newsSitemap)
        #expect(config.precompress == [.gzip, .brotli])
    }

    @Test func reportsEveryMistakeAtItsPlace() throws {
        guard case .failure(let error) = try load("""
            feeds:
              tags: atom
              site: {formats: [atom, pdf], content: some}
            precompress: [zstd]
            news_sitemap: yes please
            """) else {
            Issue.record("expected errors")
            return
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.count == 5)
        #expect(messages.contains("site.yml:2:9: error: unknown kind of feed 'tags' (use site, section, tag, author or moved)"))
        #expect(messages.contains { $0.hasPrefix("site.yml:3:") && $0.contains("unknown feed format 'pdf'") })
        #expect(messages.contains { $0.hasPrefix("site.yml:3:") && $0.contains("unknown feed content 'some' (use full or summary)") })
        #expect(messages.contains { $0.hasPrefix("site.yml:4:") && $0.contains("unknown precompression 'zstd'") })
        #expect(messages.contains { $0.hasPrefix("site.yml:5:") && $0.contains("expected true or false for 'news_sitemap'") })
    }
}
