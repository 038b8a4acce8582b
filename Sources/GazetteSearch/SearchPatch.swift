import Dispatch
import Foundation
import GazetteContent

/// Patches the search index's files for articles whose body changed, giving the bytes a full
/// build of the same articles gives (``SearchIndexer``), from the current files and the state
/// of the last build (``SearchState``). An article's postings depend on its own terms and
/// length and on the archive's average length rounded to a whole word
/// (``SearchIndexEncoder/averageLength(total:count:)``), so an edit changes only the lists of
/// the stems the article held before or holds now: those entries are decoded, the article
/// taken out and put back, and encoded again; the other entries of their shards are copied.
/// The dictionary is cut again from its lines, the article's document line replaced, the root
/// given the new hashes. Whatever it cannot do exactly (the rounded average or the shard
/// count would move, a shard's tail or positions file would empty, a file does not decode)
/// gives nil, and the caller builds the index in full.
package struct SearchPatch {
    /// One article whose body changed: its number (its place in the documents, oldest first),
    /// its fields and its body now.
    package struct Edit {
        package var number: Int
        package var document: SearchDocument
        package var body: String?

        package init(number: Int, document: SearchDocument, body: String?) {
            (self.number, self.document, self.body) = (number, document, body)
        }
    }

    /// Reads a file of the current output by path; nil when it is not there.
    let read: @Sendable (String) -> [UInt8]?

    package init(read: @escaping @Sendable (String) -> [UInt8]?) {
        self.read = read
    }

    /// The index's files whose bytes change with `edits`,
    /// with `state` brought up to date; nil (and `state` as it was) when the patch cannot be exact.
    package func apply(_ edits: [Edit], state: inout SearchState) -> [SearchFile]? {
        var next = state
        guard !edits.isEmpty, let rootBytes = read("search/index.json"), let root = SearchRoot(bytes: rootBytes),
              root.version == SearchIndexEncoder.version, root.docs == state.documents, root.chunk == SearchIndexEncoder.chunk,
              root.block == SearchIndexEncoder.block, let (oldRanges, old) = dictionary(root)
        else { return nil }
        var lines = old
        var lineOf: [String: Int] = [:]
        lineOf.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() { lineOf[line.word] = index }
        let averageBefore = SearchIndexEncoder.averageLength(total: state.totalLength, count: state.documents)

        // The new terms of each edited article, and the words it gains and loses.
        var analyses: [(edit: Edit, terms: DocumentAnalyzer.Terms, analyzer: DocumentAnalyzer)] = []
        var changes: [[UInt8]: StemChange] = [:]
        var newWords: [String: String] = [:]
        for edit in edits {
            guard let old = state.article(edit.number) else { return nil }
            let analyzer = DocumentAnalyzer()
            let terms = analyzer.analyze(edit.document, body: edit.body)
            var numbers: [Int] = []
            for local in terms.surfaces {
                let word = analyzer.surfaceWords[Int(local)]
                numbers.append(next.number(of: word) ?? next.addWord(word))
                if lineOf[word] == nil { newWords[word] = analyzer.stems[Int(analyzer.surfaceStems[Int(local)])] }
            }
            for number in old.words {
                guard let line = lineOf[next.words[number]] else { return nil }
                changes[Array(lines[line].stem.utf8), default: StemChange()].removed.insert(edit.number)
            }
            for stem in terms.stems { changes[Array(analyzer.stems[Int(stem)].utf8), default: StemChange()].removed.insert(edit.number) }
            next.replace(article: edit.number, length: terms.length, words: numbers)
            analyses.append((edit, terms, analyzer))
        }
        let average = SearchIndexEncoder.averageLength(total: next.totalLength, count: next.documents)
        guard average == averageBefore else { return nil }

        // Section codes, from the articles' document lines.
        var chunks: [Int: [UInt8]] = [:]
        var codes: [Int: UInt8] = [:]
        for edit in edits {
            let chunk = edit.number / SearchIndexEncoder.chunk
            if chunks[chunk] == nil { chunks[chunk] = read("search/d/\(chunk).txt") }
            guard let bytes = chunks[chunk], let line = Self.documentLine(bytes, edit.number % SearchIndexEncoder.chunk) else { return nil }
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
            guard fields.count > 3, let code = UInt8(String(decoding: fields[3], as: UTF8.self)) else { return nil }
            codes[edit.number] = code
        }
        for (edit, terms, analyzer) in analyses {
            for (slot, stem) in terms.stems.enumerated() {
                var positions: [UInt8] = []
                PostingList.appendPositions(terms.positions(of: slot), to: &positions)
                let weight = SearchIndexEncoder.weight(count: Int(terms.counts[slot]), length: terms.length, averageLength: average)
                let posting = SearchIndexEncoder.Posting(document: edit.number, code: codes[edit.number]!, weight: weight)
                changes[Array(analyzer.stems[Int(stem)].utf8), default: StemChange()].added.append((posting, positions))
            }
        }

        // The shards of the changed stems.
        let shards = root.shards, newest = root.docs - 1
        guard root.postHash.count == shards else { return nil }
        var byShard: [Int: [[UInt8]: StemChange]] = [:]
        for (stem, change) in changes { byShard[Int(VarInt.hash(bytes: stem) & UInt32(shards - 1)), default: [:]][stem] = change }
        var files: [SearchFile] = []
        var root2 = root
        var entries: [String: (at: Int, length: Int, count: Int)] = [:]
        var estimated = state.estimatedBytes
        // Patched on every core, each shard read, decoded and encoded on its own.
        let order = byShard.keys.sorted(), groups = byShard
        let results = Slots<ShardResult?>(count: order.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { index in
            results.set(index, patchShard(order[index], changes: groups[order[index]]!, newest: newest))
        }
        for (index, shard) in order.enumerated() {
            guard let result = results.take(index) else { return nil }
            estimated += result.estimatedChange
            for (stem, entry) in result.entries { entries[stem] = entry }
            root2.postHash[shard] = result.hash
            files += result.files
        }
        guard SearchIndexEncoder.shardCount(bytes: estimated) == shards else { return nil }
        next.estimatedBytes = estimated

        // The dictionary: words no article holds any more leave, new ones come in, and the
        // lines of every stem in a patched shard take its entry's new place and count.
        var removed = Set<String>()
        for edit in edits {
            for number in state.article(edit.number)!.words where next.articleCount(number) == 0 { removed.insert(next.words[number]) }
        }
        for (word, stem) in newWords.sorted(by: { $0.key < $1.key }) {
            var low = 0, high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if lines[middle].word.utf16.lexicographicallyPrecedes(word.utf16) { low = middle + 1 } else { high = middle }
            }
            lines.insert(SearchIndexEncoder.DictionaryLine(word: word, stem: stem, count: 0, at: 0, length: 0), at: low)
        }
        if !removed.isEmpty { lines.removeAll { removed.contains($0.word) } }
        for index in lines.indices {
            guard let entry = entries[lines[index].stem] else {
                // A stem of a patched shard that lost its last article must have lost its words too.
                guard byShard[Int(VarInt.hash(lines[index].stem) & UInt32(shards - 1))] == nil else { return nil }
                continue
            }
            (lines[index].at, lines[index].length, lines[index].count) = (entry.at, entry.length, entry.count)
        }
        guard lines.allSatisfy({ $0.count > 0 }) else { return nil }
        let dictionary = SearchIndexEncoder.cutDictionary(lines)
        // A range fewer would leave a file behind that a partial build does not remove.
        guard dictionary.files.count >= root.dict.count else { return nil }
        files += dictionary.files.enumerated().filter { $0.offset >= oldRanges.count || oldRanges[$0.offset] != $0.element.bytes }.map(\.element)
        root2.dict = dictionary.firsts
        root2.dictHash = dictionary.hashes

        // The edited articles' document lines (the excerpt may come from the body).
        var changedChunks = Set<Int>()
        var folding = SearchFolding()
        for (edit, _, _) in analyses {
            let chunk = edit.number / SearchIndexEncoder.chunk
            let line = SearchIndexEncoder.documentLine(edit.document, code: Int(codes[edit.number]!), folding: &folding)
            guard let bytes = chunks[chunk], chunk < root2.stride.count,
                  let replaced = Self.replacingLine(bytes, edit.number % SearchIndexEncoder.chunk, with: line[...])
            else { return nil }
            if replaced.bytes != bytes {
                chunks[chunk] = replaced.bytes
                root2.stride[chunk] = replaced.stride
                changedChunks.insert(chunk)
            }
        }
        if !changedChunks.isEmpty {
            var all: [[UInt8]] = []
            for chunk in 0..<((root.docs + SearchIndexEncoder.chunk - 1) / SearchIndexEncoder.chunk) {
                guard let bytes = chunks[chunk] ?? read("search/d/\(chunk).txt") else { return nil }
                all.append(bytes)
            }
            root2.docHash = SearchIndexEncoder.hashText(all)
            for chunk in changedChunks.sorted() { files.append(SearchFile(path: "search/d/\(chunk).txt", bytes: chunks[chunk]!)) }
        }
        files.append(SearchFile(path: "search/index.json", bytes: root2.encoded()))
        state = next
        return files
    }

    /// One shard patched: the files whose bytes change, its hash, every stem's entry in it,
    /// and how much its changed lists move ``SearchIndexEncoder/estimatedBytes()``.
    struct ShardResult {
        var files: [SearchFile] = []
        var hash: String
        var entries: [String: (at: Int, length: Int, count: Int)] = [:]
        var estimatedChange = 0
    }

    /// Nil when the shard's files do not decode, or a tail or positions file would empty
    /// (a partial build does not remove files).
    private func patchShard(_ shard: Int, changes: [[UInt8]: StemChange], newest: Int) -> ShardResult? {
        let base = "search/p/" + SearchIndexEncoder.shardName(shard)
        let oldTail = read(base + "-t.bin"), oldPositions = read(base + "-x.bin")
        guard let head = read(base + ".bin"),
              let decoded = Shard(head: head, tail: oldTail ?? [], positions: oldPositions ?? [])
        else { return nil }
        var oldCounts: [[UInt8]: Int] = [:]
        for entry in decoded.entries where changes[entry.stem] != nil { oldCounts[entry.stem] = entry.count }
        guard let patched = Self.patched(decoded, changes: changes, newest: newest),
              oldTail == nil || !patched.tail.isEmpty, oldPositions == nil || !patched.positions.isEmpty
        else { return nil }
        var result = ShardResult(hash: SearchIndexEncoder.hashText([patched.head, patched.tail, patched.positions]))
        for stem in changes.keys {
            if let count = oldCounts[stem] { result.estimatedChange -= SearchIndexEncoder.estimatedBytes(stem: stem.count, count: count) }
            if let count = patched.entries[stem]?.count { result.estimatedChange += SearchIndexEncoder.estimatedBytes(stem: stem.count, count: count) }
        }
        for (stem, entry) in patched.entries { result.entries[String(decoding: stem, as: UTF8.self)] = entry }
        // Only files whose bytes change: the caller keeps the others.
        if patched.head != head { result.files.append(SearchFile(path: base + ".bin", bytes: patched.head)) }
        if !patched.tail.isEmpty && patched.tail != oldTail { result.files.append(SearchFile(path: base + "-t.bin", bytes: patched.tail)) }
        if !patched.positions.isEmpty && patched.positions != oldPositions {
            result.files.append(SearchFile(path: base + "-x.bin", bytes: patched.positions))
        }
        return result
    }

    /// Every file the current index has (some tail and positions files may not exist), from its root.
    package func paths() -> Set<String>? {
        guard let bytes = read("search/index.json"), let root = SearchRoot(bytes: bytes) else { return nil }
        var paths: Set<String> = ["search/index.json"]
        for shard in 0..<root.shards {
            let base = "search/p/" + SearchIndexEncoder.shardName(shard)
            paths.formUnion([base + ".bin", base + "-t.bin", base + "-x.bin"])
        }
        for range in root.dict.indices { paths.insert("search/w/\(range).txt") }
        for chunk in 0..<((root.docs + SearchIndexEncoder.chunk - 1) / SearchIndexEncoder.chunk) { paths.insert("search/d/\(chunk).txt") }
        return paths
    }

    /// Every line of the dictionary, in order; nil when a range is missing or damaged.
    private func dictionary(_ root: SearchRoot) -> (ranges: [[UInt8]], lines: [SearchIndexEncoder.DictionaryLine])? {
        var lines: [SearchIndexEncoder.DictionaryLine] = [], ranges: [[UInt8]] = []
        for range in root.dict.indices {
            guard let bytes = read("search/w/\(range).txt") else { return nil }
            ranges.append(bytes)
            for line in bytes.split(separator: 10) {
                let parts = line.split(separator: 9, omittingEmptySubsequences: false)
                guard parts.count == 5, let count = Int(String(decoding: parts[2], as: UTF8.self)),
                      let at = Int(String(decoding: parts[3], as: UTF8.self)),
                      let length = Int(String(decoding: parts[4], as: UTF8.self))
                else { return nil }
                let word = String(decoding: parts[0], as: UTF8.self)
                lines.append(SearchIndexEncoder.DictionaryLine(
                    word: word, stem: parts[1].isEmpty ? word : String(decoding: parts[1], as: UTF8.self), count: count, at: at, length: length))
            }
        }
        return (ranges, lines)
    }

    /// Line `index` of a document chunk, without its padding and line end.
    static func documentLine(_ bytes: [UInt8], _ index: Int) -> ArraySlice<UInt8>? {
        let lines = SearchIndexEncoder.chunkLines(bytes)
        return index < lines.count ? lines[index] : nil
    }

    /// A document chunk with line `index` replaced by `line`, laid out again, and its stride.
    static func replacingLine(_ bytes: [UInt8], _ index: Int, with line: ArraySlice<UInt8>) -> (bytes: [UInt8], stride: Int)? {
        var lines = SearchIndexEncoder.chunkLines(bytes)
        guard index < lines.count else { return nil }
        lines[index] = line
        return SearchIndexEncoder.chunkFile(lines.map { Array($0) })
    }
}
