#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time (nanoseconds), to tell whether it changed since it was read.
public struct FileStamp: Sendable, Hashable {
    public let size: Int
    public let modified: Int

    /// Stats `path`; nil when it cannot be read.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of a name that cannot be stat'ed (a dangling link): not a file, but a change.
    public static let unreadable = FileStamp(size: -1, modified: -1)

    private init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of what `stat` or `lstat` returned.
    public init(_ info: stat) {
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
        #else
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        #endif
    }
}
