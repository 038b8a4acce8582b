import Dispatch
import Foundation

/// Reads every article under the site's `Content/` folder, in parallel, and checks it.
///
/// Files are `.md`/`.markdown` (YAML `---` or TOML `+++` front matter, Markdown body), `.html`
/// (the same front matter, an HTML body) and `.txt` (plain-text articles with a byline), at any
/// depth; names starting with `.` are skipped. A folder holding `index.md` (or
/// `index.markdown`, `index.html`) is one article, a page bundle: its slug is the
/// folder's name, and every other file under the folder goes to ``Article/bundleFiles`` instead
/// of being loaded. Other files outside bundles are not content and are left alone.
///
/// Drafts are loaded (``Article/isDraft``) and take part in the permalink check; leaving them
/// out of a build is the builder's decision.
///
/// The result is the same on every run: files are read on all cores, but each result is stored
/// at its file's index, and articles are sorted by ``Article/siteOrder(_:_:)``.
public struct ArchiveLoader: Sendable {
    /// The folder under the site folder that holds the articles.
    public static let contentFolder = "Content"
    /// File names that make their folder a page bundle.
    public static let bundleIndexNames: Set<String> = ["index.md", "index.markdown", "index.html"]

    /// The site folder, holding `Content/`.
    public let siteDirectory: URL
    /// The site's settings: time zone for dates without offset, known sections, permalink pattern.
    public let config: SiteConfig

    /// A loader for the articles under `siteDirectory/Content`, read with `config`.
    public init(siteDirectory: URL, config: SiteConfig) {
        self.siteDirectory = siteDirectory
        self.config = config
    }

    /// Loads all articles. Never throws: a file with any problem is left out of `articles` and its
    /// problems are in `diagnostics`, all of them, sorted. Articles whose permalinks collide are
    /// all left out, each diagnostic naming the other files.
    public func load() -> ArchiveLoadResult {
        load(cache: nil, keepBodies: true)
    }

    /// Loads all articles, reusing `cache` for files whose size and modification time it
    /// matches. Without `keepBodies`, articles come without their bodies (see ``body(of:)``),
    /// so memory does not grow with the archive's text. The result carries the new cache.
    public func load(cache: ContentCache?, keepBodies: Bool) -> ArchiveLoadResult {
        let content = siteDirectory.appendingPathComponent(ArchiveLoader.contentFolder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            let problem = Diagnostic(path: ArchiveLoader.contentFolder, "no \(ArchiveLoader.contentFolder) folder in the site")
            return ArchiveLoadResult(articles: [], diagnostics: [problem])
        }
        var diagnostics: [Diagnostic] = []
        let sources = findSources(in: content, diagnostics: &diagnostics)
        var articles: [Article] = []
        let reuse = cache.flatMap { $0.key == ContentCache.key(for: config) ? $0 : nil }
        var newCache = ContentCache(key: ContentCache.key(for: config))
        newCache.entries.reserveCapacity(sources.count)
        articles.reserveCapacity(sources.count)
        var parsed = ArchiveLoader.parseAll(sources, config: config, cache: reuse, keepBodies: keepBodies)
        // Each article moved out of its result (`take()`), not copied: at 100,000 articles
        // the copies were a good part of this one-core loop.
        for index in parsed.indices {
            diagnostics += parsed[index].diagnostics
            guard let article = parsed[index].article.take() else { continue }
            if parsed[index].diagnostics.isEmpty, let stamp = parsed[index].stamp {
                newCache.entries[article.sourcePath] = .init(size: stamp.size, modified: stamp.modified, article: article.withoutBody)
            }
            articles.append(article)
        }
        parsed = []
        let rules: PermalinkRules
        do {
            rules = try PermalinkRules(config: config)
        } catch {
            diagnostics.append(Diagnostic(path: SiteConfig.fileName, error.description))
            return ArchiveLoadResult(articles: [], diagnostics: diagnostics.sorted())
        }
        let clashes = URLClaims.clashes(articles, rules: rules)
        diagnostics += clashes
        let clashing = Set(clashes.map(\.path))
        articles.removeAll { clashing.contains($0.sourcePath) }
        // Sorted by index, then moved once: sorting the articles themselves copied each
        // of them many times over. Stable like `sort`, so the order is the same.
        let order = articles.indices.sorted { Article.siteOrder(articles[$0], articles[$1]) }
        articles = order.map { articles[$0] }
        var result = ArchiveLoadResult(articles: articles, diagnostics: diagnostics.sorted())
        result.cache = newCache
        return result
    }

    // Parses `sources` on all cores: the files are cut into a few chunks per core, each worker
    // keeps one ``ArticleParser`` for its chunk and writes each result at its file's index.
    static func parseAll(
        _ sources: [ArticleSource], config: SiteConfig, cache: ContentCache? = nil, keepBodies: Bool = true
    ) -> [ParsedFile] {
        let count = sources.count
        guard count > 0 else { return [] }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        var results = [ParsedFile](repeating: ParsedFile(article: nil, diagnostics: []), count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one worker, and read only after all have finished.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let parser = ArticleParser(config: config)
                let start = count * chunk / chunks
                let end = count * (chunk + 1) / chunks
                for index in start..<end {
                    let stamp = FileStamp(path: sources[index].filePath)
                    if let stamp, let entry = cache?.entries[sources[index].relativePath],
                       entry.size == stamp.size, entry.modified == stamp.modified {
                        var article = entry.article
                        article.bundleFiles = sources[index].bundleFiles
                        output[index] = ParsedFile(article: article, diagnostics: [], stamp: stamp)
                        continue
                    }
                    var parsed = parser.parse(sources[index])
                    parsed.stamp = stamp
                    // The body is read again when its page is rendered.
                    if !keepBodies { parsed.article = parsed.article?.withoutBody }
                    output[index] = parsed
                }
            }
        }
        return results
    }
}

/// What ``ArchiveLoader/load()`` found: the valid articles, and every problem with the others.
public struct ArchiveLoadResult: Sendable {
    /// Articles without problems, sorted by ``Article/siteOrder(_:_:)``.
    public var articles: [Article]
    /// Every problem found, sorted by path, line and column.
    public var diagnostics: [Diagnostic]
    /// The parsed articles to reuse next time.
    public var cache: ContentCache?

    public init(articles: [Article], diagnostics: [Diagnostic]) {
        self.articles = articles
        self.diagnostics = diagnostics
    }
}
