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
        let prepared = try prepare()
        let site = prepared.site, articles = prepared.articles
        let writer = try OutputWriter(output: options.resolvedOutput, siteDirectory: options.siteDirectory, didWrite: options.didWrite)
        do throws(DiagnosticsError) {
            var renderer = PageWriter(site: site, theme: prepared.theme, writer: writer, siteDirectory: options.siteDirectory)
            renderer.progress = options.progress
            report(.articles, total: articles.count)
            try renderer.writeArticles(bodies: articles.map(\.body))
            report(.lists)
            try renderer.writeLists()
            report(.indexes)
            try renderer.writeIndexes()
            report(.assets)
            try renderer.writeAssets()
            report(.committing)
            try writer.commit()
        } catch {
            writer.discard()
            throw error
        }
        let totals = writer.totals
        return BuildSummary(
            articles: articles.count, filesWritten: totals.files, bytesWritten: totals.bytes,
            seconds: Date().timeIntervalSince(started), skipped: prepared.skipped, drafts: prepared.drafts, future: prepared.future)
    }

    /// Loads, validates and plans the site as `build()` does, writing nothing: the same
    /// errors, thrown the same way. The summary counts no files.
    public func validate() throws(DiagnosticsError) -> BuildSummary {
        let started = Date()
        let prepared = try prepare()
        return BuildSummary(
            articles: prepared.articles.count, filesWritten: 0, bytesWritten: 0,
            seconds: Date().timeIntervalSince(started), skipped: prepared.skipped, drafts: prepared.drafts, future: prepared.future)
    }

    /// Everything the stages before writing produce.
    private struct Prepared {
        var theme: Theme
        var site: SitePlan
        var articles: [Article]
        var skipped: [Diagnostic]
        var drafts: Int
        var future: Int
    }

    private func prepare() throws(DiagnosticsError) -> Prepared {
        report(.loading)
        let config = try loadConfig()
        let (theme, loaded) = try loadThemeAndArchive(config)
        report(.planning)
        var drafts = 0, future = 0
        let articles = loaded.articles.filter { article in
            if article.isDraft && !options.includeDrafts { drafts += 1; return false }
            if article.date.instant > options.now && !options.includeFuture { future += 1; return false }
            return true
        }.sorted { ($0.date.instant, $0.sourcePath) < ($1.date.instant, $1.sourcePath) }
        let site = try SitePlan(config: config, articles: articles)
        return Prepared(theme: theme, site: site, articles: articles, skipped: loaded.diagnostics, drafts: drafts, future: future)
    }

    private func report(_ stage: BuildProgress.Stage, total: Int? = nil) {
        options.progress?(BuildProgress(stage: stage, completed: 0, total: total))
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
