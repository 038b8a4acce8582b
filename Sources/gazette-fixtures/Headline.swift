/// What is decided about an article before any file is written: when it appeared, its
/// title and the slug of its file name. The writer reads all headlines first to create the
/// folders once and to make the slugs unique.
struct Headline: Sendable {
    let date: LocalDateTime
    let title: String
    /// The file name without `.md`: the title's slug, with the article's index appended when
    /// an earlier article already has it.
    var slug: String

    /// The headline of article `index` of a run; the same for the same seed and index.
    init(index: Int, seed: UInt64, lexicon: Lexicon) {
        var rng = SplitMix64(seed: seed, index: index, stream: Streams.headline)
        date = LocalDateTime.random(&rng)
        title = Self.title(lexicon: lexicon, &rng)
        slug = Self.slug(of: title)
    }

    /// The article's path below the site folder: `Content/YYYY/MM/slug.md`.
    var path: String {
        "Content/" + date.folder + "/" + slug + ".md"
    }

    /// Three to seven title-cased words; sometimes a number first, sometimes a kicker
    /// with a colon ("Harbour Works: Council Approves Ferry Plan").
    private static func title(lexicon: Lexicon, _ rng: inout SplitMix64) -> String {
        let length = rng.int(in: 3...7)
        var words: [[UInt8]] = []
        words.reserveCapacity(length)
        if rng.chance(8) {
            words.append(Array(String(rng.int(in: 2...250)).utf8))
        }
        while words.count < length {
            // Function words keep longer titles readable ("Plan for the Harbour").
            if words.count > 0, words.count < length - 1, rng.chance(20) {
                words.append(lexicon.common[rng.index(below: 12)])
            } else {
                words.append(lexicon.headlineWord(&rng))
            }
        }
        let text = Lexicon.titleCased(words)
        guard length >= 4, rng.chance(10) else { return text }
        // A kicker: the first two words, a colon, the rest.
        let spaces = text.indices.filter { text[$0] == " " }
        var withColon = text
        withColon.insert(":", at: spaces[1])
        return withColon
    }

    /// Lower-case ASCII letters and digits, runs of anything else as one hyphen.
    static func slug(of title: String) -> String {
        var bytes: [UInt8] = []
        var pendingHyphen = false
        for byte in title.utf8 {
            let lower = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte + 32 : byte
            let isWordByte = (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
            if isWordByte {
                if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return bytes.isEmpty ? "article" : String(decoding: bytes, as: UTF8.self)
    }

    /// Makes every slug unique across the archive (not only within its folder, so that any
    /// permalink pattern works): a slug seen before gets `-<index>` appended, checked again.
    /// Articles are taken in index order, so the result does not depend on `--jobs`.
    static func makeSlugsUnique(_ headlines: inout [Headline]) {
        var taken = Set<String>()
        taken.reserveCapacity(headlines.count)
        for index in headlines.indices {
            var candidate = headlines[index].slug
            while !taken.insert(candidate).inserted {
                candidate += "-\(index)"
            }
            headlines[index].slug = candidate
        }
    }
}
