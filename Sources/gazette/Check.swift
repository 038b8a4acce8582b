import ArgumentParser
import Foundation
import GazetteCheck
import GazetteSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the archive without writing, then check the links of the built site.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The built site to check (default: _site/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Print a JSON report on standard output instead of messages.")
    var json = false

    func run() throws {
        let site = siteOptions.siteURL
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? site.appending(path: "_site")
        let shownOutput = output ?? (siteOptions.site == "." ? "_site" : (siteOptions.site as NSString).appendingPathComponent("_site"))
        var report: OutputChecker.Report
        var contentProblems: [Diagnostic] = []
        do {
            let validated = try SiteBuilder(options: BuildOptions(siteDirectory: site)).validate()
            contentProblems = validated.skipped + validated.warnings
        } catch {
            contentProblems = error.diagnostics
        }
        if FileManager.default.fileExists(atPath: outputURL.appending(path: "index.html").path) {
            let baseURL = (try? SiteConfig.load(siteDirectory: site))?.baseURL
            report = OutputChecker(output: outputURL, displayPrefix: shownOutput, baseURL: baseURL).check()
            report.diagnostics = (report.diagnostics + contentProblems).sorted()
        } else {
            let missing = Diagnostic(path: shownOutput, "no built site here (no index.html); run gazette build first")
            report = OutputChecker.Report(diagnostics: contentProblems + [missing])
        }
        if json {
            Terminal.line(report.json)
        } else {
            Report.diagnostics(report.diagnostics)
            let warnings = report.diagnostics.count - report.errorCount
            var summary = "Checked \(report.pages) pages and \(report.links) internal links"
            if report.errorCount == 0 && warnings == 0 { summary = Terminal.green(summary + ": no errors") }
            if report.errorCount == 0 && warnings > 0 { summary += ": no errors, \(warnings) warning\(warnings == 1 ? "" : "s")" }
            Terminal.line(summary)
        }
        if report.errorCount > 0 { throw ExitCode.failure }
    }
}
