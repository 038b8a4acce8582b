import Foundation

/// A site as loaded: its settings and its articles, ready for rendering.
public struct Archive: Sendable {
    /// The settings from `site.yml`.
    public var config: SiteConfig
    /// Sorted by date, then source path.
    public var articles: [Article]

    public init(config: SiteConfig, articles: [Article]) {
        self.config = config
        self.articles = articles
    }

    /// Reads `site.yml` and every article under `Content/`.
    ///
    /// By default any problem fails the load: the error holds every diagnostic of the run,
    /// sorted. With `skipInvalid`, articles with problems are left out and their diagnostics are
    /// returned as `skipped`, so the caller can print them; nothing is dropped silently. Problems
    /// in `site.yml`, or a missing `Content/` folder, always fail.
    public static func load(siteDirectory: URL, skipInvalid: Bool = false)
        throws(DiagnosticsError) -> (archive: Archive, skipped: [Diagnostic]) {
        let config = try SiteConfig.load(siteDirectory: siteDirectory)
        let result = ArchiveLoader(siteDirectory: siteDirectory, config: config).load()
        let fatal = result.diagnostics.filter { $0.path == ArchiveLoader.contentFolder || $0.path == SiteConfig.fileName }
        if !fatal.isEmpty || (!skipInvalid && !result.diagnostics.isEmpty) {
            throw DiagnosticsError(result.diagnostics)
        }
        return (Archive(config: config, articles: result.articles), result.diagnostics)
    }
}
