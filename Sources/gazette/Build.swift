import ArgumentParser
import Foundation
import GazetteCheck
import GazetteSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: "Output folder (default: _site/ in the site folder).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides base_url).")
    var baseURL: String?

    @Flag(name: .long, help: "Include articles marked as drafts.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    @Flag(name: .customLong("skip-invalid"), help: "Build the valid articles and list the invalid ones as skipped.")
    var skipInvalid = false

    @Flag(name: .long, help: "When another build of this output is running, wait for it instead of failing.")
    var wait = false

    @Flag(name: .customLong("keep-moved"), help: "Keep URLs that articles made before and no longer make, as redirects to them.")
    var keepMoved = false

    @Flag(name: .customLong("accept-gone"), help: "Record URLs no longer made as gone on purpose instead of failing.")
    var acceptGone = false

    func run() throws {
        var options = BuildOptions(siteDirectory: siteOptions.siteURL)
        options.outputDirectory = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.includeFuture = future
        options.skipInvalid = skipInvalid
        options.waitForLock = wait
        options.keepMoved = keepMoved
        options.acceptGone = acceptGone
        let console = BuildConsole(outputOptions)
        console.attach(to: &options)
        do {
            let summary = try SiteBuilder(options: options).build()
            console.finish(succeeded: true)
            if !summary.warnings.isEmpty { Report.diagnostics(summary.warnings) }
            if !summary.skipped.isEmpty {
                Report.diagnostics(summary.skipped)
                Terminal.error("skipped \(summary.skipped.count) invalid file(s)")
            }
            if !outputOptions.quiet {
                Terminal.line(Terminal.green(summary.line))
                // The budget by kind after a full build (from the sizes written, when the build
                // wrote every file, else by walking the output); the quicker rebuilds skip it.
                if summary.mode == .full {
                    let budget = summary.writtenSizes.map { OutputBudget(files: $0.lazy.map { ($0.path, $0.bytes) }) }
                        ?? OutputBudget.scan(options.resolvedOutput)
                    Terminal.line(outputOptions.verbose ? budget.table : budget.summaryLine)
                }
            }
        } catch {
            console.finish(succeeded: false)
            Report.diagnostics(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
