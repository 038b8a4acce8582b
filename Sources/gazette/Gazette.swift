import ArgumentParser
import Foundation
import GazetteSite

@main
struct Gazette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "A static site generator for news archives.",
        subcommands: [Build.self]
    )
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (holding site.yml and Content/).")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

/// Prints diagnostics to standard error, one per line, like a compiler.
enum Report {
    static func diagnostics(_ diagnostics: [Diagnostic]) {
        var text = diagnostics.map(\.description).joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { text += "\(errors) error\(errors == 1 ? "" : "s")\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
