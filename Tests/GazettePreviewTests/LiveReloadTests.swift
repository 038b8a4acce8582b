import Foundation
import GazetteContent
import GazettePreview
import GazetteTestSupport
import Testing

@Suite struct LiveReloadTests {
    @Test func scriptGoesBeforeTheLastClosingBody() {
        let html = "<html><body><pre>&lt;/body&gt;</pre></BODY></html>"
        let injected = LiveReload.inject(into: html, generation: 7)
        let script = try! #require(injected.range(of: "<script>"))
        let end = try! #require(injected.range(of: "</BODY>"))
        #expect(script.lowerBound < end.lowerBound)
        #expect(injected.hasPrefix("<html><body><pre>&lt;/body&gt;</pre><script>"))
        #expect(injected.contains("var served = \"7\""))
        #expect(injected.contains(LiveReload.eventsPath))
    }

    @Test func pageWithoutBodyGetsTheScriptAtTheEnd() {
        let injected = LiveReload.inject(into: "<p>fragment</p>", generation: 1)
        #expect(injected.hasPrefix("<p>fragment</p><script>"))
    }

    @Test func eventsAreServerSentEventMessages() {
        #expect(LiveReload.event(generation: 3) == "event: build\ndata: 3\n\n")
    }

    @Test func errorPageEscapesMessagesAndReloads() {
        let diagnostics = [Diagnostic(path: "Templates/home.mustache", line: 2, column: 1, "bad <b>tag</b> & more")]
        let page = LiveReload.errorPage(diagnostics, generation: 4)
        #expect(page.contains("Templates/home.mustache:2:1: error: bad &lt;b&gt;tag&lt;/b&gt; &amp; more"))
        #expect(page.contains("1 error"))
        #expect(page.contains("var served = \"4\""))
    }
}
