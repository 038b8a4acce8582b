extension InternalReference {
    /// Every reference `body` may hold, without parsing the Markdown: the destinations of
    /// `](…)` links and `[x]: …` definitions, and the linking tags. It may find more than the
    /// renderer resolves (a link shown inside code), never less: the build uses it to know which
    /// pages must be made again when a target's URL changes.
    public static func scan(_ body: String) -> [InternalReference] {
        var found: [InternalReference] = []
        let marks = marks(in: body)
        if marks.tags {
            found += TemplateTag.find(in: body).compactMap(\.reference)
        }
        guard marks.links else { return unique(found) }
        let bytes = Array(body.utf8)
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") || bytes[index + 1] == UInt8(ascii: ":")
            else { continue }
            var start = index + 2
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start += 1 }
            var angled = false
            if start < bytes.count, bytes[start] == UInt8(ascii: "<") { angled = true; start += 1 }
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if angled ? byte == UInt8(ascii: ">") : (byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: ")")) { break }
                end += 1
            }
            guard end > start else { continue }
            if let reference = InternalReference(destination: String(decoding: bytes[start..<end], as: UTF8.self)) {
                found.append(reference)
            }
        }
        return unique(found)
    }

    /// Whether `body` holds `{%` or `{{` (tags) and `](` or `]:` (links), each found with
    /// `memchr` on its bytes: Foundation's `contains`, four times over every body, was 5% of a
    /// build's time, and a loop over every byte still 0.5%.
    private static func marks(in body: String) -> (tags: Bool, links: Bool) {
        var body = body
        return body.withUTF8 { bytes in
            (pair(in: bytes, UInt8(ascii: "{"), UInt8(ascii: "%"), UInt8(ascii: "{")),
             pair(in: bytes, UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ":")))
        }
    }

    /// Whether `first` is somewhere followed by `second` or `other`.
    private static func pair(in bytes: UnsafeBufferPointer<UInt8>, _ first: UInt8, _ second: UInt8, _ other: UInt8) -> Bool {
        var offset = 0
        while let found = ByteSearch.next(first, in: bytes, from: offset) {
            let next = found + 1
            if next < bytes.count, bytes[next] == second || bytes[next] == other { return true }
            offset = next
        }
        return false
    }

    private static func unique(_ references: [InternalReference]) -> [InternalReference] {
        var seen: Set<InternalReference> = []
        return references.filter { seen.insert(InternalReference(kind: $0.kind, target: $0.target)).inserted }
    }
}
