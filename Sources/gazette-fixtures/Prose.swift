/// Generated pseudo-English: sentences, paragraphs and an article body with the Markdown a
/// newsroom uses (emphasis, a link, a subheading, a bullet list, a blockquote). Every word
/// of the body is counted, so a body has exactly the number of words drawn for it
/// (subheadings aside).
struct Prose {
    /// A run of words inside one sentence that carries inline markup.
    enum Span {
        case emphasis
        case strong
        case link(String)
    }

    /// What one block of the body is.
    private enum Block {
        case paragraph
        case quote
        case list
    }

    let lexicon: Lexicon

    private static let linkHosts = ["https://www.example.com/", "https://example.org/", "https://news.example.net/"]

    /// A body of 350 to 700 words in 8 to 20 blocks, each block separated by a blank line.
    func body(into out: inout TextBuffer, _ rng: inout SplitMix64) {
        var remaining = rng.int(in: 350...700)
        let blockCount = rng.int(in: 8...20)
        var blocks = [Block](repeating: .paragraph, count: blockCount)
        // Quotes and lists sit inside the text, never first or last.
        if rng.chance(30) { blocks[rng.int(in: 1...(blockCount - 2))] = .quote }
        if rng.chance(20) { blocks[rng.int(in: 2...(blockCount - 2))] = .list }
        var headingsBefore = Set<Int>()
        if rng.chance(35) {
            for _ in 0..<rng.int(in: 1...2) { headingsBefore.insert(rng.int(in: 2...(blockCount - 1))) }
        }
        // Emphasis and the link go into two different plain paragraphs, first sentence.
        var plain = blocks.indices.filter { blocks[$0] == .paragraph }
        rng.shuffle(&plain)
        let emphasisAt = rng.chance(50) ? plain[0] : -1
        let linkAt = rng.chance(40) ? plain[1] : -1

        for (position, block) in blocks.enumerated() {
            let blocksLeft = blockCount - position
            var words = remaining
            if blocksLeft > 1 {
                let share = remaining / blocksLeft
                words = share + rng.int(in: -(share / 3)...(share / 3))
                if block != .paragraph { words = min(words, rng.int(in: 12...36)) }
                words = max(4, min(words, remaining - 6 * (blocksLeft - 1)))
            }
            remaining -= words
            if position > 0 { out.append("\n\n") }
            if headingsBefore.contains(position) {
                out.append("## ")
                out.append(Lexicon.titleCased((0..<rng.int(in: 2...5)).map { _ in lexicon.headlineWord(&rng) }))
                out.append("\n\n")
            }
            switch block {
            case .paragraph:
                var span: Span?
                if position == emphasisAt { span = rng.chance(70) ? .emphasis : .strong }
                if position == linkAt { span = .link(linkURL(&rng)) }
                paragraph(words: words, span: span, into: &out, &rng)
            case .quote:
                out.append("> ")
                paragraph(words: words, span: nil, into: &out, &rng)
            case .list:
                list(words: words, into: &out, &rng)
            }
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// Sentences of 6 to 22 words making up `words` words; the span, if any, goes into the
    /// first sentence.
    func paragraph(words: Int, span: Span?, into out: inout TextBuffer, _ rng: inout SplitMix64) {
        var remaining = words
        var sentence = 0
        while remaining > 0 {
            var length = min(rng.int(in: 6...22), remaining)
            if remaining - length < 6 { length = remaining }
            if sentence > 0 { out.append(byte: UInt8(ascii: " ")) }
            self.sentence(words: length, span: sentence == 0 ? span : nil, into: &out, &rng)
            remaining -= length
            sentence += 1
        }
    }

    /// One sentence: capitalised, a comma now and then, ending in a full stop (now and then
    /// a question mark). A span covers one to three words after the first.
    func sentence(words: Int, span: Span? = nil, into out: inout TextBuffer, _ rng: inout SplitMix64) {
        var spanStart = -1
        var spanEnd = -1
        if span != nil, words >= 3 {
            let length = min(rng.int(in: 1...3), words - 2)
            spanStart = rng.int(in: 1...(words - 1 - length))
            spanEnd = spanStart + length - 1
        }
        for position in 0..<words {
            if position > 0 { out.append(byte: UInt8(ascii: " ")) }
            if position == spanStart, let span { out.append(Self.opening(span)) }
            if rng.chance(3) {
                out.append(number(&rng))
            } else if position == 0 {
                out.appendCapitalized(lexicon.bodyWord(&rng))
            } else {
                out.append(lexicon.bodyWord(&rng))
            }
            if position == spanEnd, let span { out.append(Self.closing(span)) }
            if position > 0, position < words - 2, rng.chance(6) { out.append(byte: UInt8(ascii: ",")) }
        }
        out.append(byte: rng.chance(4) ? UInt8(ascii: "?") : UInt8(ascii: "."))
    }

    /// Three to six bullet items, two words or more each, no final punctuation.
    private func list(words: Int, into out: inout TextBuffer, _ rng: inout SplitMix64) {
        let items = max(1, min(rng.int(in: 3...6), words / 2))
        var remaining = words
        for item in 0..<items {
            let length = item == items - 1 ? remaining : max(2, min(remaining - 2 * (items - 1 - item), remaining / (items - item)))
            remaining -= length
            if item > 0 { out.append(byte: UInt8(ascii: "\n")) }
            out.append("- ")
            for position in 0..<length {
                if position == 0 {
                    out.appendCapitalized(lexicon.bodyWord(&rng))
                } else {
                    out.append(byte: UInt8(ascii: " "))
                    out.append(lexicon.bodyWord(&rng))
                }
            }
        }
    }

    /// A figure as news copy writes it: a small number, a year, or thousands with a comma.
    private func number(_ rng: inout SplitMix64) -> String {
        switch rng.below(20) {
        case 0..<12: String(rng.int(in: 2...99))
        case 12..<17: String(rng.int(in: 1950...2025))
        default: "\(rng.int(in: 1...99)),\(rng.int(in: 100...999))"
        }
    }

    /// An address on a reserved example domain.
    private func linkURL(_ rng: inout SplitMix64) -> String {
        let path = String(decoding: lexicon.coinedWord(&rng), as: UTF8.self)
            + "-" + String(decoding: lexicon.contentWord(&rng), as: UTF8.self)
        return rng.pick(Self.linkHosts) + "\(rng.int(in: 2001...2025))/" + path + ".html"
    }

    private static func opening(_ span: Span) -> String {
        switch span {
        case .emphasis: "*"
        case .strong: "**"
        case .link: "["
        }
    }

    private static func closing(_ span: Span) -> String {
        switch span {
        case .emphasis: "*"
        case .strong: "**"
        case .link(let url): "](" + url + ")"
        }
    }
}
