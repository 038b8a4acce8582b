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
            } else {
                Self.walk(path, relative: top, into: &snapshot.files)
            }
        }
        return snapshot
    }

    /// Every regular file under `path`, with readdir and stat: several times faster than
    /// Foundation's enumerator, which matters when a poll covers thousands of articles.
    private static func walk(_ path: String, relative: String, into files: inout [String: Stamp]) {
        guard let folder = opendir(path) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || isScratch(name) { continue }
            let childPath = path + "/" + name, childRelative = relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): walk(childPath, relative: childRelative, into: &files)
            case Int32(DT_REG): if let stamp = stamp(childPath) { files[childRelative] = stamp }
            default:
                // Symbolic links and file systems that do not fill d_type: ask stat.
                if let stamp = stamp(childPath) { files[childRelative] = stamp } else { walk(childPath, relative: childRelative, into: &files) }
            }
        }
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
    private static func isScratch(_ name: String) -> Bool {
        return name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix(".#")
            || (name.hasPrefix("#") && name.hasSuffix("#")) || name == ".DS_Store"
    }
}
