import Foundation

extension ArchiveLoader {
    // The article files under `Content/`, in path order. A folder holding `index.md` (or
    // `index.markdown`) is one page bundle: that file is the article and every other file under
    // the folder travels with it. Names starting with `.` are skipped, as are files that are
    // neither articles nor in a bundle (images beside plain articles, say).
    func findSources(in content: URL, diagnostics: inout [Diagnostic]) -> [ArticleSource] {
        var sources: [ArticleSource] = []
        var visited: Set<String> = []
        walk(content, relative: [], sources: &sources, visited: &visited, diagnostics: &diagnostics)
        return sources
    }

    private func walk(_ folder: URL, relative: [String], sources: inout [ArticleSource], visited: inout Set<String>,
                      diagnostics: inout [Diagnostic]) {
        // Symbolic links may point back up the tree: visit each real folder once.
        guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { return }
        let entries = FolderListing.entries(of: folder.path)
        let folderPath = ([ArchiveLoader.contentFolder] + relative).joined(separator: "/")
        if let index = entries.first(where: { !$0.isFolder && ArchiveLoader.bundleIndexNames.contains($0.name) }) {
            if relative.isEmpty {
                diagnostics.append(Diagnostic(path: "\(folderPath)/\(index.name)",
                                              "a page bundle needs its own folder inside \(ArchiveLoader.contentFolder)/"))
            } else {
                var files: [String] = []
                bundleFiles(folder, relative: "", into: &files, visited: &visited)
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
                     diagnostics: &diagnostics)
                continue
            }
            if relative.isEmpty && ArchiveLoader.bundleIndexNames.contains(entry.name) { continue }
            guard let source = ArticleSource(
                fileName: entry.name, relativePath: "\(folderPath)/\(entry.name)", filePath: onDisk + "/" + entry.name)
            else { continue }
            sources.append(source)
        }
    }

    // Every file under a bundle folder, `/`-separated relative to it; dotfiles skipped.
    private func bundleFiles(_ folder: URL, relative: String, into files: inout [String], visited: inout Set<String>) {
        for entry in FolderListing.entries(of: folder.path) {
            let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
            if entry.isFolder {
                let subfolder = folder.appendingPathComponent(entry.name)
                guard visited.insert(subfolder.resolvingSymlinksInPath().path).inserted else { continue }
                bundleFiles(subfolder, relative: path, into: &files, visited: &visited)
            } else {
                files.append(path)
            }
        }
    }
}
