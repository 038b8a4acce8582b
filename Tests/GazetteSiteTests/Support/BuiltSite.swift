import Foundation
@testable import GazetteSite
import GazetteTestSupport

/// A site built into a fresh temporary folder, with every output file read back.
struct BuiltSite {
    var output: URL
    var files: [String: Data]
    /// The articles that were published, oldest first (as the site orders them).
    var articles: [Article]

    /// Builds the site in `directory` with `now` pinned; `adjust` may change other options.
    static func build(_ directory: URL, now: Date, adjust: (inout BuildOptions) -> Void = { _ in }) -> BuiltSite {
        let output = TemporarySite.temporaryFolder()
        var options = BuildOptions(siteDirectory: directory, outputDirectory: output)
        options.now = now
        adjust(&options)
        _ = try? SiteBuilder(options: options).build()
        let config = (try? SiteConfig.load(siteDirectory: directory)) ?? SiteConfig()
        let articles = ArchiveLoader(siteDirectory: directory, config: config).load().articles
            .filter { !$0.isDraft && $0.date.instant <= now }
            .sorted { ($0.date.instant, $0.sourcePath) < ($1.date.instant, $1.sourcePath) }
        let files = snapshot(of: output)
        try? FileManager.default.removeItem(at: output)
        return BuiltSite(output: output, files: files, articles: articles)
    }

    /// The repository's sample archive.
    static func sample(now: Date, adjust: (inout BuildOptions) -> Void = { _ in }) -> BuiltSite {
        build(TemporarySite.repositoryRoot, now: now) { options in
            options.recordsURLs = false  // never change the repository's own ledger from a test
            adjust(&options)
        }
    }

    func page(_ path: String) throws -> String {
        guard let data = files[path] else { throw Missing(path: path) }
        return String(decoding: data, as: UTF8.self)
    }

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "missing output file \(path)" }
    }
}
