import Foundation
import GazetteFeeds
import GazetteTestSupport
import Testing

/// Every output context the feeds and metadata write into: XML text and attributes, JSON
/// files and JSON inside `<script>`.
@Suite struct EscapingTests {
    static let hostile = "\"</script><script>alert(1)</script> & 'Zürich' — 東京 \u{1F30A}"

    @Test func xmlEscapesMarkupAndDropsForbiddenCharacters() {
        let text = "a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\tg\nh\ri\u{FFFE}j <&>\"'"
        #expect(XMLWriter.escape(text) == "abcdef\tg\nh\rij &lt;&amp;&gt;&quot;&#39;")
        #expect(XMLWriter.escape("Łódź 東京") == "Łódź 東京")
    }

    @Test func xmlWriterOutputParses() throws {
        var xml = XMLWriter()
        xml.open("root", ["title": Self.hostile + "\u{7}", "missing": nil])
        xml.element("text", Self.hostile + "\u{1}")
        xml.element("absent", nil)
        xml.empty("leaf", ["href": "https://example.org/?a=1&b=2"])
        let document = xml.finish()
        #expect(!document.contains("missing"))
        #expect(!document.contains("absent"))
        let parsed = try XMLTree.parse(Data(document.utf8))
        #expect(parsed.attributes["title"] == Self.hostile)
        #expect(parsed.child("text")?.text == Self.hostile)
        #expect(parsed.child("leaf")?.attributes["href"] == "https://example.org/?a=1&b=2")
    }

    @Test(arguments: [JSONValue.Context.file, .script])
    func jsonRoundTrips(context: JSONValue.Context) throws {
        let value = JSONValue.fields([
            "title": .string(Self.hostile + "\u{1}\u{2028}"),
            "empty": .string(""),
            "none": nil,
            "list": .array([.int(3), .bool(true), .fields([:])]),
        ])
        let text = value.rendered(for: context)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["title"] as? String == Self.hostile + "\u{1}\u{2028}")
        #expect(object["empty"] == nil && object["none"] == nil)
        #expect((object["list"] as? [Any])?.count == 3)
        if context == .script {
            #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        }
    }

    @Test func jsonKeepsKeyOrder() {
        let text = JSONValue.fields(["b": .string("1"), "a": .string("2")]).rendered(for: .file)
        #expect(text == "{\n  \"b\": \"1\",\n  \"a\": \"2\"\n}")
    }
}
