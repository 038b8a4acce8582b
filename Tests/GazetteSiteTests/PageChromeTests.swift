import Foundation
@testable import GazettePages
import GazetteRender
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// The partials rendered once and reused (feed links, pager) give every page what rendering
/// them in place would give, and a site's own partials reach every page.
@Suite struct PageChromeTests {
    static let config = "title: Chrome Times\nbase_url: https://example.org/\npaginate: 1\n"

    func makeSite(_ extra: [String: String] = [:]) throws -> TemporarySite {
        var files = ["site.yml": Self.config]
        for day in 1...5 {
            let tags = day % 2 == 0 ? "[even, all]" : "[odd, all]"
            files["Content/2020/01/story-\(day).md"] =
                "---\ntitle: \"Story \(day)\"\ndate: 2020-01-0\(day)T10:00:00Z\nauthor: Ann Writer\ntags: \(tags)\nsection: News\n---\n\nText \(day).\n"
        }
        for (path, text) in extra { files[path] = text }
        return try TemporarySite(files)
    }

    func build(_ site: TemporarySite) throws -> [String: Data] {
        let output = TemporarySite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(siteDirectory: site.root, outputDirectory: output)
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        _ = try SiteBuilder(options: options).build()
        return snapshot(of: output)
    }

    /// The built-in layouts with the loops and the partial written in place, as themes made
    /// before `feeds_html`, `items_html`, `pager_html`, `related_html` and `tags_html` write them.
    func inPlaceTemplates() throws -> [String: String] {
        let site = try makeSite()
        defer { site.remove() }
        let sources = try Theme(siteDirectory: site.root).templateSources
        var templates: [String: String] = [:]
        let replacements = [
            "article": [("{{{related_html}}}",
                          "{{#related}}<li><a href=\"{{url}}\">{{title}}</a> <time datetime=\"{{day_iso}}\">{{date_human}}</time></li>{{/related}}"),
                        ("{{{tags_html}}} ", "{{#tags}}<a href=\"{{url}}\" rel=\"tag\">{{name}}</a> {{/tags}}")],
            "base": [("{{{feeds_html}}}", "{{#feeds}}<link rel=\"alternate\" type=\"{{type}}\" href=\"{{url}}\" title=\"{{title}}\">\n{{/feeds}}")],
            "home": [("{{{items_html}}}", "{{#items}}{{{html}}}{{/items}}"), ("{{{pager_html}}}{{/content}}", "{{> pager}}\n{{/content}}")],
            "list": [("{{{items_html}}}", "{{#items}}{{{html}}}{{/items}}"), ("{{{pager_html}}}{{/content}}", "{{> pager}}\n{{/content}}")],
        ]
        for (name, pairs) in replacements {
            var source = try #require(sources[name])
            for (from, to) in pairs {
                #expect(source.contains(from), "\(name).mustache no longer writes \(from)")
                source = source.replacingOccurrences(of: from, with: to)
            }
            templates["Templates/\(name).mustache"] = source
        }
        return templates
    }

    @Test func pagesAreTheSameAsWithEverythingRenderedInPlace() throws {
        let builtIn = try makeSite()
        defer { builtIn.remove() }
        let inPlace = try makeSite(try inPlaceTemplates())
        defer { inPlace.remove() }
        let expected = try build(inPlace)
        let pages = try build(builtIn)
        #expect(pages.keys.filter { $0.hasSuffix("/page/3/index.html") }.count >= 2)
        #expect(String(decoding: try #require(pages["2020/01/02/story-2.html"]), as: UTF8.self).contains("<section class=\"related\""))
        #expect(pages.count == expected.count)
        for (path, data) in expected where pages[path] != data {
            Issue.record("\(path) differs from the page rendered in place")
        }
    }

    @Test func aSitesOwnPagerAndFeedLinksReachEveryPage() throws {
        let site = try makeSite([
            "Templates/pager.mustache": "{{#pager}}<p class=\"mine\">{{#pages}}{{number}}{{#current}}*{{/current}} {{/pages}}</p>\n{{/pager}}",
            "Templates/feeds.mustache": "{{#feeds}}<link class=\"mine\" href=\"{{url}}\">\n{{/feeds}}",
        ])
        defer { site.remove() }
        let pages = try build(site)
        func page(_ path: String) throws -> String { String(decoding: try #require(pages[path]), as: UTF8.self) }
        for number in 1...5 {
            for list in ["", "section/news/"] {
                let html = try page(list + "page/\(number)/index.html")
                #expect(html.contains("\(number)* "), "\(list)page/\(number)/ shows another page as current")
                #expect(html.components(separatedBy: "*").count == 2)
                // The home page's numbered pages link to the site's feed; a section's, to its own too.
                #expect(html.contains("<link class=\"mine\" href=\"../../feed.xml\">"))
                #expect(html.contains("<link class=\"mine\" href=\"../../../../feed.xml\">") == !list.isEmpty)
            }
        }
        #expect(try page("index.html").contains("<p class=\"mine\">"))
        #expect(try page("tags/even/index.html").contains("<link class=\"mine\" href=\"feed.xml\">"))
        #expect(try page("tags/odd/page/1/index.html").contains("<link class=\"mine\" href=\"../../feed.xml\">"))
        #expect(try !page("2020/01/01/story-1.html").contains("class=\"mine\" href=\"feed.xml\""))
        #expect(try page("2020/01/01/story-1.html").contains("<link class=\"mine\" href=\"../../../feed.xml\">"))
    }

    @Test func signaturesTellValuesApart() {
        let values: [Any?] = [
            nil, "", "a", "ab", 1, "1", true, false, ["a"], ["a", "b"], ["ab"], ["a": "b"], ["a": "b", "c": 1],
            ["pages": [["number": 1, "url": "../1/"]]], ["pages": [["number": 1, "url": "../1/", "current": true]]],
            ["x\u{0}sb": "c"], ["x": "\u{0}sb"],
        ]
        let signatures = values.map { PageChrome.signature(of: $0) }
        #expect(Set(signatures).count == values.count)
        #expect(PageChrome.signature(of: ["b": 2, "a": 1]) == PageChrome.signature(of: ["a": 1, "b": 2]))
    }
}
