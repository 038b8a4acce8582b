import Foundation
@testable import GazetteCheck
import GazetteSite
import GazetteTestSupport
import Testing

@Suite struct OutputCheckerTests {
    /// Checks an output folder made of `files` and returns its report.
    func check(_ files: [String: String], baseURL: String? = "https://news.example.org/archive/") throws -> OutputChecker.Report {
        let site = try TemporarySite(files)
        defer { site.remove() }
        return OutputChecker(output: site.root, displayPrefix: "_site", baseURL: baseURL).check()
    }

    @Test func aSoundSitePasses() throws {
        let report = try check([
            "index.html": """
            <a href="./">home</a> <a href="2019/03/07/bridge.html#vote">vote</a> <a href="tags/flood">folder, no slash</a>
            <link rel="stylesheet" href="style.css"><img src="a%20b.png" srcset="a%20b.png 1x, big.png 2x">
            <a href="https://news.example.org/archive/tags/flood/">absolute, ours</a> <a href="/archive/style.css">root-absolute</a>
            <a href="https://elsewhere.example/x">external</a> <a href="mailto:desk@example.org">mail</a> <a href="#top" id="top">top</a>
            <script>var s = '<a href="missing.html">not a link</a>';</script><!-- <a href="gone.html"> -->
            """,
            "2019/03/07/bridge.html": "<h2 id=\"vote\">Vote</h2><a href=\"../../../index.html?x=1#top\">home</a><a name=\"old\"></a><a href=\"#old\">old</a>",
            "tags/flood/index.html": "<a href=\"../../2019/03/07/bridge.html\">bridge</a>",
            "style.css": "", "a b.png": "", "big.png": "",
        ])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        #expect(report.pages == 3)
        #expect(report.links == 13)
    }

    @Test func brokenLinksMissingAssetsAndFragmentsAreLocated() throws {
        let report = try check([
            "index.html": "<p>\n  <a href=\"gone/\">gone</a>\n<img src=\"missing.png\"> <a href=\"page.html#nowhere\">x</a></p>",
            "page.html": "<a href=\"../../outside.html\">up</a> <a href=\"#here\">self</a>",
        ])
        #expect(report.diagnostics.map(\.description) == [
            "_site/index.html:2:12: error: broken link 'gone/'",
            "_site/index.html:3:11: error: missing file 'missing.png'",
            "_site/index.html:3:34: error: link 'page.html#nowhere' names '#nowhere', but page.html has no element with that id",
            "_site/page.html:1:10: error: link '../../outside.html' leads above the site's root",
            "_site/page.html:1:46: error: link '#here' names '#here', but page.html has no element with that id",
        ])
        #expect(report.errorCount == 5)
    }

    @Test func aMissAtAnAbsoluteURLOfTheSiteIsAWarning() throws {
        let report = try check(["index.html": "<img src=\"https://news.example.org/archive/images/cms.jpg\">"])
        #expect(report.diagnostics.map(\.description) == ["_site/index.html:1:11: warning: missing file 'https://news.example.org/archive/images/cms.jpg'"])
        #expect(report.errorCount == 0)
    }

    @Test func duplicateIdsAndCaseCollisionsAreErrors() throws {
        let report = try check(["index.html": "<h2 id=\"a\">1</h2>\n<h2 id=\"a\">2</h2>", "Photo.png": "", "photo.png": ""])
        #expect(report.diagnostics.map(\.description) == [
            "_site/Photo.png: error: also written as 'photo.png': the names differ only in case, so one hides the other on a case-insensitive host",
            "_site/index.html:2:9: error: duplicate id 'a' (first on line 1)",
        ])
    }

    @Test func jsonReportForTools() throws {
        let report = try check(["index.html": "<a href=\"x.html\">x</a>"])
        #expect(report.json == #"{"errors":[{"column":10,"line":1,"message":"broken link 'x.html'","path":"_site/index.html"}],"links":1,"pages":1,"warnings":[]}"#)
    }
}
