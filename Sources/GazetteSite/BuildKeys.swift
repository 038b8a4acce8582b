import Foundation
import GazetteContent
import GazetteRender

/// Hashes that tell a build what changed since the last one.
enum BuildKeys {
    /// Bumped whenever Gazette's output for the same input changes.
    static let formatVersion = "gazette-output-3"

    /// Everything global: settings file, build options, templates and static assets.
    static func global(options: BuildOptions, theme: Theme) -> UInt64 {
        var hash = StableHash()
        hash.add(formatVersion)
        let settings = FileManager.default.contents(atPath: options.siteDirectory.appending(path: SiteConfig.fileName).path) ?? Data()
        settings.withUnsafeBytes { hash.add($0) }
        hash.add(options.baseURL ?? "")
        hash.add(options.includeDrafts ? 1 : 0)
        hash.add(options.includeFuture ? 1 : 0)
        hash.add(options.skipInvalid ? 1 : 0)
        for (name, source) in theme.templateSources.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(source)
        }
        for asset in theme.assets {
            hash.add(asset.path)
            switch asset.source {
            case .builtIn(let data): data.withUnsafeBytes { hash.add($0) }
            case .file(let url):
                let stamp = FileStamp(path: url.path)
                hash.add(stamp?.size ?? -1)
                hash.add(stamp?.modified ?? -1)
            }
        }
        return hash.value
    }

    /// `global` plus the path, size and modification time of every file under `Content/`.
    static func inputs(siteDirectory: URL, globalKey: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.add(globalKey)
        var stamps: [(String, Int, Int)] = []
        var visited: Set<String> = []
        walk(siteDirectory.appending(path: ArchiveLoader.contentFolder).path, relative: "", into: &stamps, visited: &visited)
        stamps.sort { $0.0 < $1.0 }
        for (path, size, modified) in stamps {
            hash.add(path)
            hash.add(size)
            hash.add(modified)
        }
        return hash.value
    }

    /// Stamps every file under `folder` as the loader lists it (dotfiles skipped, each real
    /// folder once, links followed).
    private static func walk(
        _ folder: String, relative: String, into stamps: inout [(String, Int, Int)], visited: inout Set<String>
    ) {
        guard visited.insert(FolderListing.realPath(folder)).inserted else { return }
        for entry in FolderListing.entries(of: folder) {
            let path = folder + "/" + entry.name
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder {
                walk(path, relative: child, into: &stamps, visited: &visited)
            } else if let stamp = FileStamp(path: path) {
                stamps.append((child, stamp.size, stamp.modified))
            }
        }
    }
}
