import Foundation
import GazetteContent
import GazetteOutput
import GazettePages
import GazettePlan
import GazetteRender

/// Builds a site: load and validate the archive, plan routes and lists, render every page
/// whose inputs changed, then put the result in place. Read top to bottom, it is the list of
/// stages. A failed build leaves the previous output untouched.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the whole build. Throws every problem found, sorted.
    public func build() throws(DiagnosticsError) -> BuildSummary {
        let started = Date()
        let state = options.stateFolder
        report(.loading)
        let config = try loadConfig()
        let lock = try BuildLock(state, wait: options.waitForLock) { holder in
            let who = holder.map { "process \($0)" } ?? "another process"
            FileHandle.standardError.write(Data("Waiting for the build of \(who) to finish...\n".utf8))
        }
        defer { withExtendedLifetime(lock) {} }
        let themeIfValid = try? Theme(siteDirectory: options.siteDirectory)
        let settingsKey = BuildKeys.settings(options: options)
        let globalKey = themeIfValid.map { BuildKeys.global(settingsKey: settingsKey, theme: $0, siteDirectory: options.siteDirectory) } ?? 0
        let inputStamps = BuildKeys.inputStamps(siteDirectory: options.siteDirectory)
        let inputsKey = BuildKeys.inputs(inputStamps, globalKey: globalKey)
        if let unchanged = unchangedSince(state: state, inputsKey: inputsKey, started: started) { return unchanged }
        if let themeIfValid, let quick = try QuickRebuild(
            options: options, config: config, theme: themeIfValid, globalKey: globalKey, inputs: inputStamps,
            inputsKey: inputsKey, folder: state
        ).run(started: started) { return quick }

        let recorded = try URLLedger.load(siteDirectory: options.siteDirectory)
        var ledger = recorded
        let cacheKey = ContentCache.key(for: config)
        let cache = ContentCache(contentsOf: state.file(ContentCache.fileName), key: cacheKey)
        let loader = ArchiveLoader(siteDirectory: options.siteDirectory, config: config)
        let (theme, loaded) = try load(loader, cache: cache, theme: themeIfValid)
        report(.planning)
        let (articles, drafts, future, nextFuture) = visible(loaded.articles)
        let stamps = loaded.cache ?? ContentCache(key: cacheKey)
        if options.keepMoved, let rules = try? PermalinkRules(config: config) { ledger.keepMoved(articles, rules: rules) }
        let site = try SitePlan(config: config, articles: articles, settingsKey: settingsKey, templateKeys: BuildKeys.templates(theme),
                                moved: ledger.moved) { stamps.sourceKey(of: $0.sourcePath) }
        let writer = try OutputWriter(state: state, siteDirectory: options.siteDirectory, didWrite: options.didWrite)
        var warnings: [Diagnostic] = []
        do throws(DiagnosticsError) {
            let entries = site.entries
            var pages = PageWriter(site: site, theme: theme, writer: writer, siteDirectory: options.siteDirectory) { index in
                loader.body(of: entries[index].article)
            }
            pages.progress = options.progress
            // The index reads the articles while the pages are written; waited for (and
            // stopped, if the build failed first) before the build returns.
            let search = pages.startSearch()
            defer { search?.cancel() }
            report(.articles, total: entries.count)
            try pages.writeArticles()
            report(.lists)
            try pages.writeLists()
            report(.indexes)
            try pages.writeIndexes()
            report(.search)
            try pages.writeSearch(search)
            report(.feeds)
            try pages.writeFeeds()
            let newsExpiry = try pages.writeSitemap(limits: options.sitemapLimits, now: options.now)
            report(.assets)
            try pages.writeAssets()
            warnings = pages.linkReport.warnings(against: writer)
            let skipped = Set(loaded.diagnostics.map(\.path))
            let published = URLLedger.published(writer.claims(), redirects: site.redirects, formats: config.redirects)
            let next = try ledger.updated(with: published, acceptGone: options.acceptGone, skipped: skipped)
            var globalKey = globalKey, inputsKey = inputsKey
            if next != recorded && options.recordsURLs && !options.includeDrafts && !options.includeFuture {
                try Self.write(next, siteDirectory: options.siteDirectory)
                globalKey = BuildKeys.global(settingsKey: settingsKey, theme: theme, siteDirectory: options.siteDirectory)
                inputsKey = BuildKeys.inputs(inputStamps, globalKey: globalKey)
            }
            // After the ledger: compressed siblings are other encodings of URLs, not URLs.
            try Precompressor(writer: writer, methods: config.precompress).run()
            report(.committing)
            var manifest = BuildManifest()
            manifest.siteKey = site.siteKey
            manifest.inputsKey = inputsKey
            manifest.nextFuture = min(nextFuture, newsExpiry)
            manifest.articleCount = articles.count
            let (cache, records) = stamps.encodedWithRecords()
            let quick = QuickState(plan: site, inputs: inputStamps, records: records, globalKey: globalKey,
                                   cacheKey: cacheKey, inputsKey: inputsKey)
            try writer.commit(manifest, extras: [ContentCache.fileName: Data(cache), QuickState.fileName: Data(quick.encoded())])
        } catch {
            writer.discard()
            throw error
        }
        let totals = writer.totals
        var summary = BuildSummary(
            articles: articles.count, filesWritten: totals.written, bytesWritten: totals.bytes, outputFiles: totals.files,
            seconds: Date().timeIntervalSince(started), skipped: loaded.diagnostics.filter { $0.severity == .error },
            warnings: loaded.diagnostics.filter { $0.severity == .warning }, drafts: drafts, future: future)
        summary.warnings += warnings
        summary.writtenSizes = writer.writtenSizes
        // Freed on another thread: at 100,000 articles freeing the plan, the articles, the
        // cache and the writer's tables took a quarter of a second on this one.
        let leftovers = (site, stamps, loaded, articles, writer)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(leftovers) {} }
        return summary
    }

    /// Replaces the ledger file in one step, so an interrupted write leaves the old one.
    private static func write(_ ledger: URLLedger, siteDirectory: URL) throws(DiagnosticsError) {
        do {
            try Data(ledger.text.utf8).write(to: siteDirectory.appending(path: URLLedger.fileName), options: .atomic)
        } catch {
            throw DiagnosticsError([Diagnostic(path: URLLedger.fileName, "cannot write: \(error.localizedDescription)")])
        }
    }

    /// Loads, validates and plans the site as `build()` does, writing nothing and using no
    /// cache: the same errors, thrown the same way. The summary counts no files.
    public func validate() throws(DiagnosticsError) -> BuildSummary {
        let started = Date()
        report(.loading)
        let config = try loadConfig()
        let loader = ArchiveLoader(siteDirectory: options.siteDirectory, config: config)
        let (_, loaded) = try load(loader, cache: ContentCache(key: ContentCache.key(for: config)), theme: nil)
        report(.planning)
        let (articles, drafts, future, _) = visible(loaded.articles)
        let ledger = try URLLedger.load(siteDirectory: options.siteDirectory)
        let site = try SitePlan(config: config, articles: articles, moved: ledger.moved)
        let found = LinkValidation.diagnostics(site) { loader.body(of: $0) }
        let errors = found.filter { $0.severity == .error }
        if !errors.isEmpty && !options.skipInvalid { throw DiagnosticsError(found) }
        return BuildSummary(
            articles: articles.count, filesWritten: 0, bytesWritten: 0, outputFiles: 0,
            seconds: Date().timeIntervalSince(started), skipped: (loaded.diagnostics + found).filter { $0.severity == .error },
            warnings: (loaded.diagnostics + found).filter { $0.severity == .warning }, drafts: drafts, future: future)
    }

    private func report(_ stage: BuildProgress.Stage, total: Int? = nil) {
        options.progress?(BuildProgress(stage: stage, completed: 0, total: total))
        if Self.timings {
            let line = String(format: "%8.3f s  %@\n", ProcessInfo.processInfo.systemUptime - Self.processStart, "\(stage)")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// `GAZETTE_TIMINGS=1` prints when each stage starts, for profiling builds.
    private static let timings = ProcessInfo.processInfo.environment["GAZETTE_TIMINGS"] != nil
    private static let processStart = ProcessInfo.processInfo.systemUptime

    /// The summary of a build that has nothing to do: no input file, setting or template changed
    /// since the output was made, and no article has come out of the future since.
    private func unchangedSince(state: StateFolder, inputsKey: UInt64, started: Date) -> BuildSummary? {
        guard let manifest = state.manifest(headerOnly: true),
              manifest.inputsKey == inputsKey, options.now.timeIntervalSince1970 < manifest.nextFuture
        else { return nil }
        var summary = BuildSummary(
            articles: manifest.articleCount, filesWritten: 0, bytesWritten: 0, outputFiles: manifest.outputCount,
            seconds: Date().timeIntervalSince(started), skipped: [], drafts: 0, future: 0)
        summary.mode = .unchanged
        return summary
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

    /// Loads the content; template and content errors are reported together in one run.
    private func load(
        _ loader: ArchiveLoader, cache: ContentCache, theme: Theme?
    ) throws(DiagnosticsError) -> (Theme, ArchiveLoadResult) {
        var problems: [Diagnostic] = []
        var theme = theme
        if theme == nil {
            do { theme = try Theme(siteDirectory: options.siteDirectory) } catch { problems += error.diagnostics }
        }
        let loaded = loader.load(cache: cache, keepBodies: false)
        if !options.skipInvalid { problems += loaded.diagnostics.filter { $0.severity == .error } }
        guard problems.isEmpty, let theme else { throw DiagnosticsError(problems) }
        return (theme, loaded)
    }

    /// The articles to publish, oldest first; counts of drafts and future ones left out, and
    /// the earliest future date (when the site must be built again).
    private func visible(_ all: [Article]) -> (articles: [Article], drafts: Int, future: Int, nextFuture: Double) {
        var drafts = 0, future = 0, nextFuture = Double.infinity
        var articles = all.filter { article in
            if article.isDraft && !options.includeDrafts { drafts += 1; return false }
            if article.date.instant > options.now && !options.includeFuture {
                future += 1
                nextFuture = min(nextFuture, article.date.instant.timeIntervalSince1970)
                return false
            }
            return true
        }
        // The loader gives them sorted already; sorting again copied every article.
        if articles.indices.dropFirst().contains(where: { Article.siteOrder(articles[$0], articles[$0 - 1]) }) {
            articles.sort(by: Article.siteOrder)
        }
        return (articles, drafts, future, nextFuture)
    }
}
