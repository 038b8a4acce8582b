#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists folders with readdir, without a Foundation object or a stat per entry (an archive
/// has a hundred thousand of them). The loader and the build's change check share it, so
/// both see the same files.
public enum FolderListing {
    /// The entries of the folder at `path` without dotfiles, sorted by name. A link counts as a
    /// folder when it points to one, and is marked (see ``SymbolicLinks``).
    public static func entries(of path: String) -> [(name: String, isFolder: Bool, isLink: Bool)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool, isLink: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            let type = Int32(entry.pointee.d_type)
            var isFolder = type == Int32(DT_DIR)
            var isLink = type == Int32(DT_LNK)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                isLink = lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            }
            if type == Int32(DT_UNKNOWN) || isLink {
                var info = stat()
                isFolder = stat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder, isLink))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The entries of the folder at `path` as ``entries(of:)`` lists them, each with its stamp
    /// (nil for a folder; ``FileStamp/unreadable`` for what cannot be stat'ed, such as a
    /// dangling link, so that the change check sees it as the loader does). Stats go through the open folder,
    /// not the whole path again: this runs over every file of an archive on every build.
    public static func stampedEntries(of path: String) -> [(name: String, isFolder: Bool, stamp: FileStamp?)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let folder = dirfd(directory)
        var entries: [(name: String, isFolder: Bool, stamp: FileStamp?)] = []
        while let entry = readdir(directory) {
            let found = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String, stat?)? in
                let name = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                if name.pointee == 0x2E { return nil }  // "."
                var info = stat()
                return (String(cString: name), fstatat(folder, name, &info, 0) == 0 ? info : nil)
            }
            guard let (name, info) = found else { continue }
            let isFolder = info.map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
            entries.append((name, isFolder, isFolder ? nil : info.map(FileStamp.init) ?? FileStamp.unreadable))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The canonical path of `path` with links resolved, to visit each real folder once.
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
