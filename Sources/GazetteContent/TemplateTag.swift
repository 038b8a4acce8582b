/// A Liquid (`{% … %}`) or Hugo shortcode (`{{< … >}}`, `{{% … %}}`) tag in an article body.
/// Those that link to another page (`post_url`, `link`, `ref`, `relref`) carry the reference;
/// the build replaces them by the target's URL. Others stay as they are (`gazette check` lists
/// them). Text between `{% raw %}` and `{% endraw %}`, and Hugo's commented form `{{</* … */>}}`,
/// is skipped, as the original tools do.
public struct TemplateTag: Sendable, Hashable {
    /// Byte offsets of the whole tag in the text's UTF-8.
    public var start: Int
    public var end: Int
    /// 1-based line and column (in bytes) in the text.
    public var position: SourcePosition
    /// The tag as written.
    public var text: String
    /// The page it links to, for `post_url`, `link`, `ref` and `relref`.
    public var reference: InternalReference?

    /// Every tag of `text`, in order. Cheap when the text holds no `{%` or `{{`.
    public static func find(in text: String) -> [TemplateTag] {
        let bytes = Array(text.utf8)
        guard bytes.count > 3 else { return [] }
        var tags: [TemplateTag] = []
        var line = 1
        var lineStart = 0
        var index = 0
        var inRaw = false
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "{"), let close = closing(bytes, at: index) else {
                index += 1
                continue
            }
            guard let end = find(close, in: bytes, from: index + 2) else { break }
            let inner = String(decoding: bytes[(index + close.count)..<(end - close.count)], as: UTF8.self)
            let whole = String(decoding: bytes[index..<end], as: UTF8.self)
            let words = Self.words(inner)
            if close == Array("%}".utf8) && words.first == "endraw" {
                inRaw = false
            } else if !inRaw && close == Array("%}".utf8) && words.first == "raw" {
                inRaw = true
            } else if !inRaw && !inner.hasPrefix("/*") {
                tags.append(TemplateTag(
                    start: index, end: end, position: SourcePosition(line: line, column: index - lineStart + 1),
                    text: whole, reference: reference(words, liquid: close == Array("%}".utf8))))
            }
            for position in index..<end where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            index = end
        }
        return tags
    }

    /// `text` with every tag that has a reference replaced by what `replacement` gives for it
    /// (tags it gives nil for stay as written).
    public static func replacing(in text: String, _ tags: [TemplateTag], with replacement: (TemplateTag) -> String?) -> String {
        guard !tags.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for tag in tags {
            guard tag.reference != nil, let new = replacement(tag) else { continue }
            result += bytes[copied..<tag.start]
            result += Array(new.utf8)
            copied = tag.end
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    // The closing marker for an opening at `index`: `%}` for `{%`, `>}}` for `{{<`, `%}}` for `{{%`.
    private static func closing(_ bytes: [UInt8], at index: Int) -> [UInt8]? {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "%") { return Array("%}".utf8) }
        guard next == UInt8(ascii: "{"), index + 2 < bytes.count else { return nil }
        if bytes[index + 2] == UInt8(ascii: "<") { return Array(">}}".utf8) }
        if bytes[index + 2] == UInt8(ascii: "%") { return Array("%}}".utf8) }
        return nil
    }

    // The offset just past the first `marker` at or after `from`.
    private static func find(_ marker: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0] && Array(bytes[index..<(index + marker.count)]) == marker { return index + marker.count }
            index += 1
        }
        return nil
    }

    // The tag's words: its name, then its arguments without quotes; `<`, `%` and `-` trims dropped.
    private static func words(_ inner: String) -> [String] {
        var text = Substring(inner)
        while let first = text.first, first == "<" || first == "%" || first == "-" { text.removeFirst() }
        while let last = text.last, last == "-" || last == "%" || last == "<" { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).map { word in
            var word = Substring(word)
            if word.hasPrefix("path=") { word = word.dropFirst(5) }
            return String(word.trimmingCharacters(in: ["\"", "'", "`"]))
        }
    }

    private static func reference(_ words: [String], liquid: Bool) -> InternalReference? {
        guard words.count >= 2 else { return nil }
        let argument = words[1]
        switch (liquid, words[0]) {
        case (true, "post_url"): return InternalReference(kind: .postName, target: argument)
        case (true, "link"): return InternalReference(kind: .sourcePath, target: argument)
        case (false, "ref"), (false, "relref"):
            var target = Substring(argument)
            var fragment: String?
            if let hash = target.firstIndex(of: "#") {
                fragment = String(target[target.index(after: hash)...])
                target = target[..<hash]
            }
            return InternalReference(kind: .pageReference, target: String(target), fragment: fragment)
        default: return nil
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}
