import GazetteContent

/// Reads one article into its terms on one thread: each field tokenized, folded and
/// stemmed, counted with the field's weight, with the positions phrases are checked
/// against. Stems get numbers local to this analyzer; ``SearchIndexer`` maps them to global ones.
final class DocumentAnalyzer: @unchecked Sendable {
    /// Weights of the fields in the term counts that ranking reads (the body counts 1).
    enum Weight {
        static let title = 5, subtitle = 3, summary = 3, tags = 3, section = 2, byline = 2, body = 1
    }

    /// One article's terms: local stem numbers and weighted counts in first-seen order, and
    /// the positions of each, one flat list grouped by term (`starts[i]..<starts[i + 1]`).
    struct Terms {
        var stems: [Int32] = []
        var counts: [UInt32] = []
        var positions: [UInt32] = []
        var starts: [Int32] = [0]
        var length = 0
        /// The analyzer's numbers of the distinct folded words read, first-seen order.
        var surfaces: [Int32] = []

        /// The positions of term `index`.
        func positions(of index: Int) -> ArraySlice<UInt32> {
            positions[Int(starts[index])..<Int(starts[index + 1])]
        }
    }

    private var tokenizer = SearchTokenizer()
    private let stemmer: SnowballStemmer?
    /// Surface form (folded word) to its local number, first seen first.
    private var surfaces = SurfaceTable()
    /// By local surface number: the word and its local stem number.
    private(set) var surfaceWords: [String] = []
    private(set) var surfaceStems: [Int32] = []
    /// By local surface number: whether the article being read has it (reset after each).
    private var surfaceSeen: [Bool] = []
    /// Local stem number to stem.
    private(set) var stems: [String] = []
    private var stemNumbers: [String: Int32] = [:]
    /// Per local stem, its index in the ``Terms`` being built, or -1: reset after each article.
    private var slot: [Int32] = []
    /// The article being read, a token at a time: its term index and its position.
    private var tokenTerms: [Int32] = []
    private var tokenPositions: [UInt32] = []

    init() {
        stemmer = SnowballStemmer()
    }

    /// Swaps the tables an article reads and grows with `analyze`'s locals, in and out again.
    private func exchangeTables(_ surfaces: inout SurfaceTable, _ surfaceStems: inout [Int32], _ surfaceSeen: inout [Bool],
                                _ slot: inout [Int32], _ tokenTerms: inout [Int32], _ tokenPositions: inout [UInt32]) {
            swap(&surfaces, &self.surfaces)
            swap(&surfaceStems, &self.surfaceStems)
            swap(&surfaceSeen, &self.surfaceSeen)
            swap(&slot, &self.slot)
            swap(&tokenTerms, &self.tokenTerms)
            swap(&tokenPositions, &self.tokenPositions)
    }

    func analyze(_ document: SearchDocument, body: String?) -> Terms {
        var terms = Terms()
        var position = 0
        // The tables this article reads and grows, moved into locals for the duration: the
        // per-token closure then touches no stored property (each such access is checked for
        // exclusivity at run time, and that check cost as much as the work).
        var surfaces = SurfaceTable(), slot: [Int32] = [], tokenTerms: [Int32] = [], tokenPositions: [UInt32] = []
        var surfaceStems: [Int32] = [], surfaceSeen: [Bool] = []
        exchangeTables(&surfaces, &surfaceStems, &surfaceSeen, &slot, &tokenTerms, &tokenPositions)
        tokenTerms.removeAll(keepingCapacity: true)
        tokenPositions.removeAll(keepingCapacity: true)
        // The fields in a list rather than through a local function: variables a local
        // function captures are boxed, and each access to a box is checked at run time too.
        var fields = [(document.title, Weight.title)]
        if let subtitle = document.subtitle { fields.append((subtitle, Weight.subtitle)) }
        fields.append((document.summary, Weight.summary))
        fields += document.tags.map { ($0.name, Weight.tags) }
        if let section = document.section { fields.append((section.name, Weight.section)) }
        fields += document.authors.map { ($0.name, Weight.byline) }
        if let body { fields.append((MarkupText.plain(body), Weight.body)) }
        for (text, weight) in fields {
            position = tokenizer.tokenizeBytes(text, from: position) { surface, at in
                let word = surfaces.find(surface) ?? newSurface(surface, in: &surfaces, stems: &surfaceStems, seen: &surfaceSeen, slots: &slot)
                if !surfaceSeen[Int(word)] {
                    surfaceSeen[Int(word)] = true
                    terms.surfaces.append(word)
                }
                let stem = surfaceStems[Int(word)]
                var index = slot[Int(stem)]
                if index < 0 {
                    index = Int32(terms.stems.count)
                    slot[Int(stem)] = index
                    terms.stems.append(stem)
                    terms.counts.append(0)
                }
                terms.counts[Int(index)] += UInt32(weight)
                tokenTerms.append(index)
                tokenPositions.append(UInt32(at))
            } + 3
        }
        terms.length = tokenTerms.count
        for stem in terms.stems { slot[Int(stem)] = -1 }
        for word in terms.surfaces { surfaceSeen[Int(word)] = false }
        Self.group(tokenTerms, tokenPositions, into: &terms)
        exchangeTables(&surfaces, &surfaceStems, &surfaceSeen, &slot, &tokenTerms, &tokenPositions)
        // Facet terms: filters by section, author and tag read their postings.
        var facets: [String] = document.section.map { ["s:" + $0.slug] } ?? []
        facets += document.authors.map { "a:" + $0.slug } + document.tags.map { "t:" + $0.slug }
        for facet in Set(facets).sorted() {
            terms.stems.append(number(ofStem: facet, slots: &self.slot))
            terms.counts.append(0)
            terms.starts.append(terms.starts[terms.starts.count - 1])
        }
        return terms
    }

    /// The tokens' positions grouped by term, each group in the order read (a counting sort).
    private static func group(_ tokenTerms: [Int32], _ tokenPositions: [UInt32], into terms: inout Terms) {
        var starts = [Int32](repeating: 0, count: terms.stems.count + 1)
        for term in tokenTerms { starts[Int(term) + 1] += 1 }
        for index in 0..<terms.stems.count { starts[index + 1] += starts[index] }
        var next = starts
        var positions = [UInt32](repeating: 0, count: tokenTerms.count)
        for (term, position) in zip(tokenTerms, tokenPositions) {
            positions[Int(next[Int(term)])] = position
            next[Int(term)] += 1
        }
        terms.positions = positions
        terms.starts = starts
    }

    /// The local number of a word not met before, added to `surfaces` with its stem (and a
    /// new stem's slot to `slots`).
    private func newSurface(_ surface: UnsafeBufferPointer<UInt8>, in surfaces: inout SurfaceTable, stems: inout [Int32],
                            seen: inout [Bool], slots: inout [Int32]) -> Int32 {
        let word = String(decoding: surface, as: UTF8.self)
        let stem = SearchTokenizer.isCJK(word.unicodeScalars.first!) ? word : (stemmer?.stem(word) ?? word)
        let number = Int32(stems.count)
        stems.append(self.number(ofStem: stem, slots: &slots))
        seen.append(false)
        surfaceWords.append(word)
        surfaces.insert(surface, value: number)
        return number
    }

    private func number(ofStem stem: String, slots: inout [Int32]) -> Int32 {
        if let known = stemNumbers[stem] { return known }
        let number = Int32(stems.count)
        stems.append(stem)
        slots.append(-1)
        stemNumbers[stem] = number
        return number
    }
}
