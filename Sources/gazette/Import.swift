import ArgumentParser
import Foundation
import GazetteImport
import GazetteSite

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import articles from another publishing system.",
        subcommands: [WordPress.self])

    struct WordPress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wordpress",
            abstract: "Import a WordPress export (Tools > Export) as .html articles under Content/.")

        @Argument(help: "The export file (WXR).")
        var export: String

        @Option(help: "A copy of the old site's wp-content/uploads: referenced files are copied beside their articles.")
        var uploads: String?

        @Option(help: "Categories to prefer as sections, separated by commas (default: the sections of site.yml).")
        var sections: String?

        @Flag(help: "Overwrite articles edited since the last import.")
        var force = false

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            var job = WordPressImport(export: URL(fileURLWithPath: export), displayPath: export,
                                      siteDirectory: siteOptions.siteURL)
            job.uploads = uploads.map { URL(fileURLWithPath: $0, isDirectory: true) }
            job.sectionNames = (sections ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            job.force = force
            do {
                let summary = try job.run()
                Terminal.line("Imported \(export) into \(siteOptions.site == "." ? "" : siteOptions.site + "/")Content/")
                for line in summary.lines { Terminal.line("  " + line) }
            } catch {
                Report.diagnostics(error.diagnostics)
                throw ExitCode.failure
            }
        }
    }
}
