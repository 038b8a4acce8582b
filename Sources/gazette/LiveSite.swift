import Foundation
import GazetteSite
import Synchronization

/// The site `gazette serve` shows: builds it, rebuilds it when a watched file changes, and
/// tells every open page (through Server-Sent Events listeners) that a new build is ready.
/// Builds run on the watcher's own thread, never on the server's.
final class LiveSite: Sendable {
    private let options: BuildOptions
    private let outputOptions: OutputOptions
    private let watcher: SiteWatcher
    private let state = Mutex(State())

    private struct State {
        var generation = 0
        var failure: [Diagnostic]?
        var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    }

    init(options: BuildOptions, outputOptions: OutputOptions) {
        self.options = options
        self.outputOptions = outputOptions
        watcher = SiteWatcher(siteDirectory: options.siteDirectory)
    }

    /// The latest build's number, and its errors when it failed.
    var current: (generation: Int, failure: [Diagnostic]?) {
        state.withLock { ($0.generation, $0.failure) }
    }

    /// A stream of Server-Sent Events: the current build at once, then every new one.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        continuation.onTermination = { [self] _ in _ = state.withLock { $0.listeners.removeValue(forKey: id) } }
        state.withLock { state in
            state.listeners[id] = continuation
            continuation.yield("retry: 1000\n\n" + LiveReload.event(generation: state.generation))
        }
        return stream
    }

    /// Builds the site, reports the outcome in the terminal and to every open page.
    func build(changed: [String] = []) {
        if !changed.isEmpty && !outputOptions.quiet {
            Terminal.line(changed.count == 1 ? "Changed \(changed[0])" : "Changed \(changed.count) files: \(changed.prefix(3).joined(separator: ", "))…")
        }
        let console = BuildConsole(outputOptions)
        var options = self.options
        options.now = Date()
        console.attach(to: &options)
        var failure: [Diagnostic]?
        do {
            let summary = try SiteBuilder(options: options).build()
            console.finish(succeeded: true)
            if !summary.skipped.isEmpty { Report.diagnostics(summary.skipped) }
            if !outputOptions.quiet { Terminal.line(Terminal.green(summary.line)) }
        } catch {
            console.finish(succeeded: false)
            Report.diagnostics(error.diagnostics)
            Terminal.error("The build failed; the browser shows these errors until a build succeeds.")
            failure = error.diagnostics
        }
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
    func watch(every interval: TimeInterval = 0.3) -> Never {
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
