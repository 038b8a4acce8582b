import ArgumentParser
import Foundation
import GazetteSite

@main
struct Gazette: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "A static site generator for news archives.",
        subcommands: [Init.self, New.self, Build.self, Serve.self, Check.self, Stats.self]
    )
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (holding site.yml and Content/).")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}
