import ArgumentParser
import Foundation
import GazetteCheck
import GazetteSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the archive without writing, then check the links of the built site.")

    @OptionGroup var siteOptions: SiteOptions

    @OptionGroup var builtSite: BuiltSiteOptions

    @Flag(name: .long, help: "Print a JSON report on standard output instead of messages.")
    var json = false

    @Option(name: .long, help: "Also compare the built site with a host's limits: \(HostLimits.names.joined(separator: ", ")).")
    var host: String?

    func validate() throws {
        if let host, HostLimits.all[host] == nil {
            throw ValidationError("unknown host '\(host)' (use \(HostLimits.names.joined(separator: ", ")))")
        }
    }

    func run() throws {
        let site = siteOptions.siteURL
        let outputURL = builtSite.url(in: siteOptions)
        let shownOutput = builtSite.shown(in: siteOptions)
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
            let hostProblems = host.flatMap { HostLimits.all[$0] }?.check(OutputBudget.scan(outputURL), shownOutput: shownOutput) ?? []
            report.diagnostics = (report.diagnostics + contentProblems).sorted() + hostProblems
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
