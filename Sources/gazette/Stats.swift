import ArgumentParser
import Foundation
import GazetteCheck

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the built site weighs: files and bytes by kind, the largest file, the fullest folder.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The built site (default: _site/ in the site folder).")
    var output: String?

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            ?? siteOptions.siteURL.appending(path: "_site")
        guard FileManager.default.fileExists(atPath: outputURL.appending(path: "index.html").path) else {
            Terminal.error("\(output ?? "_site"): no built site here (no index.html); run gazette build first")
            throw ExitCode.failure
        }
        Terminal.line(OutputBudget.scan(outputURL).table)
    }
}
