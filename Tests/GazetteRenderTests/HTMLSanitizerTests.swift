import Testing
@testable import GazetteRender

@Suite struct HTMLSanitizerTests {
    @Test func keepsTextStructureLinksFiguresTablesAndLists() {
        let source = """
            <h2>Flood</h2>
            <p>The <em>river</em> rose, <a href="https://example.org/a" title="more">say</a> officials.</p>
            <figure class="wp-caption"><img src="photo.jpg" alt="Bank" width="640"><figcaption>The bank</figcaption></figure>
            <table><tr><th colspan="2">Level</th></tr><tr><td>3 m</td><td>4 m</td></tr></table>
            <ul><li>one</li></ul><blockquote cite="https://example.org/q"><p>Quoted.</p></blockquote>
            """
        let body = HTMLSanitizer().render(source)
        #expect(body.html.contains("<h2>Flood</h2>"))
        #expect(body.html.contains("<a href=\"https://example.org/a\" title=\"more\">say</a>"))
        #expect(body.html.contains("<figure class=\"wp-caption\"><img src=\"photo.jpg\" alt=\"Bank\" width=\"640\"><figcaption>The bank</figcaption></figure>"))
        #expect(body.html.contains("<th colspan=\"2\">Level</th>"))
        #expect(body.html.contains("<tbody>"))  // the parser's own repair of the table
        #expect(body.html.contains("<li>one</li>"))
        #expect(body.html.contains("<blockquote cite=\"https://example.org/q\"><p>Quoted.</p></blockquote>"))
        #expect(body.leadText == "The river rose, say officials.")
        #expect(body.wordCount == 15)
    }

    @Test func removesEverythingExecutable() {
        let source = """
            <p onclick="steal()">Hello<script>alert(1)</script><style>p{}</style></p>
            <img src="x.jpg" onerror="alert(2)"><img src="javascript:alert(3)"><img src=" JaVa\tScRiPt:alert(4)">
            <a href="jav&#x61;script:alert(5)">x</a><a href="vbscript:y">y</a><a href="data:text/html;base64,AAAA">z</a>
            <form action="/x"><input name="q"><button>Go</button></form><object data="f.swf"></object>
            <svg><script>alert(6)</script></svg><div style="background:url(x)">kept text</div>
            <iframe src="javascript:alert(7)"></iframe><math><mi>x</mi></math><noscript><p>n</p></noscript>
            """
        let html = HTMLSanitizer().render(source).html.lowercased()
        for banned in ["<script", "<style", "onclick", "onerror", "javascript", "vbscript", "data:text", "<form",
                       "<input", "<button", "<object", "<svg", "<iframe", "style=", "<math", "alert", "<noscript"] {
            #expect(!html.contains(banned), "\(banned) survived")
        }
        #expect(html.contains("<div>kept text</div>"))
        #expect(html.contains("hello"))
    }

    @Test func escapesTextAndAttributesItWritesAgain() {
        let html = HTMLSanitizer().render("<p title='a\"b'>1 &lt; 2 &amp; &quot;x&quot; <b>bold</p>").html
        #expect(html == "<p title=\"a&quot;b\">1 &lt; 2 &amp; &quot;x&quot; <b>bold</b></p>")
    }

    @Test func unknownElementsKeepTheirTextAndCommentsGo() {
        let html = HTMLSanitizer().render("<!-- wp:paragraph --><p><font color=red>old</font> <blink>x</blink></p><!-- /wp:paragraph -->").html
        #expect(html == "<p>old x</p>")
    }

    @Test func iframesBecomeLinksToWhatTheyShowed() {
        let html = HTMLSanitizer().render("""
            <iframe src="https://www.youtube.com/embed/abc123?feature=oembed" title="Launch"></iframe>
            <iframe src="//player.vimeo.com/video/42"></iframe>
            """).html
        #expect(html.contains("<a class=\"embed\" href=\"https://www.youtube.com/watch?v=abc123\">Launch</a>"))
        #expect(html.contains("<a class=\"embed\" href=\"https://vimeo.com/42\">https://vimeo.com/42</a>"))
    }

    @Test func mediaPlayersAlwaysHaveControlsAndOnlyImageDataURLsStay() {
        let html = HTMLSanitizer().render("""
            <video src="a.mp4" autoplay onplay="x()"></video><img src="data:image/png;base64,AAAA">
            <img src="data:image/svg+xml;base64,AAAA">
            """).html
        #expect(html.contains("<video src=\"a.mp4\" controls></video>"))
        #expect(html.contains("<img src=\"data:image/png;base64,AAAA\">"))
        #expect(html.contains("<img>"))
    }

    @Test func rewritesKeptURLsOnly() {
        let html = HTMLSanitizer().render("<a href=\"doc.pdf\">d</a><img src=\"a.jpg\" srcset=\"a.jpg 1x, b.jpg 2x\"><a href=\"javascript:x\">j</a>") { url in
            "bundle/" + url
        }.html
        #expect(html.contains("href=\"bundle/doc.pdf\""))
        #expect(html.contains("srcset=\"bundle/a.jpg 1x, bundle/b.jpg 2x\""))
        #expect(!html.contains("javascript"))
    }

    @Test func unsafeHTMLKeepsScriptsAsWritten() {
        let html = HTMLSanitizer(allowUnsafeHTML: true).render("<p onclick=\"go()\">a</p><script>if (1 < 2) run()</script>").html
        #expect(html == "<p onclick=\"go()\">a</p><script>if (1 < 2) run()</script>")
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let source = String(repeating: "<div>", count: 5_000) + "deep" + String(repeating: "</div>", count: 5_000)
        #expect(HTMLSanitizer().render(source).html.contains("deep"))
    }

    @Test func leadTextReadsTheFirstParagraph() {
        #expect(HTMLSanitizer.leadText(of: "<h2>Head</h2>\n\n<p>First\nline.</p>\n\n<p>Second.</p>") == "First line.")
    }
}
