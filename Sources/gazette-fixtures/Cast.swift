/// Who and what articles are about, fixed for a run by its seed: the sections with their
/// weights, about 300 authors, photographers for credits and about 2,000 tags, each list
/// in rank order for its Zipf-like weights.
struct Cast: Sendable {
    /// A desk of the paper and how many articles in a hundred it files, roughly.
    struct Desk: Sendable {
        let name: String
        let weight: UInt64
    }

    /// The sections, in the order the navigation shows them.
    static let desks: [Desk] = [
        Desk(name: "News", weight: 22), Desk(name: "Politics", weight: 12),
        Desk(name: "Business", weight: 11), Desk(name: "World", weight: 10),
        Desk(name: "Sport", weight: 13), Desk(name: "Culture", weight: 8),
        Desk(name: "Opinion", weight: 7), Desk(name: "Science", weight: 5),
        Desk(name: "Technology", weight: 5), Desk(name: "Health", weight: 3),
        Desk(name: "Environment", weight: 3), Desk(name: "Local Life", weight: 1),
    ]

    static let authorCount = 300
    static let photographerCount = 80
    static let tagCount = 2_000
    static let agencies = ["Staff", "Pool", "Handout", "Archive", "Wire", "Courtesy of the family"]

    let authors: [String]
    let photographers: [String]
    let tags: [String]
    let deskTable = WeightedTable(weights: Cast.desks.map(\.weight))
    /// Authors by rank, plain Zipf: a few staff writers file most of the copy.
    let authorTable = WeightedTable.zipf(count: Cast.authorCount, shift: 1)
    /// Tags by rank, 1/(rank+2): a long tail of tags used once or twice.
    let tagTable = WeightedTable.zipf(count: Cast.tagCount, shift: 2)

    init(seed: UInt64, lexicon: Lexicon) {
        var rng = SplitMix64(seed: seed, index: 0, stream: Streams.cast)
        // Every first-and-last-name pair, shuffled: the first ones are the authors,
        // the next ones the photographers, so nobody is both.
        var people: [String] = []
        for first in Self.firstNames {
            for last in Self.lastNames { people.append(first + " " + last) }
        }
        rng.shuffle(&people)
        authors = Array(people[0..<Self.authorCount])
        photographers = Array(people[Self.authorCount..<(Self.authorCount + Self.photographerCount)])
        tags = Self.makeTags(lexicon: lexicon, &rng)
    }

    /// Tags: single content words, single coined words and two-word phrases, all different.
    private static func makeTags(lexicon: Lexicon, _ rng: inout SplitMix64) -> [String] {
        var seen = Set<String>()
        var tags: [String] = []
        tags.reserveCapacity(tagCount)
        while tags.count < tagCount {
            let words: [[UInt8]]
            switch rng.below(100) {
            case 0..<35: words = [lexicon.contentWord(&rng)]
            case 35..<70: words = [lexicon.coinedWord(&rng)]
            default: words = [lexicon.headlineWord(&rng), lexicon.headlineWord(&rng)]
            }
            let tag = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            if seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    /// A section name, by the desks' weights.
    func section(_ rng: inout SplitMix64) -> String {
        Self.desks[deskTable.draw(&rng)].name
    }

    /// One author (three articles in four) or two different ones.
    func byline(_ rng: inout SplitMix64) -> [String] {
        let count = rng.chance(75) ? 1 : 2
        return authorTable.drawDistinct(count, &rng).map { authors[$0] }
    }

    /// Two to six different tags.
    func tags(_ rng: inout SplitMix64) -> [String] {
        tagTable.drawDistinct(rng.int(in: 2...6), &rng).map { tags[$0] }
    }

    /// A picture credit such as "Photo: Ana Silva/Pool".
    func imageCredit(_ rng: inout SplitMix64) -> String {
        "Photo: " + rng.pick(photographers) + "/" + rng.pick(Self.agencies)
    }
}

// Given names and family names from many languages, written for this tool. Some carry
// non-ASCII letters or an apostrophe, as real bylines do. 72 by 72 names give 5,184 people,
// far more than the authors and photographers need.
extension Cast {
    static let firstNames = [
        "Ada", "Amara", "Anders", "Aoife", "Beatriz", "Ben", "Björn", "Camille", "Carmen",
        "Chen", "Chloé", "Daniel", "Dev", "Dmitri", "Elena", "Emeka", "Esther", "Fatima",
        "Femi", "Felix", "Gabriel", "Grace", "Hannah", "Hiroshi", "Hugo", "Ibrahim", "Inès",
        "Ivana", "Jakub", "James", "Jin", "Jonas", "Kavya", "Kofi", "Lars", "Leila",
        "Lena", "Lucas", "Marta", "Maya", "Mehmet", "Mei", "Miguel", "Nadia", "Nikhil",
        "Noah", "Olga", "Omar", "Oscar", "Paulo", "Priya", "Quentin", "Rafael", "Rosa",
        "Ruth", "Sam", "Sana", "Sofia", "Søren", "Sven", "Tariq", "Thomas", "Tomás",
        "Uma", "Ulla", "Victor", "Wanjiru", "Wei", "Xavier", "Yara", "Yusuf", "Zaid",
    ]

    static let lastNames = [
        "Adeyemi", "Ahmed", "Andersen", "Baker", "Banerjee", "Boateng", "Carvalho", "Castro",
        "Chen", "Costa", "Demir", "Dubois", "Ekström", "Eriksson", "Fernández", "Fischer",
        "Fitzgerald", "Gallagher", "Garcia", "Haddad", "Hughes", "Ito", "Jensen", "Kaur",
        "Kelly", "Kim", "Kowalski", "Larsen", "Li", "Lopez", "Martin", "Mensah", "Moreau",
        "Müller", "Murphy", "Nakamura", "Nguyen", "Novak", "O'Brien", "Okafor", "Olsen",
        "Patel", "Petrov", "Pham", "Quinn", "Rahman", "Reyes", "Rossi", "Santos", "Schmidt",
        "Silva", "Singh", "Sørensen", "Suzuki", "Tanaka", "Taylor", "Thompson", "Varga",
        "Vogel", "Walsh", "Wang", "Weber", "Williams", "Yamamoto", "Yılmaz", "Zhang",
        "Ziegler", "Achebe", "Bianchi", "Dlamini", "Horvat", "Lindqvist",
    ]
}
