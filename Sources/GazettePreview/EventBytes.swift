import FlyingSocks

/// The bytes of a Server-Sent Events response: each message of `events` as soon as it
/// arrives, so FlyingFox sends it as one chunk of a chunked response.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let events: AsyncStream<String>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let chunk = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(chunk.count)
            return chunk
        }

        /// Waits for the next message when nothing is pending; false once the stream ends.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let message = await events.next() else { return false }
                pending = Array(message.utf8)
            }
            return true
        }
    }
}
