import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsed articles from an earlier build, keyed by source path and checked against each file's
/// size and modification time, so an unchanged file is not read or parsed again. Bodies are
/// not kept: ``ArchiveLoader/body(of:)`` reads one again when its page must be rendered.
public struct ContentCache: Sendable {
    struct Entry: Sendable {
        var size: Int
        var modified: Int
        var article: Article
    }

    /// The cache's file name inside the output folder.
    public static let fileName = "cache"
    private static let magic = "gazette-content-cache-6"

    /// What the parse depended on besides the file (time zone, known sections): a changed
    /// key empties the cache.
    public let key: UInt64
    var entries: [String: Entry] = [:]

    public init(key: UInt64) {
        self.key = key
    }

    /// Number of cached articles.
    public var count: Int { entries.count }

    /// Reads a cache file; a missing, damaged or differently keyed file gives an empty cache.
    public init(contentsOf url: URL, key: UInt64) {
        self.key = key
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var input = ByteReader([UInt8](data))
        do {
            guard try input.string() == Self.magic, try input.uint64() == key else { return }
            var entries: [String: Entry] = [:]
            for _ in 0..<(try input.count()) {
                let size = try input.int(), modified = try input.int()
                let article = try Article(withoutBodyFrom: &input)
                entries[article.sourcePath] = Entry(size: size, modified: modified, article: article)
            }
            self.entries = entries
        } catch {
            entries = [:]
        }
    }

    /// A hash of the cached file's size and modification time: it changes whenever the file
    /// does. Zero for a file the cache does not hold.
    public func sourceKey(of path: String) -> UInt64 {
        guard let entry = entries[path] else { return 0 }
        return Self.sourceKey(size: entry.size, modified: entry.modified)
    }

    /// The hash ``sourceKey(of:)`` gives for a file of this size and modification time.
    public static func sourceKey(size: Int, modified: Int) -> UInt64 {
        var hash = StableHash()
        hash.add(size)
        hash.add(modified)
        return hash.value
    }

    /// The cache as bytes, entries in path order so equal caches give equal files.
    public func encoded() -> [UInt8] {
        encodedWithRecords().bytes
    }

    /// The cache as bytes, and where in them each article's record lies (by source path): the
    /// bytes ``Article/encodeWithoutBody(into:)`` wrote, which ``article(in:at:)`` reads back.
    public func encodedWithRecords() -> (bytes: [UInt8], records: [String: Range<Int>]) {
        var out = ByteWriter()
        var records: [String: Range<Int>] = [:]
        records.reserveCapacity(entries.count)
        out.string(Self.magic)
        out.uint64(key)
        out.int(entries.count)
        // The paths sorted, not the entries: sorting those copied every article many times.
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            out.int(entry.size)
            out.int(entry.modified)
            let start = out.bytes.count
            entry.article.encodeWithoutBody(into: &out)
            records[path] = start..<out.bytes.count
        }
        return (out.bytes, records)
    }

    /// The articles whose records lie at `ranges` in the cache file at `path` (as
    /// ``encodedWithRecords()`` gave them), each with its record's ``StableHash``; nil for a
    /// range the file does not hold or that does not read as an article. Reads only those bytes.
    public static func articles(inFile path: String, at ranges: [Range<Int>]) -> [(article: Article, hash: UInt64)?] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return ranges.map { _ in nil } }
        defer { close(descriptor) }
        return ranges.map { range in
            guard range.lowerBound >= 0, !range.isEmpty else { return nil }
            var bytes = [UInt8](repeating: 0, count: range.count)
            let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, range.count, off_t(range.lowerBound)) }
            guard read == range.count else { return nil }
            var hash = StableHash()
            bytes.withUnsafeBytes { hash.add($0) }
            var input = ByteReader(bytes)
            guard let article = try? Article(withoutBodyFrom: &input), input.isAtEnd else { return nil }
            return (article, hash.value)
        }
    }

    /// The key for a site's settings: everything in `site.yml` that changes how files parse.
    public static func key(for config: SiteConfig) -> UInt64 {
        var hash = StableHash()
        hash.add(magic)
        hash.add(config.timeZone)
        for section in config.sections { hash.add(section.name); hash.add(section.slug) }
        hash.add(config.permalink)
        return hash.value
    }
}
