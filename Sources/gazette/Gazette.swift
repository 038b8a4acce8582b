import ArgumentParser
import Foundation
import GazetteSite

@main
struct Gazette: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "A static site generator for news archives.",
        subcommands: [Init.self, New.self, Build.self, Serve.self, Check.self, Stats.self, Import.self]
    )
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (holding site.yml and Content/).")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

/// `--output` of the commands that read a built site.
struct BuiltSiteOptions: ParsableArguments {
    @Option(name: .long, help: "The built site (default: _site/ in the site folder).")
    var output: String?

    func url(in site: SiteOptions) -> URL {
        output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? site.siteURL.appending(path: "_site")
    }

    /// The folder as messages name it: as given, else `_site` under the site folder given.
    func shown(in site: SiteOptions) -> String {
        output ?? (site.site == "." ? "_site" : (site.site as NSString).appendingPathComponent("_site"))
    }
}
