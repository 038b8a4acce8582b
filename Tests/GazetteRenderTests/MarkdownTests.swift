import Testing
@testable import GazetteRender

@Suite struct MarkdownTests {
    @Test func rendersCommonMark() {
        let body = Markdown().render("# Title\n\nSome *emphasis* and a [link](https://example.org).\n\n- one\n- two\n")
        #expect(body.html.contains("<h1>Title</h1>"))
        #expect(body.html.contains("<em>emphasis</em>"))
        #expect(body.html.contains("<a href=\"https://example.org\">link</a>"))
        #expect(body.html.contains("<li>one</li>"))
        #expect(body.leadText == "Some emphasis and a link.")
        #expect(body.wordCount == 9)
    }

    @Test func stripsRawHTMLAndDangerousLinksByDefault() {
        let source = "Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n\n[bad](javascript:alert(1)) [data](data:text/html;base64,AAAA)\n"
        let html = Markdown().render(source).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text/html"))
    }

    @Test func keepsRawHTMLWhenTheSiteOptsIn() {
        let html = Markdown(allowUnsafeHTML: true).render("<aside>note</aside>\n").html
        #expect(html.contains("<aside>note</aside>"))
    }

    @Test func smartPunctuationIsAnOption() {
        #expect(Markdown(smartPunctuation: true).render("\"quoted\" -- dash").html.contains("\u{201C}quoted\u{201D} \u{2013} dash"))
        #expect(Markdown().render("\"quoted\"").html.contains("&quot;quoted&quot;"))
    }

    @Test func rewritesLinkAndImageURLs() {
        let html = Markdown().render("![boat](boat.png) [doc](https://example.org/a)") { url in
            url.hasPrefix("http") ? nil : "bundle/" + url
        }.html
        #expect(html.contains("src=\"bundle/boat.png\""))
        #expect(html.contains("href=\"https://example.org/a\""))
    }

    @Test func leadTextReadsOnlyTheFirstParagraph() {
        #expect(Markdown.leadText(of: "## Heading\n\nFirst *para*\ncontinues.\n\nSecond.") == "First para continues.")
    }
}

@Suite struct PlainTextTests {
    @Test func everyCharacterIsLiteral() {
        let body = PlainText.render("Profits rose 5% & margins < 3% for the #1 *seller* of file_name.\n\nSecond  paragraph\nwraps.\n")
        #expect(body.html == "<p>Profits rose 5% &amp; margins &lt; 3% for the #1 *seller* of file_name.</p>\n<p>Second  paragraph\nwraps.</p>\n")
        #expect(body.leadText.hasPrefix("Profits rose"))
        #expect(body.wordCount == 16)
    }
}

@Suite struct EscapingTests {
    @Test(arguments: [
        ("<b>\"Tom\" & 'Jerry'</b>", "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"),
        ("plain", "plain"),
        ("Zoë", "Zoë"),
    ])
    func htmlEscape(input: String, expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    @Test func jsonStringCannotCloseAScript() {
        let encoded = HTML.jsonString("\"</script><script>alert(1)</script>\n")
        #expect(encoded == "\"\\\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\n\"")
        #expect(!encoded.contains("<"))
    }

    @Test func plainJSONKeepsMarkupButEscapesSeparatorsAndControls() {
        #expect(HTML.jsonString("a<b> & \u{2028}\u{1}é", forScript: false) == "\"a<b> & \\u2028\\u0001é\"")
    }

    @Test func shortenKeepsWholeSentencesOrWords() {
        #expect(RenderedBody.shorten("One two. Three four five six.", limit: 12) == "One two.")
        #expect(RenderedBody.shorten("A. Bcdef ghijk lmnop.", limit: 12) == "A. Bcdef…")
        #expect(RenderedBody.shorten("alpha beta gamma delta", limit: 12) == "alpha beta…")
        #expect(RenderedBody.shorten("short", limit: 12) == "short")
    }
}
