import ArgumentParser
import Foundation
import GazetteScaffold
import GazetteSite

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a Markdown article dated now, at Content/YYYY/MM/slug.md.")

    @Argument(help: "The headline.")
    var title: String

    @Option(help: "The article's section.")
    var section: String?

    @Option(help: "Tags, separated by commas: --tags flood,council")
    var tags: String?

    @Option(help: "The author's name.")
    var author: String?

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        let site = siteOptions.siteURL
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: site.appending(path: "site.yml").path)
            || fileManager.fileExists(atPath: site.appending(path: "Content").path)
        else {
            Terminal.error("\(siteOptions.site): error: not a Gazette site (no site.yml or Content/); see gazette init")
            throw ExitCode.failure
        }
        let tagList = (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let article = ArticleScaffold(
            title: title.trimmingCharacters(in: .whitespacesAndNewlines),
            section: section.flatMap { $0.isEmpty ? nil : $0 }, tags: tagList, author: author.flatMap { $0.isEmpty ? nil : $0 })
        do {
            let config = try SiteConfig.load(siteDirectory: site)
            let path = try article.write(siteDirectory: site, date: ArticleScaffold.date(now: Date(), timeZone: config.timeZone))
            Terminal.line(siteOptions.site == "." ? path : (siteOptions.site as NSString).appendingPathComponent(path))
        } catch {
            Report.diagnostics(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
