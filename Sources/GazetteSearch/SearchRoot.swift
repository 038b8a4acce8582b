import Foundation

/// The index's root file, `search/index.json`: everything a first query needs besides one
/// dictionary range and one shard of postings. JSON with sorted keys, so the same index gives
/// the same bytes; read back by the body-edit patch, which changes its hashes and ranges.
struct SearchRoot: Codable, Equatable {
    var version: Int, docs: Int, chunk: Int, block: Int, k1: Double, shards: Int
    var sections: [[String]], years: [[Int]], dict: [String], dictHash: [String], postHash: [String], docHash: String
    /// Each document chunk's stride, by number (see ``SearchIndexEncoder/encodeDocuments(codes:)``).
    var stride: [Int]

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [10]
    }

    init(version: Int, docs: Int, chunk: Int, block: Int, k1: Double, shards: Int, sections: [[String]], years: [[Int]],
         dict: [String], dictHash: [String], postHash: [String], docHash: String, stride: [Int]) {
        (self.version, self.docs, self.chunk, self.block, self.k1, self.shards) = (version, docs, chunk, block, k1, shards)
        (self.sections, self.years, self.dict, self.dictHash, self.postHash, self.docHash) = (sections, years, dict, dictHash, postHash, docHash)
        self.stride = stride
    }

    /// A root file's bytes read back; nil when they are not one.
    init?(bytes: [UInt8]) {
        guard let root = try? JSONDecoder().decode(SearchRoot.self, from: Data(bytes)) else { return nil }
        self = root
    }
}
