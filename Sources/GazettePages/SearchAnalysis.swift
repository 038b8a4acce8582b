import Foundation
import Synchronization
import GazetteSearch

/// The search index's reading of every article (``SearchIndexer/analyze()``) on a thread of
/// its own, started before the pages: page writing leaves the cores idle while it waits
/// for the disk, and the analysis fills that time instead of running after the pages.
/// ``PageWriter/writeSearch(_:)`` takes the result and writes the files as before.
package final class SearchAnalysis: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Mutex<SearchIndexer.Analysis?>(nil)

    init(documents: [SearchDocument], body: @escaping @Sendable (Int) -> String?) {
        let thread = Thread { [self] in
            // Once stopped, no more bodies are read, so a cancelled analysis ends soon.
            let indexer = SearchIndexer(documents: documents) { [self] index in
                stopped.load(ordering: .relaxed) ? nil : body(index)
            }
            let analysis = indexer.analyze()
            outcome.withLock { $0 = analysis }
            finished.signal()
        }
        thread.name = "search index"
        thread.start()
    }

    /// The analysis, once the thread is done; nil after ``cancel()``. Handed over once, so
    /// that its postings are freed as soon as the index is written.
    func take() -> SearchIndexer.Analysis? {
        wait()
        if stopped.load(ordering: .relaxed) { return nil }
        return outcome.withLock { value in
            defer { value = nil }
            return value
        }
    }

    /// Stops reading bodies and waits for the thread: for a build that ends without the
    /// index (a failure), or after it (then only waits, the thread being done).
    package func cancel() {
        stopped.store(true, ordering: .relaxed)
        wait()
        outcome.withLock { $0 = nil }
    }

    private func wait() {
        finished.wait()
        finished.signal()
    }
}
