import GazetteContent
import GazetteOutput
import GazettePlan
import Synchronization

/// What rendering bodies found about their internal links, from every thread: unresolved
/// references (errors) and links to root paths that are not articles (checked once every
/// file is written: a warning when the build does not make them).
package final class LinkReport: Sendable {
    private let state = Mutex<(errors: [Diagnostic], paths: [(path: String, at: Diagnostic)])>(([], []))

    package init() {}

    func add(_ links: BodyLinks) {
        guard !links.problems.isEmpty || !links.paths.isEmpty else { return }
        state.withLock { state in
            state.errors += links.problems
            state.paths += links.paths
        }
    }

    /// Throws every unresolved reference found so far.
    func throwErrors() throws(DiagnosticsError) {
        let errors = state.withLock { $0.errors }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
    }

    /// Warnings for root paths that `writer` holds no file for (a folder URL may be written
    /// without its slash).
    package func warnings(against writer: OutputWriter) -> [Diagnostic] {
        state.withLock { $0.paths }.filter { path, _ in
            let file = PublishedPath.file(of: path)
            return !writer.isClaimed(file) && !writer.isClaimed(PublishedPath.file(of: path + "/"))
        }.map(\.at).sorted()
    }
}
