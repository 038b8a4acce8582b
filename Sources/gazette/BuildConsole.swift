import ArgumentParser
import Foundation
import GazetteSite
import Synchronization

/// How much the building commands print.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every file written.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// Shows a build as it runs: on a terminal, one line redrawn with the stage and a bar where
/// the count is known; elsewhere (a pipe, a log) or with `--quiet`, nothing until the end.
/// With `--verbose`, the files written are listed, sorted, once the build has succeeded.
final class BuildConsole: Sendable {
    private let drawsBar: Bool
    private let listsFiles: Bool
    private let state = Mutex(State())

    private struct State {
        var stage: BuildProgress.Stage?
        var lastDraw = Date.distantPast
        var drawn = false
        var written: [String] = []
    }

    init(_ options: OutputOptions) {
        drawsBar = Terminal.isInteractive && !options.quiet && !options.verbose
        listsFiles = options.verbose
    }

    /// Points the build's hooks at this console.
    func attach(to options: inout BuildOptions) {
        if drawsBar { options.progress = { [self] in self.draw($0) } }
        if listsFiles { options.didWrite = { [self] path in self.state.withLock { $0.written.append(path) } } }
    }

    /// Clears the bar; after a successful build, lists the files written when asked to.
    func finish(succeeded: Bool) {
        let (drawn, written) = state.withLock { state in
            defer { state = State() }
            return (state.drawn, state.written)
        }
        if drawn { Terminal.write(1, "\r\u{1B}[2K") }
        if succeeded && !written.isEmpty {
            Terminal.line(written.sorted().map { "wrote \($0)" }.joined(separator: "\n"))
        }
    }

    private func draw(_ progress: BuildProgress) {
        let now = Date()
        let text: String? = state.withLock { state in
            let isNewStage = state.stage != progress.stage
            let isLast = progress.total.map { progress.completed >= $0 } ?? false
            guard isNewStage || isLast || now.timeIntervalSince(state.lastDraw) >= 0.05 else { return nil }
            state.stage = progress.stage
            state.lastDraw = now
            state.drawn = true
            return Self.render(progress)
        }
        if let text { Terminal.write(1, "\r\u{1B}[2K" + text) }
    }

    /// `Articles  [██████░░░░░░░░░░░░░░░░░░]  120/391`, or `Loading…` when there is no count.
    static func render(_ progress: BuildProgress) -> String {
        let name = progress.stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        guard let total = progress.total, total > 0 else { return name + "…" }
        let width = 24
        let filled = min(width, progress.completed * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(name)[\(bar)]  \(progress.completed)/\(total)"
    }
}
