import Foundation
import GazetteContent
import GazetteRender

/// Hashes that tell a build what changed since the last one.
enum BuildKeys {
    /// Bumped whenever Gazette's output for the same input changes.
    static let formatVersion = "gazette-output-4"

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

    /// The size and modification time of every file under `Content/`, by path relative to
    /// it, in path order.
    static func inputStamps(siteDirectory: URL) -> [InputStamp] {
        var stamps: [InputStamp] = []
        var visited: Set<String> = []
        walk(siteDirectory.appending(path: ArchiveLoader.contentFolder).path, relative: "", into: &stamps, visited: &visited)
        stamps.sort { $0.path < $1.path }
        return stamps
    }

    /// `global` plus the path, size and modification time of every file under `Content/`.
    static func inputs(_ stamps: [InputStamp], globalKey: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.add(globalKey)
        for stamp in stamps {
            hash.add(stamp.path)
            hash.add(stamp.size)
            hash.add(stamp.modified)
        }
        return hash.value
    }

    /// Stamps every file under `folder` as the loader lists it (dotfiles skipped, each real
    /// folder once, links followed).
    private static func walk(
        _ folder: String, relative: String, into stamps: inout [InputStamp], visited: inout Set<String>
    ) {
        guard visited.insert(FolderListing.realPath(folder)).inserted else { return }
        for entry in FolderListing.stampedEntries(of: folder) {
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder {
                walk(folder + "/" + entry.name, relative: child, into: &stamps, visited: &visited)
            } else if let stamp = entry.stamp {
                stamps.append(InputStamp(path: child, size: stamp.size, modified: stamp.modified))
            }
        }
    }
}

/// One file under `Content/` as a build saw it.
struct InputStamp: Sendable, Equatable {
    /// Relative to `Content/`, `/`-separated.
    var path: String
    var size: Int
    var modified: Int
}
