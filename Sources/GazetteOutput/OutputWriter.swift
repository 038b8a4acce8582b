import Foundation
import GazetteContent
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site so that a failed build never touches the previous output, a rebuild
/// rewrites only files whose bytes changed, and the new site replaces the old one in a single
/// step. Every file goes first to a staging folder beside the output; `commit()` then either
/// puts the whole staging folder in place (first build) or applies the changed files to the
/// second copy of the site kept in the state folder and swaps the two folders (see
/// `OutputWriter+Swap.swift`). Files are written with POSIX calls (no fsync per file), from
/// any thread, relative to the open staging folder. A first build links each file into the
/// second copy as it writes it, so that its commit has no tree to walk. The first write that
/// fails stops every later one: a full disk is reported once.
package final class OutputWriter: Sendable {
    /// The file that marks a folder as Gazette's own output, safe to replace.
    package static let marker = ".gazette-output"

    let output: URL
    let staging: URL
    /// Where the manifest, the caches and the second copy of the site live.
    package let stateFolder: StateFolder
    /// The previous build's manifest: nil for a first build, which swaps the whole folder in.
    let previous: BuildManifest?
    /// Whether this build makes only some pages (see `only` in `init`): files of the previous
    /// build it does not touch then stay, and stay in the manifest, instead of being removed.
    let buildsOnlySome: Bool
    /// The open staging folder, which every file is written relative to.
    private let stagingDescriptor: Int32
    /// On a first build, the second copy of the site (``StateFolder/shadow``), open, that each
    /// file is linked into as soon as it is written; nil on rebuilds.
    let linkedShadow: (url: URL, descriptor: Int32)?
    private let didWrite: (@Sendable (String) -> Void)?
    private let state = Mutex(State())

    /// Where an output's claim is written in the site's files (an alias in front matter),
    /// looked up only when it clashes.
    package typealias Origin = @Sendable () -> Diagnostic?

    private struct State {
        var folders: Set<String> = [""]
        var shadowFolders: Set<String> = [""]
        /// Set when a file could not be linked into ``linkedShadow``: the commit then makes
        /// the copy the old way, from the whole folder.
        var shadowIncomplete = false
        var owners: [String: (name: String, origin: Origin?)] = [:]
        /// Every output written twice, as located errors; ``commit(_:extras:)`` throws them all.
        var clashes: [Diagnostic] = []
        var outputs: [String: BuildManifest.Output] = [:]
        var staged: [String] = []
        /// The size of each staged file, in the order of ``staged``.
        var sizes: [Int] = []
        var bytes = 0
        /// Set by the first write that failed; later writes are not tried.
        var failed = false
    }

    /// Checks that `output` may be replaced, reads its manifest from the state folder, removes
    /// staging folders of builds that were killed and creates this build's. A build that will
    /// only write some pages reads the manifest entries of `only` those. The caller holds the
    /// build lock (``BuildLock``).
    package init(state: StateFolder, siteDirectory: URL, didWrite: (@Sendable (String) -> Void)? = nil, only: Set<String>? = nil) throws(DiagnosticsError) {
        stateFolder = state
        output = state.output
        self.didWrite = didWrite
        buildsOnlySome = only != nil
        staging = Self.leftoverName(of: output, kind: "tmp", pid: getpid())
        try Self.checkReplaceable(output, siteDirectory: siteDirectory.standardizedFileURL)
        try state.create()
        previous = state.manifest(keeping: only)
        Self.removeLeftovers(of: output)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([Diagnostic(path: staging.path, "cannot create the staging folder: \(error.localizedDescription)")])
        }
        stagingDescriptor = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if stagingDescriptor < 0 {
            throw DiagnosticsError([Diagnostic(path: staging.path, "cannot open the staging folder: \(String(cString: strerror(errno)))")])
        }
        linkedShadow = previous == nil && !buildsOnlySome ? Self.startShadow(state) : nil
    }

    deinit {
        close(stagingDescriptor)
        if let linkedShadow { close(linkedShadow.descriptor) }
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

    /// Every file of the site with its size in bytes, when this build wrote them all (a first
    /// build); nil when some were kept from the previous build, whose sizes the writer does
    /// not know. It spares a caller the walk over the output to weigh it.
    package var writtenSizes: [(path: String, bytes: Int)]? {
        state.withLock { state in
            guard state.staged.count == state.outputs.count else { return nil }
            return Array(zip(state.staged, state.sizes))
        }
    }

    /// Whether `path` was built last time from inputs with this fingerprint; if so the page is
    /// kept as it is and need not be rendered. Fingerprint 0 means "always render".
    package func keepIfCurrent(_ path: String, fingerprint: UInt64, owner: String) throws(DiagnosticsError) -> Bool {
        guard fingerprint != 0, let old = previous?.outputs[path], old.fingerprint == fingerprint else { return false }
        guard claim(path, owner: owner, origin: nil) else { return true }
        state.withLock { $0.outputs[path] = old }
        return true
    }

    /// Keeps `path` as the previous build left it, under a new fingerprint: for a file whose
    /// bytes a partial build knows to be what a full build would give it now. False when the
    /// previous build did not write it.
    package func keep(_ path: String, fingerprint: UInt64, owner: String) -> Bool {
        guard var old = previous?.outputs[path] else { return false }
        guard claim(path, owner: owner, origin: nil) else { return true }
        old.fingerprint = fingerprint
        state.withLock { $0.outputs[path] = old }
        return true
    }

    /// Every path claimed in this build, with what produced it.
    package func claims() -> [String: String] {
        state.withLock { $0.owners.mapValues(\.name) }
    }

    /// Whether some page already claimed `path` in this build (`owner` itself, when given).
    package func isClaimed(_ path: String, by owner: String? = nil) -> Bool {
        state.withLock { state in state.owners[path].map { owner == nil || $0.name == owner } ?? false }
    }

    /// Writes `text` to `path` (relative to the output root) unless the output already holds
    /// these bytes. `owner` names what produced the page; a second claim is an error naming both.
    /// A clash is collected, located at `origin` when given, and the second file not written.
    package func write(_ path: String, _ text: String, owner: String, origin: Origin? = nil, fingerprint: UInt64 = 0) throws(DiagnosticsError) {
        var text = text
        let failure: DiagnosticsError? = text.withUTF8 { buffer in
            do throws(DiagnosticsError) {
                try write(path, bytes: UnsafeRawBufferPointer(buffer), owner: owner, origin: origin, fingerprint: fingerprint)
            } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes raw bytes to `path`, as `write(_:_:owner:fingerprint:)`.
    package func write(_ path: String, data: Data, owner: String, fingerprint: UInt64 = 0) throws(DiagnosticsError) {
        let failure: DiagnosticsError? = data.withUnsafeBytes { buffer in
            do throws(DiagnosticsError) { try write(path, bytes: buffer, owner: owner, origin: nil, fingerprint: fingerprint) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// What this build produced so far: every output with its manifest entry, and the paths staged.
    func currentOutputs() -> (outputs: [String: BuildManifest.Output], staged: [String]) {
        state.withLock { ($0.outputs, $0.staged) }
    }

    private func write(_ path: String, bytes: UnsafeRawBufferPointer, owner: String, origin: Origin?, fingerprint: UInt64) throws(DiagnosticsError) {
        guard claim(path, owner: owner, origin: origin) else { return }
        var hash = StableHash()
        hash.add(bytes)
        let entry = BuildManifest.Output(fingerprint: fingerprint, hash: hash.value)
        if let old = previous?.outputs[path], old.hash == entry.hash {
            state.withLock { $0.outputs[path] = entry }
            return
        }
        if state.withLock({ $0.failed }) { throw DiagnosticsError([]) }
        let result = writeFile(path, buffer: bytes)
        if result != 0 {
            // Only the first failure is reported: with a full disk every later write fails too.
            let first = state.withLock { state in
                defer { state.failed = true }
                return !state.failed
            }
            guard first else { throw DiagnosticsError([]) }
            throw DiagnosticsError([Diagnostic(
                path: output.path, "cannot write '\(path)': \(String(cString: strerror(result))); the build stopped there and the previous site is unchanged")])
        }
        state.withLock { state in
            state.outputs[path] = entry
            state.staged.append(path)
            state.sizes.append(bytes.count)
            state.bytes += bytes.count
        }
        didWrite?(path)
    }

    /// Whether `owner` is the first to write `path`. A second owner's clash is collected, at
    /// the place in the site's files that asked for the path (either owner's origin).
    private func claim(_ path: String, owner: String, origin: Origin?) -> Bool {
        let previous: (name: String, origin: Origin?)? = state.withLock { state in
            if let existing = state.owners[path] { return existing }
            state.owners[path] = (owner, origin)
            return nil
        }
        guard let previous else { return true }
        let clash: Diagnostic
        if var located = origin?() {
            located.message = "\(owner) writes '\(path)', which \(previous.name) writes too"
            clash = located
        } else if var located = previous.origin?() {
            located.message = "\(previous.name) writes '\(path)', which \(owner) writes too"
            clash = located
        } else {
            clash = Diagnostic(path: owner, "output '\(path)' is also written by \(previous.name)")
        }
        state.withLock { $0.clashes.append(clash) }
        return false
    }

    /// The clashes collected so far.
    var clashes: [Diagnostic] { state.withLock { $0.clashes } }

    private func writeFile(_ path: String, buffer: UnsafeRawBufferPointer) -> Int32 {
        if let slash = path.lastIndex(of: "/") {
            let error = ensureFolder(String(path[..<slash]), in: stagingDescriptor, known: \.folders)
            if error != 0 { return error }
        }
        let descriptor = openat(stagingDescriptor, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { return errno }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let error = errno
                close(descriptor)
                return error
            }
            offset += written
        }
        close(descriptor)
        linkIntoShadow(path)
        return 0
    }

    /// Links a file just written into the second copy a first build makes as it goes. A link
    /// that fails (a file system without hard links) is not an error: the commit then makes
    /// the copy from the whole folder, copying where it cannot link.
    func linkIntoShadow(_ path: String) {
        guard let linkedShadow, !state.withLock({ $0.shadowIncomplete }) else { return }
        var failed = false
        if let slash = path.lastIndex(of: "/") {
            failed = ensureFolder(String(path[..<slash]), in: linkedShadow.descriptor, known: \.shadowFolders) != 0
        }
        if failed || linkat(stagingDescriptor, path, linkedShadow.descriptor, path, 0) != 0 {
            state.withLock { $0.shadowIncomplete = true }
        }
    }

    /// Whether every file written so far is linked into ``linkedShadow``.
    var shadowIsComplete: Bool { !state.withLock { $0.shadowIncomplete } }

    /// Creates `folder` and its parents under the open folder `root` once; racing mkdirs are harmless.
    private func ensureFolder(_ folder: String, in root: Int32, known: WritableKeyPath<State, Set<String>>) -> Int32 {
        if state.withLock({ $0[keyPath: known].contains(folder) }) { return 0 }
        if let slash = folder.lastIndex(of: "/") {
            let error = ensureFolder(String(folder[..<slash]), in: root, known: known)
            if error != 0 { return error }
        }
        if mkdirat(root, folder, 0o755) != 0 && errno != EEXIST { return errno }
        state.withLock { _ = $0[keyPath: known].insert(folder) }
        return 0
    }
}
