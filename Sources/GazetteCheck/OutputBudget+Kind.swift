extension OutputBudget {
    /// The kind of the file at root-relative `path`.
    public static func kind(of path: String) -> Kind {
        // Every path a build writes is ASCII: read from its bytes, without splitting it into
        // strings (a full build of 100,000 articles asks this of every one of its files).
        if let kind = path.utf8.withContiguousStorageIfAvailable({ asciiKind($0) }) ?? nil { return kind }
        return anyKind(of: path)
    }

    /// ``kind(of:)`` for any path, one of characters beyond ASCII among them.
    static func anyKind(of path: String) -> Kind {
        if path.hasSuffix(".gz") || path.hasSuffix(".br") { return .compressed }
        if let folder = folderKinds.first(where: { path.hasPrefix($0.prefix) }) { return folder.kind }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if feedFiles.contains(name) { return .feeds }
        if otherFiles.contains(path) || (name.hasPrefix("sitemap") && name.hasSuffix(".xml")) { return .other }
        guard name.hasSuffix(".html") else { return .assets }
        guard name == "index.html" else { return .articles }
        let folders = path.split(separator: "/").dropLast()
        guard let first = folders.first else { return .lists }
        if listFolders.contains(String(first)) { return .lists }
        // Date archives: `2019/`, `2019/03/`, `2019/03/07/`, and their `page/N/`.
        let dated = folders.prefix { $0.allSatisfy(\.isNumber) }
        let rest = folders.dropFirst(dated.count)
        return !dated.isEmpty && (rest.isEmpty || rest.first == "page") ? .lists : .articles
    }

    /// ``anyKind(of:)`` for an ASCII path, step by step the same; nil for any other path.
    private static func asciiKind(_ path: UnsafeBufferPointer<UInt8>) -> Kind? {
        guard !path.contains(where: { $0 >= 0x80 }) else { return nil }
        let slash = UInt8(ascii: "/")
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: path[range]), as: UTF8.self) }
        func ends(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return range.count >= count && memoryEquals(path, at: range.upperBound - count, suffix)
        }
        let whole = 0..<path.count
        if ends(whole, ".gz") || ends(whole, ".br") { return .compressed }
        if let folder = folderKinds.first(where: { path.starts(with: $0.prefix.utf8) }) { return folder.kind }
        // The non-empty parts between slashes, as `split(separator:)` gives them.
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...path.count where index == path.count || path[index] == slash {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        let nameRange = parts.last ?? whole
        let name = text(nameRange)
        if feedFiles.contains(name) { return .feeds }
        if nameRange == whole && otherFiles.contains(name) { return .other }  // `name` is the path
        if name.hasPrefix("sitemap") && ends(nameRange, ".xml") { return .other }
        guard ends(nameRange, ".html") else { return .assets }
        guard name == "index.html" else { return .articles }
        let folders = parts.dropLast()
        guard let first = folders.first else { return .lists }
        if listFolders.contains(text(first)) { return .lists }
        // Date archives: `2019/`, `2019/03/`, `2019/03/07/`, and their `page/N/`.
        let dated = folders.prefix { part in path[part].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        let rest = folders.dropFirst(dated.count)
        return !dated.isEmpty && (rest.isEmpty || rest.first.map(text) == "page") ? .lists : .articles
    }

    /// The folder of the file at `path`, with its trailing slash (`` at the root).
    static func folder(of path: String) -> String {
        // Up to the last slash's byte, for an ASCII path; else by characters, as ever.
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            return path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path.utf8[...$0])! } ?? ""
        }
        return path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }

    private static func memoryEquals(_ path: UnsafeBufferPointer<UInt8>, at offset: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        for index in 0..<count where path[offset + index] != text.utf8Start[index] { return false }
        return true
    }
}
