// Searching UTF-8 text by bytes. On Linux, Foundation's `String.range(of:)`, `contains(_:)`
// and `trimmingCharacters(in:)` go through `NSString` and UTF-16 on every call, which an
// import of gigabytes of bodies cannot afford; these work on the bytes and give the same
// answers for the ASCII needles the importer looks for.
enum UTF8Search {
    // The offset of the first `needle` in `haystack[start..<end]`, or nil.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    // The range of the first `needle`, compared byte by byte.
    func utf8Range(of needle: String) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        let offset = utf8.withContiguousStorageIfAvailable { UTF8Search.find(bytes, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { UTF8Search.find(bytes, in: $0) }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: bytes.count)
    }

    func utf8Contains(_ needle: String) -> Bool {
        utf8Range(of: needle) != nil
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    // The text without leading and trailing spaces, tabs and line breaks (ASCII only).
    var trimmingASCIISpace: SubSequence {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
