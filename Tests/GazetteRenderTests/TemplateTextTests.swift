import Foundation
import Testing
@testable import GazetteRender

/// A `TemplateText` behaves in every Mustache construct as the `String` it holds.
@Suite struct TemplateTextTests {
    static let template = """
        [{{x}}|{{{x}}}|{{#x}}in:{{.}}:{{y}}:{{x}}{{/x}}|{{^x}}none{{/x}}|{{lowercased(x)}}|{{uppercased(x)}}\
        |{{#empty(x)}}empty{{/empty(x)}}{{^empty(x)}}full{{/empty(x)}}|{{x.y}}|{{#x}}{{#y}}{{y}}{{/y}}{{/x}}|{{#.x}}dot{{/.x}}]
        """

    @Test(arguments: ["", "plain", "Ünïcode <b>\"&'</b> ✓", " ", "../../"])
    func rendersAsTheStringItHolds(value: String) throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "gazette-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "Templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.template.utf8).write(to: root.appending(path: "Templates/x.mustache"))
        let theme = try Theme(siteDirectory: root)
        let expected = try #require(theme.render("x", ["x": value, "y": "parent"]))
        #expect(expected.contains("in:"))
        #expect(theme.render("x", ["x": TemplateText(value), "y": "parent"]) == expected)
        #expect(theme.render("x", ["x": TemplateText(value), "y": TemplateText("parent")]) == expected)
    }
}
