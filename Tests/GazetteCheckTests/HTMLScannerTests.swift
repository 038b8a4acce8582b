@testable import GazetteCheck
import Testing

@Suite struct HTMLScannerTests {
    @Test func findsAttributesWithTheirPositions() {
        let html = "<!doctype html>\n<a class=x HREF='one.html' id=\"top\">\n<img\n  src=two.png alt=\"a > b\"/>"
        let found = HTMLScanner.attributes(in: html, named: ["href", "src", "id"])
        #expect(found == [
            HTMLAttribute(tag: "a", name: "href", value: "one.html", line: 2, column: 18),
            HTMLAttribute(tag: "a", name: "id", value: "top", line: 2, column: 32),
            HTMLAttribute(tag: "img", name: "src", value: "two.png", line: 4, column: 7),
        ])
    }

    @Test func skipsCommentsScriptsAndStyles() {
        let html = """
        <!-- <a href="c.html"> --><script type="module">let a = '<a href="s.html">';</script>
        <style>a[href="t.html"] {}</style><SCRIPT src="real.js"></SCRIPT><a href="after.html">
        """
        let values = HTMLScanner.attributes(in: html, named: ["href", "src"]).map(\.value)
        #expect(values == ["real.js", "after.html"])
    }

    @Test(arguments: [
        ("a.html?x=1&amp;y=2", "a.html?x=1&y=2"), ("&lt;&gt;&quot;&apos;", "<>\"'"), ("&#39;&#x41;", "'A"),
        ("&unknown; & alone", "&unknown; & alone"), ("plain", "plain"),
    ])
    func decodesCharacterReferences(raw: String, decoded: String) {
        #expect(HTMLScanner.decodeReferences(raw) == decoded)
    }
}
