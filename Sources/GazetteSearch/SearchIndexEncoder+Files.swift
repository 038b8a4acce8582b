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
        return Self.cutDictionary(words.map { word in
            let stem = vocabulary[word]!
            let index = number[stem]
            let entry = index.map { entries[$0] } ?? (at: 0, length: 0), count = index.map { postings[$0].count } ?? 0
            return DictionaryLine(word: word, stem: stem, count: count, at: entry.at, length: entry.length)
        })
    }

    /// One line of the dictionary, parsed.
    struct DictionaryLine: Equatable {
        var word: String
        var stem: String
        var count: Int
        var at: Int
        var length: Int

        var bytes: [UInt8] {
            var line = Array(word.utf8)
            line.append(9)
            if stem != word { line += Array(stem.utf8) }
            line += Array("\t\(count)\t\(at)\t\(length)\n".utf8)
            return line
        }
    }

    /// The dictionary's files from its lines in order: a range ends once it holds
    /// ``dictionaryTarget`` bytes. Also the first word and the hash of each range.
    static func cutDictionary(_ lines: [DictionaryLine]) -> (files: [SearchFile], firsts: [String], hashes: [String]) {
        var files: [SearchFile] = [], firsts: [String] = [], hashes: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            files.append(SearchFile(path: "search/w/\(files.count).txt", bytes: current))
            hashes.append(Self.hashText([current]))
            current = []
        }
        for line in lines {
            if current.count >= Self.dictionaryTarget { flush() }
            if current.isEmpty { firsts.append(line.word) }
            current += line.bytes
        }
        flush()
        return (files, firsts, hashes)
    }

    /// The documents, ``chunk`` to a file by number (oldest first, so a new article changes
    /// only the last chunk), a line each, with no table of offsets: line `k` of a chunk whose
    /// stride (``stride(lengths:)``, listed in the root) is `s` starts at byte `k * s` or less
    /// than `s` bytes later, shorter lines padded with spaces before their line end, so a
    /// query reads bytes `k * s - 1 ..< (k + 2) * s - 1`, one request, and finds the line after
    /// the first line end. Line: `url TAB title TAB yyyy-mm-dd TAB section code TAB authors
    /// TAB tags TAB excerpt`, authors and tags joined by `|`, each `name`, or `name US slug`
    /// (US: U+001F) when its slug is not ``plainSlug(_:)`` of the folded name. The excerpt is
    /// the summary, cut to about ``excerptLength`` characters.
    func encodeDocuments(codes: [Int]) -> (files: [SearchFile], strides: [Int]) {
        // The chunks are independent of each other: made on all cores, kept in order.
        let made = Parallel.map((documents.count + Self.chunk - 1) / Self.chunk) { number in
            var folding = SearchFolding()
            let start = number * Self.chunk
            let lines = (start..<min(documents.count, start + Self.chunk)).map { index in
                Self.documentLine(documents[index], code: codes[index], folding: &folding)
            }
            let (bytes, stride) = Self.chunkFile(lines)
            return (SearchFile(path: "search/d/\(number).txt", bytes: bytes), stride)
        }
        return (made.map(\.0), made.map(\.1))
    }

    /// One article's line of its document chunk (see ``encodeDocuments(codes:)``), without
    /// its line end.
    static func documentLine(_ document: SearchDocument, code: Int, folding: inout SearchFolding) -> [UInt8] {
        func named(_ name: String, _ slug: String) -> String {
            let name = clean(name, list: true)
            return plainSlug(folding.fold(name)) == slug ? name : name + "\u{1F}" + slug
        }
        let fields = [
            clean(document.url), clean(document.title), document.date.isoDay, String(code),
            document.authors.map { named($0.name, $0.slug) }.joined(separator: "|"),
            document.tags.map { named($0.name, $0.slug) }.joined(separator: "|"),
            excerpt(clean(document.summary)),
        ]
        var line = Array(fields.joined(separator: "\t").utf8)
        // Padding is spaces before a line end, so a line never ends in one of its own.
        while line.last == 32 { line.removeLast() }
        return line
    }

    /// A document chunk of these lines (no line ends, none ending in a space) and its stride:
    /// line `k` starts at `k * stride` or after it, padded with spaces before line ends.
    static func chunkFile(_ lines: [[UInt8]]) -> (bytes: [UInt8], stride: Int) {
        let stride = Self.stride(lengths: lines.map { $0.count + 1 })
        var bytes: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if number > 0 {
                bytes += [UInt8](repeating: 32, count: max(0, number * stride - bytes.count - 1))
                bytes.append(10)
            }
            bytes += line
        }
        bytes.append(10)
        return (bytes, stride)
    }

    /// The lines of a document chunk, padding and line ends taken off.
    static func chunkLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        guard bytes.last == 10 else { return [] }
        return bytes.dropLast().split(separator: 10, omittingEmptySubsequences: false).map { line in
            var line = line
            while line.last == 32 { line = line.dropLast() }
            return line
        }
    }

    /// The smallest stride `s` at which lines of these `lengths` (line ends included), each
    /// padded to start no earlier than `k * s`, all start less than `s` bytes later, and end
    /// so: then the lines starting at `k * s` or after are line `k` and those after it.
    static func stride(lengths: [Int]) -> Int {
        func fits(_ stride: Int) -> Bool {
            var end = 0
            for (number, length) in lengths.enumerated() {
                let start = max(end, number * stride)
                if start - number * stride >= stride { return false }
                end = start + length
            }
            return end - lengths.count * stride < stride
        }
        var stride = max(1, lengths.reduce(0, +) / (lengths.count + 1))  // below it the end cannot fit
        while !fits(stride) { stride += 1 }
        return stride
    }

    /// The root file: everything a first query needs besides one dictionary range and one
    /// shard of postings. JSON with sorted keys, so the same index gives the same bytes.
    /// `docHash`, of every document chunk together, versions their URLs: a cached range of a
    /// chunk must never be read with the stride of another version of it. `stride`: each
    /// chunk's, by number.
    func root(sections: [Section], shards: Int, dictionary: [String], dictionaryHashes: [String], postingHashes: [String],
              documentHash: String, strides: [Int]) -> [UInt8] {
        var years: [[Int]] = []
        for (index, document) in documents.enumerated() where years.last?[0] != document.date.year {
            years.append([document.date.year, index])
        }
        return SearchRoot(version: Self.version, docs: documents.count, chunk: Self.chunk, block: Self.block, k1: Self.k1,
                          shards: shards, sections: sections.map { [$0.name, $0.slug] }, years: years, dict: dictionary,
                          dictHash: dictionaryHashes, postHash: postingHashes, docHash: documentHash, stride: strides).encoded()
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
