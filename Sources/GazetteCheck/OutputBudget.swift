import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a built site weighs: files and bytes by kind of output, the largest file and the
/// fullest folder. Hosts limit all four (``HostLimits``). Kinds come from paths alone, so
/// the budget of any output folder can be read without the site that made it.
public struct OutputBudget: Sendable {
    /// A kind of output file.
    public enum Kind: String, CaseIterable, Sendable {
        case articles, lists, feeds, search, assets, other, compressed
    }

    /// Files and bytes of one kind.
    public struct Row: Sendable, Hashable {
        public var files = 0
        public var bytes = 0
    }

    /// Folders (with a trailing slash) whose files are all of one kind; pages of later
    /// features register here, such as the search index under `search/`.
    public static let folderKinds: [(prefix: String, kind: Kind)] = [("search/", .search), ("pagefind/", .search)]
    /// Machine-readable files of the site root that are neither pages nor feeds.
    static let otherFiles: Set<String> = ["robots.txt", "404.html", "_redirects", "_headers", "news-sitemap.xml"]
    static let feedFiles: Set<String> = ["feed.xml", "rss.xml", "feed.json"]
    /// Folders whose `index.html` pages are lists (with their numbered `page/N/` pages).
    static let listFolders: Set<String> = ["section", "tags", "authors", "archive", "page"]

    public private(set) var rows: [Kind: Row] = [:]
    public private(set) var total = Row()
    /// The largest file, root-relative, and its size.
    public private(set) var largest: (path: String, bytes: Int) = ("", 0)
    /// Files directly in each folder (`` for the root, else `tags/`).
    public private(set) var filesPerFolder: [String: Int] = [:]

    /// The budget of `files` (root-relative path, size in bytes).
    public init(files: some Sequence<(String, Int)>) {
        for (path, bytes) in files { add(path, bytes: bytes) }
    }

    /// The budget of the files under `folder`, leaving out Gazette's own `.gazette*` files.
    public static func scan(_ folder: URL) -> OutputBudget {
        var budget = OutputBudget(files: [(String, Int)]())
        walk(folder.path, relative: "", into: &budget)
        return budget
    }

    /// The folder holding the most files directly, with its count.
    public var fullestFolder: (path: String, files: Int) {
        filesPerFolder.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) } ?? ("", 0)
    }

    public subscript(kind: Kind) -> Row { rows[kind] ?? Row() }

    mutating func add(_ path: String, bytes: Int) {
        let kind = Self.kind(of: path)
        rows[kind, default: Row()].files += 1
        rows[kind, default: Row()].bytes += bytes
        total.files += 1
        total.bytes += bytes
        if bytes > largest.bytes || (bytes == largest.bytes && path < largest.path) { largest = (path, bytes) }
        let folder = Self.folder(of: path)
        filesPerFolder[folder, default: 0] += 1
    }

    private static func walk(_ path: String, relative: String, into budget: inout OutputBudget) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || (relative.isEmpty && name.hasPrefix(".gazette")) { continue }
            let full = path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(full, relative: relative + name + "/", into: &budget)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                budget.add(relative + name, bytes: Int(info.st_size))
            }
        }
    }
}
