import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices edits to what a build reads (`site.yml`, `Content/`, `Templates/`, `Public/`) by
/// comparing each file's modification time and size between two snapshots. Polling is
/// portable and, for an archive of thousands of files, cheap at a few times a second.
public struct SiteWatcher: Sendable {
    /// The size and modification time (nanoseconds) of every watched file.
    public struct Snapshot: Sendable, Equatable {
        var files: [String: Stamp] = [:]
    }

    struct Stamp: Sendable, Equatable {
        var size: Int64
        var modified: Int64
    }

    /// What is watched, relative to the site folder.
    public static let watched = ["site.yml", "Content", "Templates", "Public"]

    public let siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
    }

    /// The current state of every watched file. Editor swap and backup files are left out.
    public func snapshot() -> Snapshot {
        var snapshot = Snapshot()
        let base = siteDirectory.path
        for top in Self.watched {
            let path = base + "/" + top
            if let stamp = Self.stamp(path) {
                snapshot.files[top] = stamp
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else { continue }
            for case let relative as String in walker where !Self.isScratch(relative) {
                if let stamp = Self.stamp(path + "/" + relative) { snapshot.files[top + "/" + relative] = stamp }
            }
        }
        return snapshot
    }

    /// Paths added, removed or changed from `old` to `new`, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        let paths = Set(old.files.keys).union(new.files.keys)
        return paths.filter { old.files[$0] != new.files[$0] }.sorted()
    }

    /// Size and mtime of a regular file; nil for folders and missing files.
    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return Stamp(size: Int64(info.st_size), modified: modified)
    }

    /// `.x.swp`, `x~`, `#x#`, `.#x`: files editors keep while a file is open.
    private static func isScratch(_ relative: String) -> Bool {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#")
            || (name.hasPrefix("#") && name.hasSuffix("#")) || name == ".DS_Store"
    }
}
