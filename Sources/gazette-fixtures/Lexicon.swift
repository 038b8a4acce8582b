/// The words generated text is drawn from, each with a Zipf weight: the common English
/// words of `CommonWords` and a pool of coined words made from the run's seed. Words are
/// kept as UTF-8 bytes, ready to append to an article's buffer.
struct Lexicon: Sendable {
    /// Common words, most frequent first.
    let common: [[UInt8]]
    /// Coined words; their order is their rank.
    let coined: [[UInt8]]
    private let commonTable: WeightedTable
    private let contentTable: WeightedTable
    private let coinedTable: WeightedTable
    private let contentStart: Int

    /// Coined words in the pool.
    static let coinedCount = 4_000

    init(seed: UInt64) {
        var rng = SplitMix64(seed: seed, index: 0, stream: Streams.lexicon)
        common = CommonWords.all.map { Array($0.utf8) }
        coined = Self.coinedPool(count: Self.coinedCount, &rng).map { Array($0.utf8) }
        contentStart = CommonWords.contentStart
        // Shift 3 gives "the" about 5% of running text, as in English news copy.
        commonTable = .zipf(count: common.count, shift: 3)
        // Flatter, so a headline seldom says "Government" twice.
        contentTable = .zipf(count: common.count - contentStart, shift: 8)
        // A flat head: no made-up name dominates an article.
        coinedTable = .zipf(count: coined.count, shift: 10)
    }

    /// A word of running text: mostly common English, about one in seven coined.
    func bodyWord(_ rng: inout SplitMix64) -> [UInt8] {
        if rng.chance(85) {
            return common[commonTable.draw(&rng)]
        }
        return coined[coinedTable.draw(&rng)]
    }

    /// A word of a headline, a heading or a tag: a content word or a coined one.
    func headlineWord(_ rng: inout SplitMix64) -> [UInt8] {
        if rng.chance(65) {
            return contentWord(&rng)
        }
        return coinedWord(&rng)
    }

    /// A common word past the function words ("council", "opened", "coastal").
    func contentWord(_ rng: inout SplitMix64) -> [UInt8] {
        common[contentStart + contentTable.draw(&rng)]
    }

    /// A coined word, by its Zipf weight.
    func coinedWord(_ rng: inout SplitMix64) -> [UInt8] {
        coined[coinedTable.draw(&rng)]
    }

    /// Words with the first letter upper-cased and single spaces between.
    static func titleCased(_ words: [[UInt8]]) -> String {
        var bytes: [UInt8] = []
        for (position, word) in words.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: " ")) }
            bytes.append(contentsOf: capitalized(word))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The word with an ASCII lower-case first letter made upper-case.
    static func capitalized(_ word: [UInt8]) -> [UInt8] {
        guard let first = word.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return word }
        var result = word
        result[0] = first - 32
        return result
    }
}

// Made-up words built from English-like syllables, for the long tail of the vocabulary:
// place names, surnames and jargon a real archive is full of. Lower-case ASCII, so they
// slug to themselves.
extension Lexicon {
    private static let onsets = [
        "b", "bl", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k",
        "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sh", "sk", "sl", "sp", "st", "t", "th",
        "tr", "v", "w", "wh", "y", "z", "",
    ]
    private static let vowels = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ou", "y"]
    private static let codas = [
        "", "", "", "n", "r", "s", "l", "m", "t", "nd", "nt", "st", "rk", "ck", "x", "th", "ng",
        "ll", "rn", "sh",
    ]

    /// One new word of two syllables, or three now and then. Syllables after the first
    /// never start without a consonant, which keeps runs of vowels short.
    static func coin(_ rng: inout SplitMix64) -> String {
        let syllables = rng.chance(75) ? 2 : 3
        var word = ""
        for position in 0..<syllables {
            var onset = rng.pick(onsets)
            if position > 0 && onset.isEmpty { onset = "r" }
            word += onset
            word += rng.pick(vowels)
            // A coda on the last syllable, seldom on the others.
            if position == syllables - 1 || rng.chance(15) {
                word += rng.pick(codas)
            }
        }
        return word
    }

    /// `count` different coined words, none of them a common English word of the list.
    static func coinedPool(count: Int, _ rng: inout SplitMix64) -> [String] {
        var seen = Set(CommonWords.all)
        var words: [String] = []
        words.reserveCapacity(count)
        while words.count < count {
            let word = coin(&rng)
            if word.count >= 4, seen.insert(word).inserted { words.append(word) }
        }
        return words
    }
}
