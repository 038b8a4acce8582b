import Dispatch
import Synchronization

/// Runs work over all cores in contiguous chunks. Results are placed by index, so the
/// outcome does not depend on scheduling; every failure is collected, not just the first.
package enum Parallel {
    /// Calls `body` for each index in `0..<count`; throws all diagnostics raised, sorted.
    package static func forEach(_ count: Int, _ body: @Sendable (Int) throws(DiagnosticsError) -> Void) throws(DiagnosticsError) {
        let failures = Mutex<[Diagnostic]>([])
        let chunks = chunkCount(for: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in range(of: chunk, chunks: chunks, count: count) {
                do throws(DiagnosticsError) {
                    try body(index)
                } catch {
                    failures.withLock { $0 += error.diagnostics }
                }
            }
        }
        let collected = failures.withLock { $0 }
        if !collected.isEmpty { throw DiagnosticsError(collected) }
    }

    /// Maps `0..<count` through `transform` in parallel, keeping order.
    package static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = chunkCount(for: count)
        // Each result is made in its place in the array: collecting them through a lock and
        // unwrapping them copied every value once more, serially (every article's entry).
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written by exactly one worker, and read only after all have finished.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in range(of: chunk, chunks: chunks, count: count) {
                    (output.baseAddress! + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }

    /// Runs `first` and `second` side by side, on two cores when there are.
    package static func pair<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let left = Mutex<A?>(nil), right = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let value = first()
                left.withLock { $0 = value }
            } else {
                let value = second()
                right.withLock { $0 = value }
            }
        }
        return (left.withLock { $0! }, right.withLock { $0! })
    }

    private static func chunkCount(for count: Int) -> Int {
        min(count, max(1, count / 64), 256).clamped(to: 1...)
    }

    private static func range(of chunk: Int, chunks: Int, count: Int) -> Range<Int> {
        (chunk * count / chunks) ..< ((chunk + 1) * count / chunks)
    }
}

private extension Int {
    func clamped(to range: PartialRangeFrom<Int>) -> Int { Swift.max(self, range.lowerBound) }
}
