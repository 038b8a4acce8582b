import Foundation
import GazetteSite
import Synchronization

/// The site `gazette serve` shows: builds it, rebuilds it when a watched file changes, and
/// tells every open page (through Server-Sent Events listeners) that a new build is ready.
/// Builds run on the watcher's own thread, never on the server's.
package final class LiveSite: Sendable {
    /// Runs one build with the given options and reports it to the person at the terminal;
    /// gives the errors when it failed. `changed` lists the files that started it.
    package typealias Builder = @Sendable (_ options: BuildOptions, _ changed: [String]) -> [Diagnostic]?

    private let options: BuildOptions
    private let builder: Builder
    private let watcher: SiteWatcher
    private let state = Mutex(State())

    private struct State {
        var generation = 0
        var failure: [Diagnostic]?
        var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    }

    package init(options: BuildOptions, builder: @escaping Builder) {
        self.options = options
        self.builder = builder
        watcher = SiteWatcher(siteDirectory: options.siteDirectory)
    }

    /// The latest build's number, and its errors when it failed.
    package var current: (generation: Int, failure: [Diagnostic]?) {
        state.withLock { ($0.generation, $0.failure) }
    }

    /// A stream of Server-Sent Events: the current build at once, then every new one.
    package func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        continuation.onTermination = { [self] _ in _ = state.withLock { $0.listeners.removeValue(forKey: id) } }
        state.withLock { state in
            state.listeners[id] = continuation
            continuation.yield("retry: 1000\n\n" + LiveReload.event(generation: state.generation))
        }
        return stream
    }

    /// Builds the site as of now, and tells every open page of the outcome.
    package func build(changed: [String] = []) {
        var options = self.options
        options.now = Date()
        let failure = builder(options, changed)
        state.withLock { state in
            state.generation += 1
            state.failure = failure
            for listener in state.listeners.values { listener.yield(LiveReload.event(generation: state.generation)) }
        }
    }

    /// Polls the watched files every `interval` seconds (longer on an archive so big that a
    /// poll takes a while, so watching never takes more than about a quarter of a core) and
    /// rebuilds on a change; sends a comment line to open pages now and then so closed
    /// connections are noticed. Never returns.
    package func watch(every interval: TimeInterval = 0.3) -> Never {
        var last = watcher.snapshot()
        var lastPing = Date()
        var pause = interval
        while true {
            Thread.sleep(forTimeInterval: pause)
            let started = Date()
            let now = watcher.snapshot()
            pause = max(interval, 3 * Date().timeIntervalSince(started))
            let changed = SiteWatcher.changes(from: last, to: now)
            if !changed.isEmpty {
                last = now
                build(changed: changed)
            }
            if Date().timeIntervalSince(lastPing) > 15 {
                lastPing = Date()
                state.withLock { state in for listener in state.listeners.values { listener.yield(": ping\n\n") } }
            }
        }
    }
}
