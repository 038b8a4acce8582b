import Foundation
import Dispatch
import GazetteContent

/// Builds the search index of a site from its articles: every article is read once, in
/// batches spread over all cores, into postings per stem; ``SearchIndexEncoder`` then
/// writes them out as files. Deterministic: the same articles give the same bytes.
package struct SearchIndexer {
    package let documents: [SearchDocument]
    /// The body of document `index`, read when the index needs it.
    package let body: @Sendable (Int) -> String?
    /// Articles read per batch: bounds the memory held between reading and merging.
    static let batchSize = 2_048

    /// The layout of the files the index writes (`search.js` reads this one only); a build
    /// with another keeps none of the previous index.
    package static var layoutVersion: Int { SearchIndexEncoder.version }

    package init(documents: [SearchDocument], body: @escaping @Sendable (Int) -> String?) {
        self.documents = documents
        self.body = body
    }

    /// Every file of the index, by path.
    package func build() -> [SearchFile] { analyze().encoder.files() }

    /// Every file of the index, each handed to `emit` as soon as it is made (postings files
    /// from several threads at once), so that the whole index is never held in memory at once.
    /// Gives the archive's words, for the state a body edit patches the index with (``SearchState``).
    @discardableResult
    package func write(_ emit: @Sendable (SearchFile) -> Void) -> SearchState.Words { analyze().write(emit) }

    /// Every article read into postings, the files not made yet: ``write(_:)`` in two steps,
    /// so that a caller can read the articles while it does other work.
    package func analyze() -> Analysis {
        let collected = collect()
        let encoder = SearchIndexEncoder(documents: documents, postings: collected.postings, stems: collected.stems,
                                         lengths: collected.lengths, vocabulary: collected.vocabulary)
        var words = collected.words
        words.estimatedBytes = encoder.estimatedBytes()
        return Analysis(encoder: encoder, words: words)
    }

    /// The postings of every article, ready to be written as the index's files, and the
    /// archive's words for ``SearchState``.
    package struct Analysis: Sendable {
        let encoder: SearchIndexEncoder
        let words: SearchState.Words

        /// As ``SearchIndexer/write(_:)``.
        @discardableResult
        package func write(_ emit: @Sendable (SearchFile) -> Void) -> SearchState.Words {
            encoder.write(emit)
            return words
        }
    }

    struct Collected {
        var stems: [String] = []
        var postings: [PostingList] = []
        var lengths: [Int] = []
        /// Folded word to stem, for every word in the archive.
        var vocabulary: [String: String] = [:]
        /// What the body-edit patch needs (``SearchState``): every folded word by number, how
        /// many articles hold it, and each article's words.
        var words = SearchState.Words()
    }

    func collect() -> Collected {
        let workers = max(1, min(8, System.coreCount))
        let analyzers = (0..<workers).map { _ in DocumentAnalyzer() }
        var globalOf = [[Int32]](repeating: [], count: workers)
        var wordOf = [[Int32]](repeating: [], count: workers)
        var numbers: [String: Int32] = [:], wordNumbers: [String: Int32] = [:]
        var result = Collected()
        result.lengths.reserveCapacity(documents.count)
        var start = 0
        while start < documents.count {
            let end = min(documents.count, start + Self.batchSize)
            let batch = Slots<DocumentAnalyzer.Terms>(count: end - start), first = start
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = first + worker
                while index < end {
                    batch.set(index - first, analyzers[worker].analyze(documents[index], body: body(index)))
                    index += workers
                }
            }
            for worker in 0..<workers {
                Self.number(analyzers[worker].stems, from: &globalOf[worker], in: &numbers) { stem, _ in
                    result.stems.append(stem)
                    result.postings.append(PostingList())
                    return result.stems.count - 1
                }
                let stemOf = analyzers[worker].surfaceStems, stemNumbers = globalOf[worker]
                Self.number(analyzers[worker].surfaceWords, from: &wordOf[worker], in: &wordNumbers) { word, local in
                    result.words.add(word, stem: stemNumbers[Int(stemOf[local])])
                    return result.words.count - 1
                }
            }
            for index in start..<end {
                let terms = batch.take(index - start)
                let map = globalOf[(index - start) % workers]
                result.lengths.append(terms.length)
                let words = wordOf[(index - start) % workers]
                result.words.addArticle(length: terms.length, words: terms.surfaces.map { words[Int($0)] })
                for (slot, local) in terms.stems.enumerated() {
                    result.postings[Int(map[Int(local)])].add(document: index, count: terms.counts[slot], positions: terms.positions(of: slot))
                }
            }
            start = end
        }
        result.vocabulary.reserveCapacity(result.words.count)
        for (word, stem) in zip(result.words.words, result.words.stems) { result.vocabulary[word] = result.stems[Int(stem)] }
        return result
    }
}

extension SearchIndexer {
    /// Gives global numbers to the names (stems, words) an analyzer met since its last batch:
    /// `local` maps its numbers to global ones and grows to cover them; a name not numbered
    /// yet gets the number `add` gives it (told the name and its local number).
    static func number(_ names: [String], from local: inout [Int32], in numbers: inout [String: Int32], add: (String, Int) -> Int) {
        for index in local.count..<names.count {
            let name = names[index]
            if let known = numbers[name] {
                local.append(known)
            } else {
                let number = Int32(add(name, index))
                numbers[name] = number
                local.append(number)
            }
        }
    }
}

/// Results written by index from several threads, each slot by one of them.
final class Slots<Value>: @unchecked Sendable {
    private let values: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        values = .allocate(capacity: count)
        values.initialize(repeating: nil, count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    func set(_ index: Int, _ value: Value) { values[index] = value }

    func take(_ index: Int) -> Value {
        defer { values[index] = nil }
        return values[index]!
    }
}

enum System {
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
