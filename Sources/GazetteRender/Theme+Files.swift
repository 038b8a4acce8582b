import Foundation
import GazetteContent

extension Theme {
    /// The files under `folder` of the site (`Public/2019/map.png`), dotfiles included (a
    /// `.well-known/` or `.nojekyll` is published), sorted. Symbolic links follow the site's
    /// rule (``SymbolicLinks``): inside the site folder they are followed, otherwise reported.
    static func files(in siteDirectory: String, _ folder: String, siteRoot: String, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        var visited: Set<String> = []
        collect(siteDirectory, folder, siteRoot: siteRoot, into: &files, visited: &visited, diagnostics: &diagnostics)
        return files.sorted()
    }

    private static func collect(
        _ siteDirectory: String, _ relative: String, siteRoot: String, into files: inout [String], visited: inout Set<String>,
        diagnostics: inout [Diagnostic]
    ) {
        let path = siteDirectory + "/" + relative
        if let problem = SymbolicLinks.problem(at: path, shownAs: relative, siteRoot: siteRoot) {
            diagnostics.append(problem)
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            files.append(relative)
            return
        }
        guard visited.insert(FolderListing.realPath(path)).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return }
        for name in names.sorted() {
            collect(siteDirectory, relative + "/" + name, siteRoot: siteRoot, into: &files, visited: &visited, diagnostics: &diagnostics)
        }
    }
}
