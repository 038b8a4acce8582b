import Foundation
import GazetteContent
import GazetteOutput
import GazettePages
import GazettePlan
import GazetteRender
import GazetteSearch

/// Rebuilds a site after edits that touch only article bodies, without loading and planning
/// every article again. When every changed file is a published article whose fields other
/// than the body are as before, no list, neighbour, related link or sitemap entry can change:
/// only the edited articles' own pages and the feeds that carry their text. Those are
/// rendered from a small plan of the articles they show, read back from the content cache,
/// with the same fingerprints a full build gives them. With search on, the index is patched
/// for the edited articles (``SearchPatch``, from the state the last build left) and its other
/// files keep their bytes under the fingerprint a full build now gives them. Anything else (a
/// file added, removed or renamed, a title, date or tag changed, an error, settings or
/// templates changed, an index the patch cannot make exactly) is left to the full build:
/// ``run(started:)`` then gives nil before writing anything.
struct QuickRebuild {
    let options: BuildOptions
    let config: SiteConfig
    let theme: Theme
    let globalKey: UInt64
    let inputs: [InputStamp]
    let inputsKey: UInt64
    /// Where the manifest, caches and quick state are.
    let folder: StateFolder
    /// Past this many changed files a full build is about as quick, and simpler.
    static let changeLimit = 64

    private struct Edit {
        var article: Article
        var stamp: InputStamp
        var contentKey: UInt64
    }

    func run(started: Date) throws(DiagnosticsError) -> BuildSummary? {
        let loader = ArchiveLoader(siteDirectory: options.siteDirectory, config: config)
        guard let previous = folder.manifest(headerOnly: true),
              options.now.timeIntervalSince1970 < previous.nextFuture,
              var state = QuickState(contentsOf: folder.file(QuickState.fileName)),
              state.globalKey == globalKey, state.cacheKey == ContentCache.key(for: config),
              state.inputsKey == previous.inputsKey, state.inputs.count == inputs.count,
              let edits = edits(against: state, loader: loader)
        else { return nil }

        // The articles the edited pages and feeds show, by position in date order.
        var needed = Set(edits.keys)
        var feedNumbers = Set<Int>()
        for position in edits.keys {
            if position > 0 { needed.insert(position - 1) }
            if position + 1 < state.entries.count { needed.insert(position + 1) }
            needed.formUnion(state.entries[position].related)
            feedNumbers.formUnion(state.entries[position].feeds)
        }
        for number in feedNumbers { needed.formUnion(state.feeds[number].members) }
        let positions = needed.sorted()
        // Internal links resolve against the whole site's URLs, which a small plan lacks.
        guard let articles = cachedArticles(positions, state: state, edits: edits),
              articles.allSatisfy({ $0.references.isEmpty })
        else { return nil }

        var local: [Int: Int] = [:]
        for (index, position) in positions.enumerated() { local[position] = index }
        let plan = try SitePlan(
            config: config, articles: articles, navSections: state.navSections, siteKey: state.siteKey,
            shapeKeys: positions.map { state.entries[$0].shapeKey },
            contentKeys: positions.map { edits[$0]?.contentKey ?? state.entries[$0].contentKey },
            related: positions.map { position in edits[position] == nil ? [] : state.entries[position].related.map { local[$0]! } },
            templateKeys: BuildKeys.templates(theme))
        let feeds = feedNumbers.sorted().map { number in
            var feed = state.feeds[number]
            feed.members = feed.members.map { local[$0]! }
            return feed
        }

        var touched = Set(edits.keys.map { plan.entries[local[$0]!].file })
        for feed in feeds {
            for format in config.feeds[feed.kind].formats { touched.insert(feed.base + format.fileName) }
        }
        var search: SearchUpdate?
        if config.search {
            let contentKeys = state.entries.indices.map { edits[$0]?.contentKey ?? state.entries[$0].contentKey }
            search = searchUpdate(plan: plan, local: local, edited: edits.keys.sorted(), contentKeys: contentKeys,
                                  siteKey: state.siteKey, loader: loader)
            guard let search else { return nil }
            touched.formUnion(search.paths)
        }
        touched.formUnion(touched.flatMap { Precompressor.siblings(of: $0, methods: config.precompress) })
        let writer = try OutputWriter(state: folder, siteDirectory: options.siteDirectory, didWrite: options.didWrite, only: touched)
        // The state describes the index the output holds, or the index is built in full.
        if let search, writer.previousFingerprint(of: "search/index.json") != search.previous {
            writer.discard()
            return nil
        }
        let files: Int
        do throws(DiagnosticsError) {
            let pages = PageWriter(site: plan, theme: theme, writer: writer, siteDirectory: options.siteDirectory) { index in
                loader.body(of: plan.entries[index].article)
            }
            for position in edits.keys.sorted() { try pages.writeArticle(local[position]!) }
            try pages.writeFeeds(feeds)
            if let search { try write(search, to: writer) }
            try Precompressor(writer: writer, methods: config.precompress).run()
            for (position, edit) in edits {
                state.entries[position].contentKey = edit.contentKey
            }
            state.inputs = inputs
            state.inputsKey = inputsKey
            var manifest = previous
            manifest.inputsKey = inputsKey
            var extras = [QuickState.fileName: Data(state.encoded())]
            if let search { extras[SearchState.editsName] = Data(search.state.encodedEdits()) }
            files = try writer.commit(manifest, extras: extras)
        } catch {
            writer.discard()
            throw error
        }
        let totals = writer.totals
        var summary = BuildSummary(
            articles: state.entries.count, filesWritten: totals.written, bytesWritten: totals.bytes, outputFiles: files,
            seconds: Date().timeIntervalSince(started), skipped: [], drafts: 0, future: 0)
        summary.mode = .bodies
        return summary
    }

    /// The changed files, by position of their article, when each is a published article that
    /// parses cleanly and differs from before only in its body; nil otherwise.
    private func edits(against state: QuickState, loader: ArchiveLoader) -> [Int: Edit]? {
        var changed: [Int] = []
        for (number, stamp) in inputs.enumerated() where stamp != state.inputs[number] {
            guard stamp.path == state.inputs[number].path, state.positions[number] >= 0,
                  changed.count < Self.changeLimit
            else { return nil }
            changed.append(number)
        }
        guard !changed.isEmpty else { return nil }
        var edits: [Int: Edit] = [:]
        for number in changed {
            let position = state.positions[number]
            guard let (article, problems) = loader.reload(ArchiveLoader.contentFolder + "/" + inputs[number].path),
                  let article, problems.isEmpty
            else { return nil }
            let shape = article.withoutBody
            let shapeKey = SitePlan.shapeKey(shape)
            guard shapeKey == state.entries[position].shapeKey else { return nil }
            let source = ContentCache.sourceKey(size: inputs[number].size, modified: inputs[number].modified)
            edits[position] = Edit(article: shape, stamp: inputs[number], contentKey: SitePlan.contentKey(shape: shapeKey, source: source))
        }
        return edits
    }

    /// The articles at `positions`, edited ones as just read, the others from the content
    /// cache; nil when the cache does not hold them as the state says.
    private func cachedArticles(_ positions: [Int], state: QuickState, edits: [Int: Edit]) -> [Article]? {
        let unedited = positions.filter { edits[$0] == nil }
        let read = ContentCache.articles(inFile: folder.file(ContentCache.fileName).path,
                                         at: unedited.map { state.entries[$0].record })
        var cached: [Int: Article] = [:]
        for (position, record) in zip(unedited, read) {
            guard let record, record.hash == state.entries[position].shapeKey else { return nil }
            cached[position] = record.article
        }
        return positions.map { edits[$0]?.article ?? cached[$0]! }
    }
}
