/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64) with the few
/// draws the fixtures need. Only integer arithmetic, so a seed gives the same stream on
/// every platform; nothing here touches Foundation's or the system's randomness.
struct SplitMix64 {
    private var state: UInt64

    init(state: UInt64) {
        self.state = state
    }

    /// A generator for one article and purpose: `seed` is the run's seed, `index` the
    /// article's number, `stream` tells apart the independent streams of one article.
    /// The generator depends on nothing else, so the order articles are written in does not
    /// change their text.
    init(seed: UInt64, index: Int, stream: UInt64) {
        var hash = Self.mix(seed ^ 0x6A09_E667_F3BC_C908)
        hash = Self.mix(hash ^ UInt64(truncatingIfNeeded: index))
        hash = Self.mix(hash ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        self.state = hash
    }

    /// The SplitMix64 finaliser: a bijective scramble of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` by Lemire's multiply-shift; the bias (below 2^-40 for the
    /// bounds used here) does not matter for fixtures, and no rejection loop keeps it simple.
    mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "empty range")
        return next().multipliedFullWidth(by: bound).high
    }

    /// A number in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(below(UInt64(range.upperBound - range.lowerBound + 1)))
    }

    /// An index into a collection of `count` elements.
    mutating func index(below count: Int) -> Int {
        Int(below(UInt64(count)))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < UInt64(percent)
    }

    /// One element of a non-empty array, uniformly.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[index(below: elements.count)]
    }

    /// Shuffles in place (Fisher-Yates, from the end).
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for last in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(last, index(below: last + 1))
        }
    }
}

/// The independent random streams of a run. Each stream of each article has its own
/// generator (see `SplitMix64.init(seed:index:stream:)`), so adding a draw to one part
/// of an article leaves the other parts, and every other article, as they were.
enum Streams {
    /// An article's date and headline (drawn first, to make the folders and unique slugs).
    static let headline: UInt64 = 1
    /// An article's section, bylines, tags, credit and summary.
    static let metadata: UInt64 = 2
    /// An article's body.
    static let body: UInt64 = 3
    /// The coined-word pool of the whole run.
    static let lexicon: UInt64 = 10
    /// The authors, photographers and tags of the whole run.
    static let cast: UInt64 = 11
}
