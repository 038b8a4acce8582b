import GazetteContent

/// The tables internal references are resolved with: every published article by source path,
/// by file name and by the files that serve it (its page, its aliases, its moved URLs).
package struct InternalLinks: Sendable {
    /// Where a reference leads.
    package enum Target: Sendable, Hashable {
        /// An article, by index in the plan.
        case article(Int)
        /// A path from the site root that is not an article (`tags/x/`, `images/a.jpg`): the
        /// build checks that it makes it once every page is written.
        case path(String)
    }

    /// Article index by source path relative to `Content/` (`blog/post.md`).
    let bySource: [String: Int]
    /// Article indices by file name without extension, or bundle folder name (`post_url`, `ref`).
    let byName: [String: [Int]]
    /// Article index by every output file that answers for it.
    let byFile: [String: Int]
    /// `base_url`'s path without its leading slash (`archive/`), or empty.
    let basePath: String

    package init(entries: [ArticleEntry], redirects: [URLClaims.Redirect], baseURL: String = "") {
        var basePath = baseURL.range(of: "://").map { String(baseURL[$0.upperBound...].drop { $0 != "/" }.dropFirst()) } ?? ""
        if !basePath.isEmpty && !basePath.hasSuffix("/") { basePath += "/" }
        self.basePath = basePath
        var bySource: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        var byFile: [String: Int] = [:]
        let prefix = ArchiveLoader.contentFolder + "/"
        for (index, entry) in entries.enumerated() {
            let path = entry.article.sourcePath
            bySource[path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path] = index
            byName[Permalink.sourceName(path), default: []].append(index)
            byFile[entry.file] = index
        }
        for redirect in redirects where byFile[redirect.file] == nil { byFile[redirect.file] = redirect.target }
        self.bySource = bySource
        self.byName = byName
        self.byFile = byFile
    }

    /// The target of `reference` written in the article at `sourcePath`, or why there is none.
    package func resolve(_ reference: InternalReference, from sourcePath: String) -> Result<Target, LinkProblem> {
        let target = reference.target
        switch reference.kind {
        case .contentPath:
            return article(bySource[Self.normalized(target)], reference)
        case .sourcePath:
            if InternalReference.isSourceFile(Substring(target)) { return article(bySource[Self.normalized(target)], reference) }
            return .success(.path(Self.normalized(target)))
        case .relativeSource:
            return article(bySource[Self.normalized(Self.folder(of: sourcePath) + target)], reference)
        case .postName:
            let name = target.split(separator: "/").last.map(String.init) ?? target
            return unique(byName[name] ?? [], reference)
        case .pageReference:
            if target.isEmpty { return article(bySource[Self.normalized(Self.folder(of: sourcePath) + Self.fileName(sourcePath))], reference) }
            let folders = target.hasPrefix("/") ? [""] : [Self.folder(of: sourcePath), ""]
            for folder in folders {
                let base = Self.normalized(folder + target)
                for candidate in [base, base + ".md", base + ".markdown", base + "/index.md", base + "/index.markdown"] {
                    if let index = bySource[candidate] { return .success(.article(index)) }
                }
            }
            let name = Permalink.sourceName(target.hasSuffix("/") ? String(target.dropLast()) : target)
            return unique(byName[name] ?? [], reference)
        case .rootPath:
            // Written from the domain root: under a sub-path, with or without `base_url`'s path.
            var path = Substring(target)
            while path.hasPrefix("/") { path = path.dropFirst() }
            var candidates = [String(path)]
            if !basePath.isEmpty && (path + "/").hasPrefix(basePath) { candidates.insert(String(path.dropFirst(basePath.count)), at: 0) }
            for candidate in candidates {
                let guess = candidate.isEmpty || candidate.hasSuffix("/") ? candidate : Self.withFolderGuess(candidate)
                if let index = byFile[PublishedPath.file(of: guess)] ?? byFile[PublishedPath.file(of: candidate)] {
                    return .success(.article(index))
                }
            }
            return .success(.path(candidates[0]))
        }
    }

    /// Why a reference resolves to nothing.
    package enum LinkProblem: Error, Sendable, Hashable {
        case notFound(String)
        case ambiguous(String, [String])

        package var message: String {
            switch self {
            case .notFound(let written): "internal link '\(written)' leads to no published article"
            case .ambiguous(let written, let sources):
                "internal link '\(written)' is ambiguous: it could be \(sources.joined(separator: " or "))"
            }
        }
    }

    private func article(_ index: Int?, _ reference: InternalReference) -> Result<Target, LinkProblem> {
        index.map { .success(.article($0)) } ?? .failure(.notFound(reference.written))
    }

    private func unique(_ indices: [Int], _ reference: InternalReference) -> Result<Target, LinkProblem> {
        if indices.count == 1 { return .success(.article(indices[0])) }
        if indices.isEmpty { return .failure(.notFound(reference.written)) }
        let sources = bySource.filter { indices.contains($0.value) }.keys.sorted().map { ArchiveLoader.contentFolder + "/" + $0 }
        return .failure(.ambiguous(reference.written, sources))
    }

    // `/2019/x` may be a folder URL written without its slash.
    private static func withFolderGuess(_ path: String) -> String {
        PublishedPath.hasFileExtension(Substring(path.split(separator: "/").last ?? "")) ? path : path + "/"
    }

    // The source's folder relative to `Content/`, with a trailing slash (`2019/03/`), or empty.
    private static func folder(of sourcePath: String) -> String {
        var parts = sourcePath.split(separator: "/").dropFirst()
        parts = parts.dropLast()
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    private static func fileName(_ sourcePath: String) -> String {
        String(sourcePath.split(separator: "/").last ?? "")
    }

    // `a/./b/../c.md` -> `a/c.md`, without a leading slash; `..` above the root is dropped.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }
}
