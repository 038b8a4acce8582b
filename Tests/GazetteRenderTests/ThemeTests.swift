import Foundation
import Testing
import GazetteContent
@testable import GazetteRender

@Suite struct ThemeTests {
    func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "gazette-theme-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test func builtInThemeHasEveryPageTemplate() throws {
        let root = try site([:])
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = try Theme(siteDirectory: root)
        for name in ["base", "home", "list", "terms", "archive", "article", "404", "alias", "item", "pager", "feeds", "related", "tag"] {
            #expect(theme.has(name), "\(name)")
        }
        #expect(theme.assets.contains { $0.path == "style.css" })
    }

    @Test func siteFilesOverrideBuiltInOnes() throws {
        let root = try site(["Templates/alias.mustache": "moved to {{target}}", "Public/style.css": "body{}"])
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = try Theme(siteDirectory: root)
        #expect(theme.render("alias", ["target": "<x>"]) == "moved to &lt;x&gt;")
        #expect(theme.assets.first { $0.path == "style.css" }?.source == .file(root.appending(path: "Public/style.css")))
    }

    @Test func templateErrorsCarryFileLineAndColumn() throws {
        let root = try site(["Templates/article.mustache": "<h1>\n{{#open}}\nx {{/other}}\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let error = try #require(throws: DiagnosticsError.self) { try Theme(siteDirectory: root) }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.path == "Templates/article.mustache")
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.hasPrefix("template does not parse"))
    }

    @Test func escapingMatchesHTMLRules() throws {
        let root = try site(["Templates/x.mustache": "{{a}}|{{{a}}}"])
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = try Theme(siteDirectory: root)
        #expect(theme.render("x", ["a": "<b>\"&'"]) == "&lt;b&gt;&quot;&amp;&#39;|<b>\"&'")
    }
}
