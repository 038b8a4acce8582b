import Foundation

extension ArchiveLoader {
    /// Parses one article file again, as ``load()`` would and with its body, for a rebuild
    /// that knows only this file changed. `relativePath` is relative to the site folder
    /// (`Content/2019/03/bridge.md`). Gives nil for a page bundle's `index.md` (its files come
    /// from a walk of its folder) and for a file that is not an article.
    public func reload(_ relativePath: String) -> (article: Article?, diagnostics: [Diagnostic])? {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard relativePath.hasPrefix(ArchiveLoader.contentFolder + "/"), !ArchiveLoader.bundleIndexNames.contains(name),
              let source = ArticleSource(fileName: name, relativePath: relativePath, filePath: siteDirectory.path + "/" + relativePath)
        else { return nil }
        if let problem = SymbolicLinks.problem(at: source.filePath, shownAs: relativePath, siteRoot: SymbolicLinks.realRoot(of: siteDirectory.path)) {
            return (nil, [problem])
        }
        let parsed = ArticleParser(config: config).parse(source)
        return (parsed.article, parsed.diagnostics)
    }
}
