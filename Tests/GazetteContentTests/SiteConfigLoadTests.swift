import Foundation
import GazetteContent
import Testing

struct SiteConfigLoadTests {
    private func load(_ yaml: String) throws -> Result<SiteConfig, DiagnosticsError> {
        try withTempSite(["site.yml": yaml]) { url in
            Result { () throws(DiagnosticsError) in try SiteConfig.load(siteDirectory: url) }
        }
    }

    private func errors(_ yaml: String) throws -> [Diagnostic] {
        guard case .failure(let error) = try load(yaml) else { return [] }
        return error.diagnostics
    }

    @Test func missingFileGivesTheDefaults() throws {
        let config = try withTempSite([:]) { url in try SiteConfig.load(siteDirectory: url) }
        #expect(config == SiteConfig())
    }

    @Test(arguments: ["", "# only a comment\n"])
    func emptyFileGivesTheDefaults(_ yaml: String) throws {
        #expect(try load(yaml).get() == SiteConfig())
    }

    @Test func readsEveryKey() throws {
        let config = try load("""
            title: The River Courier
            description: Forty years of local news
            base_url: https://example.org/courier
            language: de
            time_zone: Europe/Berlin
            sections:
              - Local
              - name: World News
                slug: world
            paginate: 10
            permalink: pretty
            unsafe_html: true
            smart_punctuation: yes
            feed_limit: 50
            publisher:
              name: Courier Media
              url: https://example.org
              logo: /logo.png
            copyright: © Courier Media
            analytics: false
            founded: 1979-05-01
            editors: [Ana, Ben]
            social: {mastodon: "@courier"}
            """).get()
        #expect(config.title == "The River Courier")
        #expect(config.description == "Forty years of local news")
        #expect(config.baseURL == "https://example.org/courier/")
        #expect(config.language == "de")
        #expect(config.timeZone == "Europe/Berlin")
        #expect(config.sections == [Section(name: "Local"), Section(name: "World News", slug: "world")])
        #expect(config.paginate == 10)
        #expect(config.permalink == "pretty")
        #expect(config.unsafeHTML)
        #expect(config.smartPunctuation)
        #expect(config.feedLimit == 50)
        #expect(config.publisher == Publisher(name: "Courier Media", url: "https://example.org", logo: "/logo.png"))
        #expect(config.copyright == "© Courier Media")
        #expect(config.params["analytics"] == .bool(false))
        #expect(config.params["founded"]?.scalarText == "1979-05-01T00:00:00+01:00")
        #expect(config.params["editors"] == .array([.string("Ana"), .string("Ben")]))
        #expect(config.params["social"] == .table(["mastodon": .string("@courier")]))
    }

    @Test func publisherMayBeJustAName() throws {
        #expect(try load("publisher: Courier Media").get().publisher == Publisher(name: "Courier Media"))
    }

    @Test func baseURLKeepsAnExistingSlash() throws {
        #expect(try load("base_url: http://example.org/").get().baseURL == "http://example.org/")
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let yaml: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        ErrorCase(yaml: "base_url: ftp://example.org", line: 1, column: 11,
                  message: "base_url must be an absolute http or https URL, found 'ftp://example.org'"),
        ErrorCase(yaml: "title: x\nbase_url: example.org/news", line: 2, column: 11,
                  message: "base_url must be an absolute http or https URL, found 'example.org/news'"),
        ErrorCase(yaml: "time_zone: Mars/Olympus", line: 1, column: 12, message: "unknown time zone 'Mars/Olympus'"),
        ErrorCase(yaml: "paginate: 0", line: 1, column: 11, message: "'paginate' must be at least 1, found 0"),
        ErrorCase(yaml: "paginate: ten", line: 1, column: 11, message: "expected a whole number for 'paginate', found a string"),
        ErrorCase(yaml: "feed_limit: 2.5", line: 1, column: 13, message: "expected a whole number for 'feed_limit', found a number"),
        ErrorCase(yaml: "unsafe_html: maybe", line: 1, column: 14, message: "expected true or false for 'unsafe_html', found a string"),
        ErrorCase(yaml: "permalink: /:year/:name/", line: 1, column: 12,
                  message: "invalid permalink '/:year/:name/': unknown token ':name' (use :year, :month, :day, :slug, :title or :section; README lists them all)"),
        ErrorCase(yaml: "permalinks:\n  posts: /:year/\n", line: 2, column: 10,
                  message: "invalid permalink '/:year/': it must contain :slug, :title or :filename"),
        ErrorCase(yaml: "title: [a, b]", line: 1, column: 8, message: "expected text for 'title', found a list"),
        ErrorCase(yaml: "sections: Local", line: 1, column: 11, message: "expected a list of sections, found a string"),
        ErrorCase(yaml: "sections:\n  - name: World\n    slug: ../world", line: 2, column: 5,
                  message: "invalid section slug '../world': use lower-case letters, digits and '-'"),
        ErrorCase(yaml: "sections:\n  - Local\n  - local", line: 3, column: 5, message: "section 'local' repeats the slug 'local'"),
        ErrorCase(yaml: "sections:\n  - slug: world", line: 2, column: 5, message: "a section needs a name"),
        ErrorCase(yaml: "publisher:\n  url: https://example.org", line: 2, column: 3, message: "publisher needs a name"),
        ErrorCase(yaml: "publisher:\n  name: X\n  twitter: x", line: 3, column: 12,
                  message: "unknown key 'twitter' in publisher (use name, url and logo)"),
        ErrorCase(yaml: "- title\n- x", line: 1, column: 1, message: "expected 'key: value' settings, found a list"),
        ErrorCase(yaml: "title: x\ntitle: y", line: 1, column: 1, message: "invalid YAML: duplicate key 'title'"),
    ])
    func reportsProblemsWhereTheyAreWritten(_ test: ErrorCase) throws {
        let found = try errors(test.yaml)
        #expect(found == [Diagnostic(path: "site.yml", line: test.line, column: test.column, test.message)])
    }

    @Test func reportsTheYAMLParsersOwnPosition() throws {
        let found = try errors("title: Courier\ndescription: \"never closed\npaginate: 3\n")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.path == "site.yml")
        #expect(problem.line == 4)
        #expect(problem.message.hasPrefix("invalid YAML: "))
        #expect(problem.message.contains("quoted scalar"))
    }

    @Test func collectsEveryProblemSorted() throws {
        let found = try errors("paginate: 0\ntime_zone: Nowhere\ntitle: [x]\n")
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(found.map(\.description) == [
            "site.yml:1:11: error: 'paginate' must be at least 1, found 0",
            "site.yml:2:12: error: unknown time zone 'Nowhere'",
            "site.yml:3:8: error: expected text for 'title', found a list",
        ])
    }

    @Test func rejectsBytesThatAreNotUTF8() throws {
        let found = try withTempSite([:], binary: ["site.yml": Array("title: Caf".utf8) + [0xE9, 0x0A]]) { url in
            do throws(DiagnosticsError) {
                _ = try SiteConfig.load(siteDirectory: url)
                return [Diagnostic]()
            } catch {
                return error.diagnostics
            }
        }
        #expect(found == [Diagnostic(path: "site.yml", line: 1, column: 11, "file is not valid UTF-8")])
    }
}
