import ArgumentParser
import Foundation
import GazetteCheck

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the built site weighs: files and bytes by kind, the largest file, the fullest folder.")

    @OptionGroup var siteOptions: SiteOptions

    @OptionGroup var builtSite: BuiltSiteOptions

    func run() throws {
        let outputURL = builtSite.url(in: siteOptions)
        guard FileManager.default.fileExists(atPath: outputURL.appending(path: "index.html").path) else {
            Terminal.error("\(builtSite.shown(in: siteOptions)): no built site here (no index.html); run gazette build first")
            throw ExitCode.failure
        }
        Terminal.line(OutputBudget.scan(outputURL).table)
    }
}
