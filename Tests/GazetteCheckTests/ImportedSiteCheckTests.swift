import Foundation
import GazetteCheck
import GazetteSite
import GazetteTestSupport
import Testing

/// The Zola, Jekyll and Hugo fixture sites (`Tests/Fixtures/Imports`) pass `gazette check`:
/// no broken link or fragment, and every internal reference resolved.
@Suite struct ImportedSiteCheckTests {
    @Test(arguments: ["zola", "jekyll", "hugo"])
    func buildsWithNoBrokenLink(fixture: String) throws {
        let site = TemporarySite.temporaryFolder()
        try FileManager.default.copyItem(at: TemporarySite.repositoryRoot.appending(path: "Tests/Fixtures/Imports/\(fixture)"), to: site)
        defer { try? FileManager.default.removeItem(at: site) }
        var options = BuildOptions(siteDirectory: site, outputDirectory: site.appending(path: "_site"))
        options.now = Date(timeIntervalSince1970: 1_780_000_000)
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.warnings.isEmpty, "\(summary.warnings.map(\.description))")
        let validated = try SiteBuilder(options: options).validate()
        let unknownTags = (validated.skipped + validated.warnings).map(\.description)
        #expect(unknownTags == (fixture == "hugo"
            ? ["Content/posts/calm-after.md:7:49: warning: tag '{{< youtube abc123 >}}' is not one Gazette understands; it is published as written"]
            : []))
        let config = try SiteConfig.load(siteDirectory: site)
        let report = OutputChecker(output: site.appending(path: "_site"), displayPrefix: "_site", baseURL: config.baseURL).check()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.description))")
        #expect(report.links > 10)
    }
}
