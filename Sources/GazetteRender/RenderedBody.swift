/// An article body turned into HTML, with the figures templates show beside it.
public struct RenderedBody: Sendable, Hashable {
    /// The HTML of the body, safe to insert unescaped.
    public var html: String
    /// Words of running text (code blocks included).
    public var wordCount: Int
    /// The first paragraph as plain text, for descriptions and summaries.
    public var leadText: String

    public init(html: String, wordCount: Int, leadText: String) {
        self.html = html
        self.wordCount = wordCount
        self.leadText = leadText
    }

    /// Reading time at 230 words a minute, at least one minute.
    public var readingMinutes: Int { max(1, (wordCount + 115) / 230) }

    /// The start of a long body (past 3,000 bytes: up to the first blank line after 1,500
    /// characters), enough to find its first paragraph without parsing all of it.
    public static func head(of body: String) -> String {
        guard body.utf8.count > 3000,
              let cut = body.range(of: "\n\n", range: body.index(body.startIndex, offsetBy: min(body.count, 1500))..<body.endIndex)
        else { return body }
        return String(body[..<cut.lowerBound])
    }

    /// Shortens `text` to whole sentences within `limit` characters, else whole words plus `…`.
    public static func shorten(_ text: String, limit: Int) -> String {
        if text.count <= limit { return text }
        let head = String(text.prefix(limit))
        if let end = head.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }),
           head.distance(from: head.startIndex, to: end) > limit / 3 {
            return String(head[...end])
        }
        if let space = head.lastIndex(of: " ") { return String(head[..<space]) + "…" }
        return head + "…"
    }

    /// Counts runs of non-space bytes in a C string without building a Swift string.
    static func countWords(_ text: UnsafePointer<CChar>) -> Int {
        var count = 0
        var inWord = false
        var pointer = text
        while pointer.pointee != 0 {
            let byte = UInt8(bitPattern: pointer.pointee)
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
            pointer += 1
        }
        return count
    }
}
