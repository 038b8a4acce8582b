import GazetteContent

/// Reads one article into its terms on one thread: each field tokenized, folded and
/// stemmed, counted with the field's weight, with the positions phrases are checked
/// against. Stems get numbers local to this analyzer; ``SearchIndexer`` maps them to global ones.
final class DocumentAnalyzer: @unchecked Sendable {
    /// Weights of the fields in the term counts that ranking reads (the body counts 1).
    enum Weight {
        static let title = 5, subtitle = 3, summary = 3, tags = 3, section = 2, byline = 2, body = 1
    }

    /// One article's terms: local stem numbers, weighted counts and positions, in first-seen order.
    struct Terms {
        var stems: [Int32] = []
        var counts: [UInt32] = []
        var positions: [[UInt32]] = []
        var length = 0
    }

    private var tokenizer = SearchTokenizer()
    private let stemmer: SnowballStemmer?
    /// Surface form (folded word) to local stem number.
    private(set) var surfaces: [String: Int32] = [:]
    /// Local stem number to stem.
    private(set) var stems: [String] = []
    private var stemNumbers: [String: Int32] = [:]
    /// Per local stem, its index in the ``Terms`` being built, or -1: reset after each article.
    private var slot: [Int32] = []

    init() {
        stemmer = SnowballStemmer()
    }

    func analyze(_ document: SearchDocument, body: String?) -> Terms {
        var terms = Terms()
        var position = 0
        func add(_ text: String, weight: Int) {
            position = tokenizer.tokenize(text, from: position) { surface, at in
                let stem = localStem(surface)
                let index: Int
                if slot[Int(stem)] >= 0 {
                    index = Int(slot[Int(stem)])
                } else {
                    index = terms.stems.count
                    slot[Int(stem)] = Int32(index)
                    terms.stems.append(stem)
                    terms.counts.append(0)
                    terms.positions.append([])
                }
                terms.counts[index] += UInt32(weight)
                terms.positions[index].append(UInt32(at))
                terms.length += 1
            } + 3
        }
        add(document.title, weight: Weight.title)
        if let subtitle = document.subtitle { add(subtitle, weight: Weight.subtitle) }
        add(document.summary, weight: Weight.summary)
        for tag in document.tags { add(tag.name, weight: Weight.tags) }
        if let section = document.section { add(section.name, weight: Weight.section) }
        for author in document.authors { add(author.name, weight: Weight.byline) }
        if let body { add(MarkupText.plain(body), weight: Weight.body) }
        // Facet terms: filters by section, author and tag read their postings.
        var facets: [String] = document.section.map { ["s:" + $0.slug] } ?? []
        facets += document.authors.map { "a:" + $0.slug } + document.tags.map { "t:" + $0.slug }
        for stem in terms.stems { slot[Int(stem)] = -1 }
        for facet in Set(facets).sorted() {
            terms.stems.append(number(ofStem: facet))
            terms.counts.append(0)
            terms.positions.append([])
        }
        return terms
    }

    private func localStem(_ surface: String) -> Int32 {
        if let known = surfaces[surface] { return known }
        let stem = SearchTokenizer.isCJK(surface.unicodeScalars.first!) ? surface : (stemmer?.stem(surface) ?? surface)
        let number = number(ofStem: stem)
        surfaces[surface] = number
        return number
    }

    private func number(ofStem stem: String) -> Int32 {
        if let known = stemNumbers[stem] { return known }
        let number = Int32(stems.count)
        stems.append(stem)
        slot.append(-1)
        stemNumbers[stem] = number
        return number
    }
}
