import Foundation
@testable import GazetteSearch

/// Reads an index's files back as `search.js` does, for tests.
struct IndexReader {
    struct Entry: Equatable {
        var document: Int
        var weight: Int
        var section: Int
    }

    struct Stem {
        var frequency: Int
        var newest: [Entry]
        var best: [Entry]
        var tail: [Entry]
        var positions: [[Int]]
    }

    let files: [String: [UInt8]]
    let root: [String: Any]

    init(_ files: [SearchFile]) throws {
        var map: [String: [UInt8]] = [:]
        for file in files { map[file.path] = file.bytes }
        self.files = map
        root = try JSONSerialization.jsonObject(with: Data(map["search/index.json"] ?? [])) as? [String: Any] ?? [:]
    }

    var documentCount: Int { root["docs"] as? Int ?? -1 }

    /// The dictionary line of `word`: its stem, frequency and the range of the stem's entry in its shard.
    func lookUp(_ word: String) -> (stem: String, frequency: Int, entry: Range<Int>)? {
        let firsts = root["dict"] as? [String] ?? []
        guard let range = firsts.lastIndex(where: { !word.utf16.lexicographicallyPrecedes($0.utf16) }),
              let bytes = files["search/w/\(range).txt"] else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts[0] == word, parts.count == 5, let at = Int(parts[3]), let length = Int(parts[4]) else { continue }
            return (parts[1].isEmpty ? word : String(parts[1]), Int(parts[2]) ?? 0, at..<(at + length))
        }
        return nil
    }

    /// The shard file of `stem`'s postings, without its `.bin`.
    func shard(of stem: String) -> String {
        let shards = root["shards"] as? Int ?? 1
        return "search/p/" + SearchIndexEncoder.shardName(Int(VarInt.hash(stem) & UInt32(shards - 1)))
    }

    /// The line of document `number`, read as `search.js` reads it: from the bytes its chunk's
    /// stride `s` gives, `k * s - 1 ..< (k + 2) * s - 1`, after the first line end (for `k` > 0),
    /// without its line end and padding.
    func documentLine(_ number: Int) -> String? {
        let chunk = root["chunk"] as? Int ?? 1, strides = root["stride"] as? [Int] ?? []
        guard number / chunk < strides.count, let bytes = files["search/d/\(number / chunk).txt"] else { return nil }
        let stride = strides[number / chunk], k = number % chunk
        let window = bytes[min(bytes.count, max(0, k * stride - 1))..<min(bytes.count, (k + 2) * stride - 1)]
        var lines = window.split(separator: 10, omittingEmptySubsequences: false)
        if k > 0 { lines.removeFirst() }
        guard lines.count > 1 else { return nil }
        let line = String(decoding: lines[0], as: UTF8.self)
        return String(line.reversed().drop { $0 == " " }.reversed())
    }

    func stem(_ stem: String) -> Stem? {
        let name = shard(of: stem)
        guard let head = files[name + ".bin"] else { return nil }
        var offset = 4
        let newest = documentCount - 1
        for _ in 0..<VarInt.read(head, &offset) {
            let length = VarInt.read(head, &offset)
            let text = String(decoding: head[offset..<(offset + length)], as: UTF8.self)
            offset += length
            let values = (0..<8).map { _ in VarInt.read(head, &offset) }
            let blockEnd = offset + values[7]
            guard text == stem else { offset = blockEnd; continue }
            var previous = newest + 1
            func gapEntries(_ bytes: [UInt8], _ at: inout Int, _ count: Int) -> [Entry] {
                (0..<count).map { _ in
                    let document = previous - VarInt.read(bytes, &at) - 1
                    previous = document
                    let entry = Entry(document: document, weight: Int(bytes[at]), section: Int(bytes[at + 1]))
                    at += 2
                    return entry
                }
            }
            let newestBlock = gapEntries(head, &offset, values[1])
            let best = (0..<values[2]).map { _ -> Entry in
                let document = newest - VarInt.read(head, &offset)
                defer { offset += 2 }
                return Entry(document: document, weight: Int(head[offset]), section: Int(head[offset + 1]))
            }
            var tailAt = values[3]
            let tail = values[4] == 0 ? [] : gapEntries(files[name + "-t.bin"] ?? [], &tailAt, values[0] - values[1])
            let positionBytes = files[name + "-x.bin"] ?? []
            var at = values[5]
            let positions = (0..<values[0]).map { _ -> [Int] in
                var position = 0
                return (0..<VarInt.read(positionBytes, &at)).map { _ in position += VarInt.read(positionBytes, &at); return position }
            }
            return Stem(frequency: values[0], newest: newestBlock, best: best, tail: tail, positions: positions)
        }
        return nil
    }
}
