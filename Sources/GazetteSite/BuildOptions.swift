import Foundation
import GazetteFeeds
import GazetteOutput
import GazettePages

/// What `gazette build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder holding `site.yml` and `Content/`.
    public var siteDirectory: URL
    /// Where the site is written; default `_site/` in the site folder.
    public var outputDirectory: URL?
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    /// Include articles marked `draft: true`.
    public var includeDrafts = false
    /// Include articles dated after `now`.
    public var includeFuture = false
    /// Build the valid articles and report the invalid ones as skipped instead of failing.
    public var skipInvalid = false
    /// `--keep-moved`: a URL an article's page or alias made before and no longer makes is kept
    /// as a redirect to that article (recorded in the URL ledger).
    public var keepMoved = false
    /// `--accept-gone`: URLs the build no longer makes are recorded as gone instead of failing it.
    public var acceptGone = false
    /// Whether the build adds its URLs to `published-urls.txt` (it always checks them).
    public var recordsURLs = true
    /// The build clock: what counts as the future. Tests pin it.
    public var now = Date()
    /// How many URLs and bytes one sitemap file may hold; tests lower it to force an index.
    var sitemapLimits = Sitemap.Limits()
    /// Told the stage and counts as the build goes, from any thread (a terminal's progress bar).
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// When another build holds this output's lock: wait for it (true) or fail (false).
    public var waitForLock = false
    /// Told each output path, relative to the output folder, once written, from any thread.
    public var didWrite: (@Sendable (String) -> Void)?

    public init(siteDirectory: URL, outputDirectory: URL? = nil) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory
    }

    /// The output folder after defaults.
    public var resolvedOutput: URL {
        outputDirectory ?? siteDirectory.appending(path: "_site")
    }

    /// Where this output's manifest, caches and lock live (`.gazette/` in the site folder).
    package var stateFolder: StateFolder {
        StateFolder(siteDirectory: siteDirectory, output: resolvedOutput)
    }
}

/// What a finished build did.
public struct BuildSummary: Sendable {
    public var articles: Int
    /// Files written because they are new or their bytes changed.
    public var filesWritten: Int
    public var bytesWritten: Int
    /// Files the site has in all, written or kept.
    public var outputFiles: Int
    public var seconds: Double
    /// Articles left out with `skipInvalid`, with the reason.
    public var skipped: [Diagnostic]
    /// What the loader corrected and reported as a warning (control characters removed).
    public var warnings: [Diagnostic] = []
    /// Drafts and future articles left out.
    public var drafts: Int
    public var future: Int
    /// How the build went about it.
    public var mode: Mode = .full
    /// Every file of the site with its size, when the build wrote them all (a first build):
    /// what the output weighs without walking it. Nil otherwise.
    public var writtenSizes: [(path: String, bytes: Int)]?

    public init(articles: Int, filesWritten: Int, bytesWritten: Int, outputFiles: Int, seconds: Double, skipped: [Diagnostic],
                warnings: [Diagnostic] = [], drafts: Int, future: Int) {
        (self.articles, self.filesWritten, self.bytesWritten, self.outputFiles) = (articles, filesWritten, bytesWritten, outputFiles)
        (self.seconds, self.skipped, self.warnings, self.drafts, self.future) = (seconds, skipped, warnings, drafts, future)
    }

    /// How much of the site a build looked at.
    public enum Mode: Sendable {
        /// Every article loaded and planned; every page checked.
        case full
        /// Only article bodies changed: only their pages and feeds were made (``QuickRebuild``).
        case bodies
        /// No input changed: nothing was done.
        case unchanged
    }

    /// `Built 37 articles: 291 files, 291 written (3.1 MB) in 0.41 s`.
    public var line: String {
        let megabytes = Double(bytesWritten) / 1_000_000
        var text = "Built \(articles) articles: \(outputFiles) files, \(filesWritten) written"
            + " (\(String(format: "%.1f", megabytes)) MB) in \(String(format: "%.2f", seconds)) s"
        var left: [String] = []
        if drafts > 0 { left.append("\(drafts) draft\(drafts == 1 ? "" : "s")") }
        if future > 0 { left.append("\(future) future") }
        if !skipped.isEmpty { left.append("\(skipped.count) skipped as invalid") }
        if !left.isEmpty { text += "; left out " + left.joined(separator: ", ") }
        return text
    }
}
