import Foundation
import GazetteContent
import GazetteOutput
import GazettePlan
import GazetteRender
import Synchronization

/// Renders every page of a planned site through the theme and hands it to the writer.
package struct PageWriter: Sendable {
    let site: SitePlan
    /// Template contexts of the site's pages.
    let factory: PageFactory
    let theme: Theme
    let writer: OutputWriter
    let siteDirectory: URL

    /// Gives an article's body by its index in the plan (read again from its file).
    let body: @Sendable (Int) -> String?
    /// List items rendered once per article.
    let items: ItemCache
    /// Lines of related lists rendered once per article.
    let relatedLines: RelatedLines
    /// Links of the topics of articles rendered once per tag.
    let tagLinks: TagLinks
    /// Header and footer rendered once per root prefix.
    let chrome = PageChrome()
    /// Unresolved internal references and links to root paths, from every body rendered.
    package let linkReport = LinkReport()
    /// Told the count of pages done every so often.
    package var progress: (@Sendable (BuildProgress) -> Void)? = nil

    package init(site: SitePlan, theme: Theme, writer: OutputWriter, siteDirectory: URL, body: @escaping @Sendable (Int) -> String?) {
        self.site = site
        self.theme = theme
        self.writer = writer
        self.siteDirectory = siteDirectory
        self.body = body
        let factory = PageFactory(site: site)
        self.factory = factory
        items = ItemCache(count: site.entries.count) { index in
            theme.renderFragment("item", factory.item(index, root: ItemCache.rootMark))
        }
        relatedLines = RelatedLines(count: site.entries.count) { index, url in
            theme.renderFragment("related", factory.relatedEntry(index, url: url))
        }
        tagLinks = TagLinks { tag in theme.renderFragment("tag", factory.tagLink(tag, root: ItemCache.rootMark)) }
    }

    var bodies: BodyRenderer { BodyRenderer(config: site.config) }

    /// Article pages in parallel, with their bundle files. A page whose inputs (the article,
    /// its neighbours and related articles, the site) are unchanged is kept as it is.
    /// Every unresolved internal reference of every rendered body is reported together.
    package func writeArticles() throws(DiagnosticsError) {
        let done = Atomic(0)
        try Parallel.forEach(site.entries.count) { index throws(DiagnosticsError) in
            defer { report(.articles, done: done.add(1, ordering: .relaxed).newValue, of: site.entries.count) }
            try writeArticle(index)
        }
        try linkReport.throwErrors()
    }

    /// The page of article `index` and its bundle files, unless they are current.
    package func writeArticle(_ index: Int) throws(DiagnosticsError) {
        let entry = site.entries[index]
        let key = site.articleKey(index)
        if let folder = entry.bundleFolder { try copyBundle(entry, into: folder) }
        let owner = entry.article.sourcePath
        if try writer.keepIfCurrent(entry.file, fingerprint: key, owner: owner) { return }
        guard let text = body(index) else {
            throw DiagnosticsError([Diagnostic(path: owner, "cannot read this file any more")])
        }
        let rendered: RenderedBody
        if entry.article.bodyFormat == .markdown {
            // Internal references are found in Markdown bodies only (see `InternalReference.scan`).
            let links = BodyLinks(site: site, index: index)
            let relative = { (target: String) in SitePath.relative(fromFile: entry.file, to: target) }
            rendered = bodies.render(links.expandTags(text, format: relative), format: .markdown) { url, position in
                links.rewrite(url, at: position).map(relative) ?? entry.bundleURL(url, fromFile: entry.file)
            }
            linkReport.add(links)
            if !links.problems.isEmpty { return }
        } else {
            rendered = bodies.render(text, format: entry.article.bodyFormat) { entry.bundleURL($0, fromFile: entry.file) }
        }
        let context = factory.articlePage(index, body: rendered, related: site.related[index], items: items, lines: relatedLines, tags: tagLinks)
        try write("article", context, to: entry.file, owner: owner, fingerprint: key)
    }

    /// Home, section, tag, author and date lists, every page of each; unchanged pages are kept.
    package func writeLists() throws(DiagnosticsError) {
        let lists = factory.lists(site.index, articleCount: site.listedCount)
        let pageSize = site.config.paginate
        let done = Atomic(0)
        try Parallel.forEach(lists.count) { number throws(DiagnosticsError) in
            defer { report(.lists, done: done.add(1, ordering: .relaxed).newValue, of: lists.count) }
            let list = lists[number]
            let owner = "list /\(list.base)"
            let (pagination, pages) = factory.pages(of: list, pageSize: pageSize)
            for (page, number) in pages {
                let key = factory.fingerprint(of: list, page: page, number: number, pagination: pagination,
                                              siteKey: site.pageKey(template: list.template), itemKeys: site.shapeKeys)
                if try writer.keepIfCurrent(page.file, fingerprint: key, owner: owner) { continue }
                let context = factory.context(for: list, page: page, number: number, pagination: pagination, items: items)
                try write(list.template, context, to: page.file, owner: owner, fingerprint: key,
                          feeds: list.feedKind == nil ? "" : list.base)
            }
        }
    }

    /// Term indexes, the archive calendar, 404 and alias redirects.
    package func writeIndexes() throws(DiagnosticsError) {
        let pages = [
            factory.termsIndex(site.index.tags, heading: "Topics", byCount: true),
            factory.termsIndex(site.index.sections, heading: "Sections", byCount: false),
            factory.termsIndex(site.index.authors, heading: "Authors", byCount: false),
            factory.archiveIndex(site.index),
        ]
        for (position, (file, context)) in pages.enumerated() {
            try write(position == 3 ? "archive" : "terms", context, to: file, owner: "index /\(file)")
        }
        try write("404", factory.notFoundPage(), to: "404.html", owner: "404 page")
        try writeRedirects()
    }

    /// The redirect page at `redirect`'s old URL; a clash with another page is reported where
    /// the redirect was asked for.
    package func writeRedirectPage(_ redirect: URLClaims.Redirect) throws(DiagnosticsError) {
        let origin = redirect.origin
        try write("alias", factory.aliasPage(redirect), to: redirect.file, owner: redirect.owner, origin: { origin })
    }

    /// The theme's static files (the site's `Public/` over the built-in ones).
    package func writeAssets() throws(DiagnosticsError) {
        for asset in theme.assets {
            switch asset.source {
            case .builtIn(let data):
                try writer.write(asset.path, data: data, owner: "built-in Public/\(asset.path)")
            case .file(let url):
                try writer.write(asset.path, data: try read(url, shownAs: "Public/\(asset.path)"), owner: "Public/\(asset.path)")
            }
        }
    }

    /// Reports about a hundred times per stage, and always at the end.
    private func report(_ stage: BuildProgress.Stage, done: Int, of total: Int) {
        guard let progress, done % max(1, total / 100) == 0 || done == total else { return }
        progress(BuildProgress(stage: stage, completed: done, total: total))
    }

    func write(
        _ template: String, _ context: [String: Any], to file: String, owner: String, origin: OutputWriter.Origin? = nil, fingerprint: UInt64 = 0,
        feeds: String = ""
    ) throws(DiagnosticsError) {
        var context = context
        chrome.add(to: &context, theme: theme, feeds: feeds)
        guard let html = theme.render(template, context) else {
            throw DiagnosticsError([Diagnostic(path: "Templates/\(template).mustache", "template '\(template)' is missing (needed for \(owner))")])
        }
        try writer.write(file, html, owner: owner, origin: origin, fingerprint: fingerprint)
    }

    private func copyBundle(_ entry: ArticleEntry, into folder: String) throws(DiagnosticsError) {
        let source = (entry.article.sourcePath as NSString).deletingLastPathComponent
        for file in entry.article.bundleFiles {
            let url = siteDirectory.appending(path: source + "/" + file)
            var key = StableHash()
            key.add(source + "/" + file)
            if let stamp = FileStamp(path: url.path) { key.add(stamp.size); key.add(stamp.modified) }
            if try writer.keepIfCurrent(folder + file, fingerprint: key.value, owner: entry.article.sourcePath + " (file)") { continue }
            let data = try read(url, shownAs: source + "/" + file)
            try writer.write(folder + file, data: data, owner: entry.article.sourcePath + " (file)", fingerprint: key.value)
        }
    }

    private func read(_ url: URL, shownAs path: String) throws(DiagnosticsError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(path: path, "cannot read this file")])
        }
        return data
    }
}
