import Foundation
import GazetteContent
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site so that a failed build never touches the previous output, and a rebuild
/// rewrites only files whose bytes changed. Every file goes first to a staging folder beside
/// the output; `commit()` then either swaps the whole staging folder in (first build) or moves
/// the changed files into the existing output one by one and removes files no longer built.
/// Files are written with POSIX calls (no fsync per file), from any thread.
package final class OutputWriter: Sendable {
    /// The file that marks a folder as Gazette's own output, safe to replace.
    package static let marker = ".gazette-output"

    let output: URL
    let staging: URL
    /// The previous build's manifest: nil for a first build, which swaps the whole folder in.
    let previous: BuildManifest?
    /// Whether this build makes only some pages (see `only` in `init`): files of the previous
    /// build it does not touch then stay, and stay in the manifest, instead of being removed.
    let buildsOnlySome: Bool
    private let didWrite: (@Sendable (String) -> Void)?
    private let state = Mutex(State())

    private struct State {
        var folders: Set<String> = [""]
        var owners: [String: String] = [:]
        var outputs: [String: BuildManifest.Output] = [:]
        var staged: [String] = []
        var bytes = 0
    }

    /// Checks that `output` may be replaced, reads its manifest and creates the staging folder.
    /// A build that will only write some pages reads the manifest entries of `only` those.
    package init(output: URL, siteDirectory: URL, didWrite: (@Sendable (String) -> Void)? = nil, only: Set<String>? = nil) throws(DiagnosticsError) {
        self.output = output.standardizedFileURL
        self.didWrite = didWrite
        buildsOnlySome = only != nil
        let name = self.output.lastPathComponent
        staging = self.output.deletingLastPathComponent().appending(path: ".\(name).gazette-tmp-\(getpid())")
        try Self.checkReplaceable(self.output, siteDirectory: siteDirectory.standardizedFileURL)
        previous = BuildManifest(contentsOf: self.output.appending(path: BuildManifest.fileName), keeping: only)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([Diagnostic(path: staging.path, "cannot create the staging folder: \(error.localizedDescription)")])
        }
    }

    private static func checkReplaceable(_ output: URL, siteDirectory: URL) throws(DiagnosticsError) {
        let refuse = { (why: String) in DiagnosticsError([Diagnostic(path: output.path, "refusing to use this output folder: \(why)")]) }
        let outputPath = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let sitePath = siteDirectory.path.hasSuffix("/") ? siteDirectory.path : siteDirectory.path + "/"
        if sitePath.hasPrefix(outputPath) { throw refuse("it is the site folder or holds it") }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output.path) else { return }
        if entries.contains("Content") { throw refuse("it holds a Content/ folder") }
        if !entries.isEmpty && !entries.contains(marker) {
            throw refuse("it is not empty and was not made by Gazette (no \(marker) file)")
        }
    }

    /// Files of the site, files written (new or changed) and the bytes written.
    package var totals: (files: Int, written: Int, bytes: Int) {
        state.withLock { ($0.outputs.count, $0.staged.count, $0.bytes) }
    }

    /// Whether `path` was built last time from inputs with this fingerprint; if so the page is
    /// kept as it is and need not be rendered. Fingerprint 0 means "always render".
    package func keepIfCurrent(_ path: String, fingerprint: UInt64, owner: String) throws(DiagnosticsError) -> Bool {
        guard fingerprint != 0, let old = previous?.outputs[path], old.fingerprint == fingerprint else { return false }
        try claim(path, owner: owner)
        state.withLock { $0.outputs[path] = old }
        return true
    }

    /// Every path claimed in this build, with what produced it.
    package func claims() -> [String: String] {
        state.withLock { $0.owners }
    }

    /// Whether some page already claimed `path` in this build.
    package func isClaimed(_ path: String) -> Bool {
        state.withLock { $0.owners[path] != nil }
    }

    /// Writes `text` to `path` (relative to the output root) unless the output already holds
    /// these bytes. `owner` names what produced the page; a second claim is an error naming both.
    package func write(_ path: String, _ text: String, owner: String, fingerprint: UInt64 = 0) throws(DiagnosticsError) {
        var text = text
        let failure: DiagnosticsError? = text.withUTF8 { buffer in
            do throws(DiagnosticsError) { try write(path, bytes: UnsafeRawBufferPointer(buffer), owner: owner, fingerprint: fingerprint) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes raw bytes to `path`, as `write(_:_:owner:fingerprint:)`.
    package func write(_ path: String, data: Data, owner: String, fingerprint: UInt64 = 0) throws(DiagnosticsError) {
        let failure: DiagnosticsError? = data.withUnsafeBytes { buffer in
            do throws(DiagnosticsError) { try write(path, bytes: buffer, owner: owner, fingerprint: fingerprint) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// What this build produced so far: every output with its manifest entry, and the paths staged.
    func currentOutputs() -> (outputs: [String: BuildManifest.Output], staged: [String]) {
        state.withLock { ($0.outputs, $0.staged) }
    }

    private func write(_ path: String, bytes: UnsafeRawBufferPointer, owner: String, fingerprint: UInt64) throws(DiagnosticsError) {
        try claim(path, owner: owner)
        var hash = StableHash()
        hash.add(bytes)
        let entry = BuildManifest.Output(fingerprint: fingerprint, hash: hash.value)
        if let old = previous?.outputs[path], old.hash == entry.hash {
            state.withLock { $0.outputs[path] = entry }
            return
        }
        let result = writeFile(path, buffer: bytes)
        if result != 0 {
            throw DiagnosticsError([Diagnostic(path: staging.appending(path: path).path, "cannot write: \(String(cString: strerror(result)))")])
        }
        state.withLock { state in
            state.outputs[path] = entry
            state.staged.append(path)
            state.bytes += bytes.count
        }
        didWrite?(path)
    }

    private func claim(_ path: String, owner: String) throws(DiagnosticsError) {
        let previous: String? = state.withLock { state in
            if let existing = state.owners[path] { return existing }
            state.owners[path] = owner
            return nil
        }
        if let previous {
            throw DiagnosticsError([Diagnostic(path: owner, "output '\(path)' is also written by \(previous)")])
        }
    }

    private func writeFile(_ path: String, buffer: UnsafeRawBufferPointer) -> Int32 {
        if let slash = path.lastIndex(of: "/") {
            let error = ensureFolder(String(path[..<slash]), in: staging.path, known: \.folders)
            if error != 0 { return error }
        }
        let descriptor = open(staging.path + "/" + path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { return errno }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Creates `folder` and its parents under `root` once; racing mkdirs are harmless.
    private func ensureFolder(_ folder: String, in root: String, known: WritableKeyPath<State, Set<String>>) -> Int32 {
        if state.withLock({ $0[keyPath: known].contains(folder) }) { return 0 }
        if let slash = folder.lastIndex(of: "/") {
            let error = ensureFolder(String(folder[..<slash]), in: root, known: known)
            if error != 0 { return error }
        }
        if mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST { return errno }
        state.withLock { _ = $0[keyPath: known].insert(folder) }
        return 0
    }
}
