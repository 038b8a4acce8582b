import Foundation
import Synchronization
import GazetteContent

/// Writes collected postings as the index's files (the layout is described in README.md,
/// "Search"): `search/index.json`, the root a query reads first; `search/w/N.txt`, the
/// dictionary of every word in ranges; `search/p/XXX.bin` (with `-t.bin` and `-x.bin`),
/// the postings by hash of the stem; `search/d/N.txt`, the documents in fixed chunks.
struct SearchIndexEncoder {
    let documents: [SearchDocument]
    let postings: [PostingList]
    let stems: [String]
    let lengths: [Int]
    let vocabulary: [String: String]

    /// Postings per stem kept in its shard for newest-first and for best-first reading;
    /// the rest of a long list is in the shard's tail file, read only when needed.
    static let block = 128
    /// Documents per chunk file.
    static let chunk = 128
    /// Bytes a shard of postings or of the dictionary aims at.
    static let shardTarget = 48_000
    static let dictionaryTarget = 12_000
    static let version = 4
    static let k1 = 1.2, b = 0.75

    /// Every file of the index, each handed to `emit` once made; postings files come from
    /// several threads at once.
    func write(_ emit: @Sendable (SearchFile) -> Void) {
        let sections = sectionTable()
        var sectionCode: [String: Int] = [:]
        for (index, section) in sections.enumerated() { sectionCode[section.slug] = index + 1 }
        let codes = documents.map { $0.section.map { sectionCode[$0.slug] ?? 0 } ?? 0 }
        let shards = shardCount()
        let postingFiles = encodePostings(shards: shards, codes: codes, emit: emit)
        let dictionary = encodeDictionary(entries: postingFiles.entries)
        dictionary.files.forEach(emit)
        let chunks = encodeDocuments(codes: codes)
        chunks.files.forEach(emit)
        emit(SearchFile(path: "search/index.json", bytes: root(
            sections: sections, shards: shards, dictionary: dictionary.firsts, dictionaryHashes: dictionary.hashes,
            postingHashes: postingFiles.hashes, documentHash: Self.hashText(chunks.files.map(\.bytes)), strides: chunks.strides)))
    }

    /// Every file of the index, by path.
    func files() -> [SearchFile] {
        let collected = Mutex<[SearchFile]>([])
        write { file in collected.withLock { $0.append(file) } }
        return collected.withLock { $0 }.sorted { $0.path < $1.path }
    }

    /// Sections by name, code 1 onwards (0: none).
    private func sectionTable() -> [Section] {
        var seen: [String: Section] = [:]
        for document in documents { if let section = document.section { seen[section.slug] = section } }
        return seen.values.sorted()
    }

    /// A power of two, so a shard holds about ``shardTarget`` bytes of postings.
    func shardCount() -> Int { Self.shardCount(bytes: estimatedBytes()) }

    /// What the postings would take, roughly: the measure ``shardCount(bytes:)`` cuts by.
    func estimatedBytes() -> Int {
        var bytes = 0
        for (number, list) in postings.enumerated() { bytes += Self.estimatedBytes(stem: stems[number].utf8.count, count: list.count) }
        return bytes
    }

    /// One stem's share of ``estimatedBytes()``: its name's length and its list's length.
    static func estimatedBytes(stem: Int, count: Int) -> Int {
        stem + 12 + min(count, block) * 3 + (count > block ? block * 5 : 0)
    }

    static func shardCount(bytes: Int) -> Int {
        var shards = 4
        while shards < 1_024 && shards * shardTarget < bytes { shards *= 2 }
        return shards
    }

    /// The archive's average length in words as the weights use it: rounded to a whole word,
    /// so that editing one article changes no other article's weights unless the rounded
    /// average moves (the body-edit patch relies on this).
    static func averageLength(total: Int, count: Int) -> Double {
        guard count > 0 else { return 1 }
        return Double((total + count / 2) / count)
    }

    /// The quantized BM25 weight of a term in a document: 1...255 standing for 0...k1+1.
    static func weight(count: Int, length: Int, averageLength: Double) -> UInt8 {
        let tf = Double(count)
        let norm = k1 * (1 - b + b * Double(length) / max(averageLength, 1))
        let score = tf * (k1 + 1) / (tf + norm)
        return UInt8(max(1, min(255, Int((score / (k1 + 1) * 255).rounded()))))
    }

    static func hashText(_ parts: [[UInt8]]) -> String {
        var hash = StableHash()
        for part in parts { part.withUnsafeBytes { hash.add($0) } }
        return String(String(hash.value, radix: 16).suffix(8))
    }

    static func shardName(_ shard: Int) -> String { padded(String(shard, radix: 16), width: 3) }

    /// `digits` with zeros in front up to `width` characters.
    static func padded(_ digits: String, width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
