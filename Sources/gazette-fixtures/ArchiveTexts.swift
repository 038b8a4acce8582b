/// The text of every file of an archive. An article is YAML front matter, a blank line and
/// the Markdown body; each part draws from its own random stream of the article (see
/// `Streams`), so the file depends only on the run's seed and the article's index.
struct ArchiveTexts {
    let lexicon: Lexicon
    let cast: Cast
    let seed: UInt64

    /// Room for a typical file (the bodies average about 3.5 kB).
    private static let typicalSize = 6_144

    /// The bytes of article `index`, whose headline (with its unique slug) is given.
    func article(index: Int, headline: Headline) -> [UInt8] {
        var out = TextBuffer(capacity: Self.typicalSize)
        var metadata = SplitMix64(seed: seed, index: index, stream: Streams.metadata)
        let prose = Prose(lexicon: lexicon)

        out.append("---\n")
        out.appendField("title", quoted: headline.title)
        out.append("date: ")
        out.append(headline.date.iso8601)
        out.append("\n")
        out.appendField("section", quoted: cast.section(&metadata))
        out.appendField("authors", list: cast.byline(&metadata))
        out.appendField("tags", list: cast.tags(&metadata))
        out.appendField("summary", quoted: summary(prose: prose, &metadata))
        out.appendField("image_credit", quoted: cast.imageCredit(&metadata))
        out.append("---\n\n")

        var body = SplitMix64(seed: seed, index: index, stream: Streams.body)
        prose.body(into: &out, &body)
        return out.bytes
    }

    /// One plain sentence of 14 to 26 words, for the standfirst.
    private func summary(prose: Prose, _ rng: inout SplitMix64) -> String {
        var sentence = TextBuffer(capacity: 256)
        prose.sentence(words: rng.int(in: 14...26), into: &sentence, &rng)
        return String(decoding: sentence.bytes, as: UTF8.self)
    }

    /// `site.yml`: the benchmark site's settings, the desks in navigation order.
    static func siteYAML(count: Int, seed: UInt64) -> String {
        var out = TextBuffer(capacity: 1_024)
        out.appendField("title", quoted: "Gazette Bench Archive")
        out.appendField("description", quoted: "A synthetic news archive of \(count) articles (seed \(seed)) for benchmarks.")
        out.append("base_url: https://bench.example.org/\n")
        out.append("language: en\n")
        out.append("time_zone: UTC\n")
        out.append("sections:\n")
        for desk in Cast.desks {
            out.append("  - ")
            out.appendQuoted(desk.name)
            out.append("\n")
        }
        out.append("paginate: 20\n")
        out.append("feed_limit: 20\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The marker that says a folder was written by this tool, and for what.
    static func marker(count: Int, seed: UInt64) -> String {
        "gazette-fixtures\ncount \(count)\nseed \(seed)\n"
    }
}
