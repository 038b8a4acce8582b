import Foundation
import GazetteContent
import GazetteRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        walk(siteDirectory.appending(path: ArchiveLoader.contentFolder).path, relative: "", into: &stamps)
        stamps.sort { $0.0 < $1.0 }
        for (path, size, modified) in stamps {
            hash.add(path)
            hash.add(size)
            hash.add(modified)
        }
        return hash.value
    }

    /// Lists files under `folder` with readdir and lstat: no Foundation objects per file.
    private static func walk(_ folder: String, relative: String, into stamps: inout [(String, Int, Int)]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: child, into: &stamps)
            } else {
                #if canImport(Darwin)
                let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
                #else
                let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
                #endif
                stamps.append((child, Int(info.st_size), modified))
            }
        }
    }
}
