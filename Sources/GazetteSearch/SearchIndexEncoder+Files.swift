import Foundation
import GazetteContent

extension SearchIndexEncoder {
    /// The dictionary: every folded word of the archive with its stem and how many articles
    /// hold the stem, sorted as JavaScript compares strings (UTF-16 code units) and cut into
    /// ranges; the root lists the first word of each. Line: `word TAB stem TAB count TAB
    /// offset TAB length`, the stem left empty when it is the word itself, and the last two
    /// where the stem's entry lies in its shard's `XXX.bin` (`entries`, by stem number).
    func encodeDictionary(entries: [(at: Int, length: Int)]) -> (files: [SearchFile], firsts: [String], hashes: [String]) {
        var number: [String: Int] = [:]
        for (index, stem) in stems.enumerated() { number[stem] = index }
        let words = vocabulary.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var files: [SearchFile] = [], firsts: [String] = [], hashes: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            files.append(SearchFile(path: "search/w/\(files.count).txt", bytes: current))
            hashes.append(Self.hashText([current]))
            current = []
        }
        for word in words {
            if current.count >= Self.dictionaryTarget { flush() }
            if current.isEmpty { firsts.append(word) }
            let stem = vocabulary[word]!
            let index = number[stem]
            let entry = index.map { entries[$0] } ?? (at: 0, length: 0), count = index.map { postings[$0].count } ?? 0
            current += Array(word.utf8)
            current.append(9)
            if stem != word { current += Array(stem.utf8) }
            current += Array("\t\(count)\t\(entry.at)\t\(entry.length)\n".utf8)
        }
        flush()
        return (files, firsts, hashes)
    }

    /// Digits of each offset in a document chunk's header.
    static let offsetWidth = 8

    /// The documents, ``chunk`` to a file by number (oldest first, so a new article changes
    /// only the last chunk). The file starts with a header: the byte offset in the file of
    /// each line and of the file's end, ``offsetWidth`` decimal digits each, so that a query
    /// reads two offsets and then just the lines it shows. Line: `url TAB title TAB
    /// yyyy-mm-dd TAB section code TAB authors TAB tags TAB excerpt`, authors and tags joined
    /// by `|`, each `name`, or `name US slug` (US: U+001F) when its slug is not
    /// ``plainSlug(_:)`` of the folded name. The excerpt is the summary, cut to about
    /// ``excerptLength`` characters.
    func encodeDocuments(codes: [Int]) -> [SearchFile] {
        var folding = SearchFolding()
        func named(_ name: String, _ slug: String) -> String {
            let name = Self.clean(name, list: true)
            return Self.plainSlug(folding.fold(name)) == slug ? name : name + "\u{1F}" + slug
        }
        var files: [SearchFile] = []
        var start = 0
        while start < documents.count {
            var lines: [[UInt8]] = []
            for index in start..<min(documents.count, start + Self.chunk) {
                let document = documents[index]
                let fields = [
                    Self.clean(document.url), Self.clean(document.title), document.date.isoDay, String(codes[index]),
                    document.authors.map { named($0.name, $0.slug) }.joined(separator: "|"),
                    document.tags.map { named($0.name, $0.slug) }.joined(separator: "|"),
                    Self.excerpt(Self.clean(document.summary)),
                ]
                lines.append(Array((fields.joined(separator: "\t") + "\n").utf8))
            }
            var offset = (lines.count + 1) * Self.offsetWidth
            var bytes: [UInt8] = []
            for line in lines + [[]] {
                bytes += Array(Self.padded(String(offset), width: Self.offsetWidth).utf8)
                offset += line.count
            }
            for line in lines { bytes += line }
            files.append(SearchFile(path: "search/d/\(start / Self.chunk).txt", bytes: bytes))
            start += Self.chunk
        }
        return files
    }

    /// The root file: everything a first query needs besides one dictionary range and one
    /// shard of postings. JSON with sorted keys, so the same index gives the same bytes.
    /// `docHash`, of every document chunk together, versions their URLs: a cached range of a
    /// chunk must never be read with offsets of another version of it.
    func root(sections: [Section], shards: Int, dictionary: [String], dictionaryHashes: [String], postingHashes: [String],
              documentHash: String) -> [UInt8] {
        struct Root: Encodable {
            var version: Int, docs: Int, chunk: Int, block: Int, k1: Double, shards: Int
            var sections: [[String]], years: [[Int]], dict: [String], dictHash: [String], postHash: [String], docHash: String
        }
        var years: [[Int]] = []
        for (index, document) in documents.enumerated() where years.last?[0] != document.date.year {
            years.append([document.date.year, index])
        }
        let root = Root(version: Self.version, docs: documents.count, chunk: Self.chunk, block: Self.block, k1: Self.k1,
                        shards: shards, sections: sections.map { [$0.name, $0.slug] }, years: years, dict: dictionary,
                        dictHash: dictionaryHashes, postHash: postingHashes, docHash: documentHash)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(root)) ?? Data()) + [10]
    }

    static let excerptLength = 160

    /// `text` up to the last space before ``excerptLength`` characters, with an ellipsis.
    static func excerpt(_ text: String) -> String {
        // Fewer bytes than that are fewer characters; otherwise count only as far as needed.
        guard text.utf8.count > excerptLength,
              text.index(text.startIndex, offsetBy: excerptLength + 1, limitedBy: text.endIndex) != nil
        else { return text }
        let cut = text.prefix(excerptLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// The slug `search.js` assumes for a folded name: runs of anything but `a-z` and `0-9`
    /// as one `-`, none at either end.
    static func plainSlug(_ folded: String) -> String {
        var slug = "", pending = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pending && !slug.isEmpty { slug += "-" }
                pending = false
                slug.unicodeScalars.append(scalar)
            } else {
                pending = true
            }
        }
        return slug
    }

    /// Text for one field of a tab-separated line.
    static func clean(_ text: String, list: Bool = false) -> String {
        // Most fields hold none of these: returned as they are, without walking their characters.
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0x1F || (list && $0 == UInt8(ascii: "|")) })
        else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{1F}" || (list && $0 == "|") ? " " : $0 })
    }
}
