#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists folders with readdir, without a Foundation object or a stat per entry (an archive
/// has a hundred thousand of them). The loader and the build's change check share it, so
/// both see the same files.
public enum FolderListing {
    /// One name in a folder.
    public struct Entry: Sendable {
        /// The name; for a name that is not UTF-8, its bytes with the bad ones as `\xE9`.
        public var name: String
        public var isFolder: Bool
        public var isLink: Bool
        /// False when the name is not UTF-8 (the file cannot be named in a URL or a message).
        public var isUTF8 = true
    }

    /// The entries of the folder at `path` without dotfiles, sorted by name. A link counts as a
    /// folder when it points to one, and is marked (see ``SymbolicLinks``).
    public static func entries(of path: String) -> [Entry] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let (name, isUTF8) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                if let name = String(validatingCString: bytes) { return (name, true) }
                return (escaped(bytes), false)
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
            if !isUTF8 { isFolder = false }
            entries.append(Entry(name: name, isFolder: isFolder, isLink: isLink, isUTF8: isUTF8))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// A C string's bytes with those that are not printable ASCII as `\xE9`.
    private static func escaped(_ bytes: UnsafePointer<CChar>) -> String {
        var text = ""
        var pointer = bytes
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            if byte >= 0x20 && byte < 0x7F {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
            pointer += 1
        }
        return text
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
