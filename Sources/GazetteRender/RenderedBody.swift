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
}
