import Foundation
import GazetteContent
import GazetteRender

/// Builds a site: load and validate the archive, plan routes and lists, render every page
/// into a staging folder, then swap it in. Read top to bottom, it is the list of stages.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the whole build. Throws every problem found, sorted, and leaves the previous
    /// output untouched when anything fails.
    public func build() throws(DiagnosticsError) -> BuildSummary {
        let started = Date()
        let config = try loadConfig()
        let (theme, loaded) = try loadThemeAndArchive(config)
        var drafts = 0, future = 0
        let articles = loaded.articles.filter { article in
            if article.isDraft && !options.includeDrafts { drafts += 1; return false }
            if article.date.instant > options.now && !options.includeFuture { future += 1; return false }
            return true
        }.sorted { ($0.date.instant, $0.sourcePath) < ($1.date.instant, $1.sourcePath) }
        let site = try SitePlan(config: config, articles: articles)
        let writer = try OutputWriter(output: options.resolvedOutput, siteDirectory: options.siteDirectory)
        do throws(DiagnosticsError) {
            let renderer = PageWriter(site: site, theme: theme, writer: writer, siteDirectory: options.siteDirectory)
            let bodies = articles.map(\.body)
            try renderer.writeArticles(bodies: bodies)
            try renderer.writeLists()
            try renderer.writeIndexes()
            try renderer.writeFeeds(bodies: bodies)
            try renderer.writeSitemap(limits: options.sitemapLimits)
            try renderer.writeAssets()
            try writer.commit(BuildManifest())
        } catch {
            writer.discard()
            throw error
        }
        let totals = writer.totals
        return BuildSummary(
            articles: articles.count, filesWritten: totals.files, bytesWritten: totals.bytes,
            seconds: Date().timeIntervalSince(started), skipped: loaded.diagnostics, drafts: drafts, future: future)
    }

    private func loadConfig() throws(DiagnosticsError) -> SiteConfig {
        var config = try SiteConfig.load(siteDirectory: options.siteDirectory)
        if let baseURL = options.baseURL {
            guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
                throw DiagnosticsError([Diagnostic(path: "--base-url", "base URL must start with http:// or https://, got '\(baseURL)'")])
            }
            config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        return config
    }

    /// Loads templates and content together so one run reports the errors of both.
    private func loadThemeAndArchive(_ config: SiteConfig) throws(DiagnosticsError) -> (Theme, ArchiveLoadResult) {
        var problems: [Diagnostic] = []
        var theme: Theme?
        do {
            theme = try Theme(siteDirectory: options.siteDirectory)
        } catch {
            problems += error.diagnostics
        }
        let loaded = ArchiveLoader(siteDirectory: options.siteDirectory, config: config).load()
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !options.skipInvalid { problems += errors }
        guard problems.isEmpty, let theme else { throw DiagnosticsError(problems) }
        return (theme, loaded)
    }
}
