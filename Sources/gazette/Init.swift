import ArgumentParser
import Foundation
import GazetteScaffold
import GazetteSite

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site folder with site.yml and an example article.")

    @Argument(help: "The folder to create (it must be empty or missing).")
    var directory: String

    @Flag(name: .customLong("with-theme"), help: "Also copy the built-in theme into Templates/ and Public/ to edit it.")
    var withTheme = false

    func run() throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        do {
            let written = try SiteScaffold.create(in: folder, withTheme: withTheme)
            Terminal.line("Created a site in \(directory) (\(written.count) files):")
            Terminal.line(written.map { "  " + $0 }.joined(separator: "\n"))
            let site = directory == "." ? "" : " --site \(directory)"
            Terminal.line("Next: gazette serve\(site)")
        } catch {
            Report.diagnostics(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
