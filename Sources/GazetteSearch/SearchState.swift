import Foundation
import GazetteContent

/// What a build with the search index leaves in its state folder (not in the output) so that
/// a body edit can patch the index instead of building it again (``SearchPatch``): every
/// folded word of the archive by number with how many articles hold it, and each article's
/// length and words (sorted numbers as varint gaps, found through a table of offsets and read
/// alone: the file holds tens of megabytes at 100,000 articles), so
/// that an article's old terms can be taken out exactly. A full build writes the whole file
/// (``fileName``); each patch writes only a small file of its changes (``editsName``) beside
/// it. Both carry the fingerprint of the index they describe, which must be the one the
/// output's manifest holds.
package struct SearchState: Sendable {
    /// The words of an archive as ``SearchIndexer`` collects them.
    package struct Words: Sendable {
        package private(set) var words: [String] = []
        /// Global stem number of each word (for the dictionary of the build that collected them).
        private(set) var stems: [Int32] = []
        /// How many articles hold each word.
        private(set) var articles: [Int32] = []
        /// Per article: its length, its count of words, then its word numbers as gaps.
        private(set) var lists: [UInt8] = []
        private(set) var starts: [Int] = []
        private(set) var totalLength = 0
        var estimatedBytes = 0

        var count: Int { words.count }

        mutating func add(_ word: String, stem: Int32) {
            words.append(word)
            stems.append(stem)
            articles.append(0)
        }

        /// The next article, with its distinct word numbers in any order.
        mutating func addArticle(length: Int, words: consuming [Int32]) {
            starts.append(lists.count)
            totalLength += length
            // Sorted where they are: the list is the caller's to give away, and a sorted copy
            // of it as `[Int]` cost two arrays per article.
            var sorted = words
            sorted.sort()
            for word in sorted { articles[Int(word)] += 1 }
            SearchState.appendList(length: length, words: sorted, to: &lists)
        }
    }

    package static let fileName = "search"
    package static let editsName = "search-edits"
    private static let magic = "gazette-search-state-2", editsMagic = "gazette-search-edits-2"

    /// The fingerprint the index's files have in the manifest when this state describes them.
    package var fingerprint: UInt64
    /// ``fingerprint`` of the full build that wrote the base file.
    package let baseFingerprint: UInt64
    /// The hash of every article's URL in order, part of the index's fingerprint (a body edit
    /// moves no URL, so the patch computes the new fingerprint with it).
    package let urlsKey: UInt64
    var totalLength: Int
    /// How many articles the index holds.
    package var documentCount: Int { documents }
    /// The postings' estimated bytes that choose the shard count.
    var estimatedBytes: Int
    let documents: Int
    private(set) var words: [String]
    private(set) var articles: [Int]
    /// Words by number from the base file, and words added by patches after them.
    private let baseWordCount: Int
    private var numbers: [String: Int]?
    /// Reads `length` bytes of the base file at an offset: only the words and the articles a
    /// patch asks for are read, not the whole file.
    private let source: @Sendable (Int, Int) -> [UInt8]?
    private let table: Int
    private var edited: [Int: (length: Int, words: [Int])] = [:]

    /// The bytes of the base file for `words` collected by a full build.
    package static func encoded(_ collected: Words, fingerprint: UInt64, urlsKey: UInt64) -> [UInt8] {
        var out = ByteWriter()
        out.string(magic)
        out.uint64(fingerprint)
        out.uint64(urlsKey)
        out.int(collected.totalLength)
        out.int(collected.estimatedBytes)
        out.int(collected.starts.count)
        out.int(collected.count)
        var words = ByteWriter()
        for (word, articles) in zip(collected.words, collected.articles) {
            words.string(word)
            words.int(Int(articles))
        }
        out.int(words.bytes.count)
        out.append(words.bytes[...])
        for start in collected.starts + [collected.lists.count] { out.uint64(UInt64(start)) }
        out.append(collected.lists[...])
        return out.bytes
    }

    /// Reads the base file and the patches' file beside it; nil when the base is missing or
    /// damaged, or the patches' file belongs to another base.
    package init?(folder: URL) {
        let path = folder.appending(path: Self.fileName).path
        guard let size = ByteFile.size(path) else { return nil }
        self.init(source: { ByteFile.read(path, at: $0, count: $1) }, size: size,
                  edits: ByteFile.read(folder.appending(path: Self.editsName).path))
    }

    /// Reads a base file's bytes and a patches' file's (see ``init(folder:)``).
    package init?(base bytes: [UInt8], edits: [UInt8]?) {
        self.init(source: { at, count in at >= 0 && at + count <= bytes.count ? Array(bytes[at..<(at + count)]) : nil },
                  size: bytes.count, edits: edits)
    }

    private init?(source: @escaping @Sendable (Int, Int) -> [UInt8]?, size: Int, edits: [UInt8]?) {
        self.source = source
        // The header: a few dozen bytes.
        guard let head = source(0, min(size, 4_096)) else { return nil }
        var input = ByteReader(head)
        do {
            guard try input.string() == Self.magic else { return nil }
            baseFingerprint = try input.uint64()
            fingerprint = baseFingerprint
            urlsKey = try input.uint64()
            totalLength = try input.int()
            estimatedBytes = try input.int()
            // Counts of what follows the header, not of what it holds: not checked against its bytes.
            documents = try input.int()
            let count = try input.int(), length = try input.int()
            guard documents >= 0, count >= 0, length >= 0, length <= size else { return nil }
            guard let section = source(input.offset, length) else { return nil }
            table = input.offset + length
            input = ByteReader(section)
            words = []
            articles = []
            words.reserveCapacity(count)
            articles.reserveCapacity(count)
            for _ in 0..<count {
                words.append(try input.string())
                articles.append(try input.int())
            }
            baseWordCount = count
            guard input.isAtEnd else { return nil }
        } catch {
            return nil
        }
        if let edits { guard readEdits(edits) else { return nil } }
    }

    /// The length and word numbers of article `number`, sorted; nil when damaged.
    func article(_ number: Int) -> (length: Int, words: [Int])? {
        guard number >= 0, number < documents else { return nil }
        if let edit = edited[number] { return edit }
        // Its offset and the next one's (the table ends with the end of the lists).
        guard let offsets = source(table + number * 8, 16) else { return nil }
        var start = 0, end = 0
        for shift in 0..<8 {
            start |= Int(offsets[shift]) << (8 * shift)
            end |= Int(offsets[8 + shift]) << (8 * shift)
        }
        guard start < end, let lists = source(table + (documents + 1) * 8 + start, end - start) else { return nil }
        var at = 0
        let length = VarInt.read(lists, &at), count = VarInt.read(lists, &at)
        var words: [Int] = [], previous = -1
        words.reserveCapacity(count)
        for _ in 0..<count {
            previous += VarInt.read(lists, &at) + 1
            guard previous < self.words.count else { return nil }
            words.append(previous)
        }
        return (length, words)
    }

    /// The number of `word`, or nil when no article holds it or ever did since the full build.
    mutating func number(of word: String) -> Int? {
        if numbers == nil {
            var table: [String: Int] = [:]
            table.reserveCapacity(words.count)
            for (number, word) in words.enumerated() { table[word] = number }
            numbers = table
        }
        return numbers![word]
    }

    /// Records article `number`'s new words (numbers; new words added with ``addWord(_:)``).
    mutating func replace(article number: Int, length: Int, words new: [Int]) {
        guard let old = article(number) else { return }
        for word in old.words { articles[word] -= 1 }
        for word in new { articles[word] += 1 }
        totalLength += length - old.length
        edited[number] = (length, new.sorted())
    }

    /// A word no article held: its new number.
    mutating func addWord(_ word: String) -> Int {
        _ = number(of: word)
        words.append(word)
        articles.append(0)
        numbers![word] = words.count - 1
        return words.count - 1
    }

    /// How many articles hold word `number`.
    func articleCount(_ number: Int) -> Int { articles[number] }

    /// The patches' file: the base it extends, the fingerprint now, the totals, the words
    /// added, every word's count that differs from the base, and the edited articles.
    package func encodedEdits() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.editsMagic)
        out.uint64(baseFingerprint)
        out.uint64(fingerprint)
        out.int(totalLength)
        out.int(estimatedBytes)
        out.int(words.count - baseWordCount)
        for word in words[baseWordCount...] { out.string(word) }
        var changed: [Int: Int] = [:]
        for (number, edit) in edited {
            let base = baseArticle(number)?.words ?? []
            for word in base + edit.words { changed[word] = articles[word] }
        }
        out.int(changed.count)
        for (word, count) in changed.sorted(by: { $0.key < $1.key }) {
            out.int(word)
            out.int(count)
        }
        out.int(edited.count)
        for (number, edit) in edited.sorted(by: { $0.key < $1.key }) {
            out.int(number)
            out.int(edit.length)
            out.int(edit.words.count)
            for word in edit.words { out.int(word) }
        }
        return out.bytes
    }

    /// Article `number` as the base file holds it.
    private func baseArticle(_ number: Int) -> (length: Int, words: [Int])? {
        var copy = self
        copy.edited = [:]
        return copy.article(number)
    }

    private mutating func readEdits(_ bytes: [UInt8]) -> Bool {
        var input = ByteReader(bytes)
        do {
            guard try input.string() == Self.editsMagic, try input.uint64() == baseFingerprint else { return false }
            fingerprint = try input.uint64()
            totalLength = try input.int()
            estimatedBytes = try input.int()
            for _ in 0..<(try input.count()) {
                words.append(try input.string())
                articles.append(0)
            }
            for _ in 0..<(try input.count()) {
                let word = try input.int()
                guard word >= 0, word < words.count else { return false }
                articles[word] = try input.int()
            }
            for _ in 0..<(try input.count()) {
                let number = try input.int(), length = try input.int()
                var list: [Int] = []
                for _ in 0..<(try input.count()) {
                    let word = try input.int()
                    guard word >= 0, word < words.count else { return false }
                    list.append(word)
                }
                guard number >= 0, number < documents else { return false }
                edited[number] = (length, list)
            }
            return input.isAtEnd
        } catch {
            return false
        }
    }

    static func appendList<Word: BinaryInteger>(length: Int, words: [Word], to bytes: inout [UInt8]) {
        // Encoded in a scratch buffer and appended at once, as ``PostingList/add(document:count:positions:)`` does.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (words.count + 2) * VarInt.maxBytes) { scratch in
            var end = VarInt.write(length, to: scratch, at: 0)
            end = VarInt.write(words.count, to: scratch, at: end)
            var previous = -1
            for word in words {
                end = VarInt.write(Int(word) - previous - 1, to: scratch, at: end)
                previous = Int(word)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<end]))
        }
    }
}
