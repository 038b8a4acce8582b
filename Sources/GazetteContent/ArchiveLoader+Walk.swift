import Foundation

extension ArchiveLoader {
    // The article files under `Content/`, in path order. A folder holding `index.md` (or
    // `index.markdown`) is one page bundle: that file is the article and every other file under
    // the folder travels with it. Names starting with `.` are skipped, as are files that are
    // neither articles nor in a bundle (images beside plain articles, say). A symbolic link
    // leading outside the site folder or nowhere is an error (``SymbolicLinks``), not followed.
    func findSources(in content: URL, diagnostics: inout [Diagnostic]) -> [ArticleSource] {
        var sources: [ArticleSource] = []
        var visited: Set<String> = []
        let root = SymbolicLinks.realRoot(of: siteDirectory.path)
        if let problem = SymbolicLinks.problem(at: content.path, shownAs: ArchiveLoader.contentFolder, siteRoot: root) {
            diagnostics.append(problem)
            return []
        }
        walk(content, relative: [], sources: &sources, visited: &visited, diagnostics: &diagnostics, root: root)
        return sources
    }

    private func walk(_ folder: URL, relative: [String], sources: inout [ArticleSource], visited: inout Set<String>,
                      diagnostics: inout [Diagnostic], root: String) {
        // Symbolic links may point back up the tree: visit each real folder once.
        guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { return }
        let folderPath = ([ArchiveLoader.contentFolder] + relative).joined(separator: "/")
        let entries = FolderListing.entries(of: folder.path).filter { entry in
            if !entry.isUTF8 {
                diagnostics.append(Diagnostic(path: "\(folderPath)/\(entry.name)", "file name is not valid UTF-8 (bytes shown as \\xNN); rename it"))
                return false
            }
            guard entry.isLink else { return true }
            let problem = SymbolicLinks.problem(at: folder.path + "/" + entry.name, shownAs: "\(folderPath)/\(entry.name)", siteRoot: root)
            if let problem { diagnostics.append(problem) }
            return problem == nil
        }
        if let index = entries.first(where: { !$0.isFolder && ArchiveLoader.bundleIndexNames.contains($0.name) }) {
            if relative.isEmpty {
                diagnostics.append(Diagnostic(path: "\(folderPath)/\(index.name)",
                                              "a page bundle needs its own folder inside \(ArchiveLoader.contentFolder)/"))
            } else {
                var files: [String] = []
                bundleFiles(folder, relative: "", shownAs: folderPath, into: &files, visited: &visited, diagnostics: &diagnostics, root: root)
                files.removeAll { $0 == index.name }
                sources.append(ArticleSource(
                    relativePath: "\(folderPath)/\(index.name)", filePath: folder.path + "/" + index.name,
                    format: .markdown, baseName: relative[relative.count - 1], bundleFiles: files.sorted()))
                return
            }
        }
        let onDisk = folder.path
        for entry in entries {
            if entry.isFolder {
                walk(folder.appendingPathComponent(entry.name), relative: relative + [entry.name], sources: &sources, visited: &visited,
                     diagnostics: &diagnostics, root: root)
                continue
            }
            if relative.isEmpty && ArchiveLoader.bundleIndexNames.contains(entry.name) { continue }
            guard let source = ArticleSource(
                fileName: entry.name, relativePath: "\(folderPath)/\(entry.name)", filePath: onDisk + "/" + entry.name)
            else { continue }
            sources.append(source)
        }
    }

    // Every file under a bundle folder, `/`-separated relative to it; dotfiles skipped, links
    // checked as in `walk`.
    private func bundleFiles(_ folder: URL, relative: String, shownAs bundle: String, into files: inout [String], visited: inout Set<String>,
                             diagnostics: inout [Diagnostic], root: String) {
        for entry in FolderListing.entries(of: folder.path) {
            let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
            if entry.isLink, let problem = SymbolicLinks.problem(at: folder.path + "/" + entry.name, shownAs: "\(bundle)/\(path)", siteRoot: root) {
                if !relative.isEmpty { diagnostics.append(problem) }  // the bundle's own entries were checked by `walk`
                continue
            }
            if entry.isFolder {
                let subfolder = folder.appendingPathComponent(entry.name)
                guard visited.insert(subfolder.resolvingSymlinksInPath().path).inserted else { continue }
                bundleFiles(subfolder, relative: path, shownAs: bundle, into: &files, visited: &visited, diagnostics: &diagnostics, root: root)
            } else {
                files.append(path)
            }
        }
    }
}
