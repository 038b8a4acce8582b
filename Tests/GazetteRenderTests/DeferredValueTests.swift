import Foundation
import Synchronization
import Testing
@testable import GazetteRender

/// A `DeferredValue` renders in every Mustache construct as the value it makes, and is made
/// only when a template looks it up.
@Suite struct DeferredValueTests {
    static let template = """
        [{{#x}}<{{title}}|{{{html}}}|{{y}}>{{/x}}|{{^x}}none{{/x}}|{{#first(x)}}first:{{title}}{{/first(x)}}\
        |{{#last(x)}}{{last}}{{/last(x)}}|{{x.title}}|{{#empty(x)}}empty{{/empty(x)}}|{{#.x}}dot{{/.x}}]
        """

    static var values: [Any] { [
        [[String: Any]](),
        [["title": TemplateText("A <b>"), "html": TemplateText("<li>a</li>")]],
        [["title": "One", "html": "<li>1</li>"], ["title": "Two", "html": "<li>2</li>", "y": "own"]],
        ["title": TemplateText("single"), "html": TemplateText("<p>")],
        TemplateText("text"),
        true,
        false,
    ] }

    func theme(_ source: String) throws -> (Theme, URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "gazette-deferred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "Templates"), withIntermediateDirectories: true)
        try Data(source.utf8).write(to: root.appending(path: "Templates/x.mustache"))
        return (try Theme(siteDirectory: root), root)
    }

    @Test(arguments: values.indices)
    func rendersAsTheValueItMakes(index: Int) throws {
        let (theme, root) = try theme(Self.template)
        defer { try? FileManager.default.removeItem(at: root) }
        let value = Self.values[index]
        let expected = try #require(theme.render("x", ["x": value, "y": "parent"]))
        #expect(theme.render("x", ["x": DeferredValue { value }, "y": "parent"]) == expected)
    }

    @Test func isMadeOnlyWhenLookedUp() throws {
        let (theme, root) = try theme("{{#y}}{{y}}{{/y}}")
        defer { try? FileManager.default.removeItem(at: root) }
        let made = Mutex(0)
        let value = DeferredValue {
            made.withLock { $0 += 1 }
            return "made"
        }
        #expect(theme.render("x", ["x": value, "y": "parent"]) == "parent")
        #expect(made.withLock { $0 } == 0)
        #expect(theme.render("x", ["x": value, "y": DeferredValue { "deferred" }]) == "deferred")
    }
}
