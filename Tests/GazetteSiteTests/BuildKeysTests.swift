import Foundation
import GazetteRender
@testable import GazetteSite
import GazetteTestSupport
import Testing

/// Which pages a template edit reaches: a template's key covers it and what it draws on.
@Suite struct BuildKeysTests {
    @Test func referencesAreParentsAndPartials() {
        let source = "{{<base}}{{$content}}{{> pager}}{{>item}}{{ > notes/box }}{{title}}{{! > not a partial}}{{/content}}{{/base}}"
        #expect(BuildKeys.references(in: source) == ["base", "pager", "item", "notes/box"])
        // The partials a page is given rendered, where a template writes them.
        #expect(BuildKeys.references(in: "{{{head_meta}}}{{{feeds_html}}}<p>{{{pager_html}}}") == ["feeds", "pager"])
        #expect(BuildKeys.references(in: "{{{head_meta}}}{{#feeds}}{{url}}{{/feeds}}").isEmpty)
        #expect(BuildKeys.references(in: "<ul>{{{related_html}}}</ul><p>{{{tags_html}}} </p>") == ["related", "tag"])
    }

    @Test func aPartialsKeyReachesOnlyTheTemplatesUsingIt() throws {
        let site = try TemporarySite(["site.yml": "title: Keys\n"])
        defer { site.remove() }
        let before = BuildKeys.templates(try Theme(siteDirectory: site.root))
        let pager = try #require(try Theme(siteDirectory: site.root).templateSources["pager"])
        try site.write("Templates/pager.mustache", pager + "<!-- pager edited -->\n")
        let after = BuildKeys.templates(try Theme(siteDirectory: site.root))
        #expect(after["list"] != before["list"])
        #expect(after["home"] != before["home"])
        #expect(after["article"] == before["article"])
        #expect(after["404"] == before["404"])

        let base = try #require(try Theme(siteDirectory: site.root).templateSources["base"])
        try site.write("Templates/base.mustache", base + "<!-- base edited -->\n")
        let rebased = BuildKeys.templates(try Theme(siteDirectory: site.root))
        #expect(rebased["article"] != after["article"])
        #expect(rebased["list"] != after["list"])
    }
}
