import Foundation
import GazetteContent
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site into a staging folder beside the output and swaps it in only when the
/// whole build succeeded, so a failed build never leaves a half-written site. Files are
/// written with POSIX calls (no fsync per file) from any thread.
final class OutputWriter: Sendable {
    /// The file that marks a folder as Gazette's own output, safe to replace.
    static let marker = ".gazette-output"

    let output: URL
    let staging: URL
    /// Told each path once its file is written (`--verbose`).
    private let didWrite: (@Sendable (String) -> Void)?
    private let state = Mutex(State())

    private struct State {
        var folders: Set<String> = [""]
        var files: [String: String] = [:]
        var bytes = 0
    }

    /// Checks that `output` may be replaced and creates the staging folder.
    init(output: URL, siteDirectory: URL, didWrite: (@Sendable (String) -> Void)? = nil) throws(DiagnosticsError) {
        self.output = output.standardizedFileURL
        self.didWrite = didWrite
        let name = self.output.lastPathComponent
        staging = self.output.deletingLastPathComponent().appending(path: ".\(name).gazette-tmp-\(getpid())")
        try Self.checkReplaceable(self.output, siteDirectory: siteDirectory.standardizedFileURL)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([Diagnostic(path: staging.path, "cannot create the staging folder: \(error.localizedDescription)")])
        }
    }

    private static func checkReplaceable(_ output: URL, siteDirectory: URL) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        let refuse = { (why: String) in DiagnosticsError([Diagnostic(path: output.path, "refusing to use this output folder: \(why)")]) }
        let outputPath = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let sitePath = siteDirectory.path.hasSuffix("/") ? siteDirectory.path : siteDirectory.path + "/"
        if sitePath.hasPrefix(outputPath) { throw refuse("it is the site folder or holds it") }
        guard let entries = try? fileManager.contentsOfDirectory(atPath: output.path) else { return }
        if entries.contains("Content") { throw refuse("it holds a Content/ folder") }
        if !entries.isEmpty && !entries.contains(marker) {
            throw refuse("it is not empty and was not made by Gazette (no \(marker) file)")
        }
    }

    /// Number of files and bytes written so far.
    var totals: (files: Int, bytes: Int) {
        state.withLock { ($0.files.count, $0.bytes) }
    }

    /// Writes `text` to `path` (relative to the output root). `owner` names what produced the
    /// page; a second page claiming the same path is an error naming both.
    func write(_ path: String, _ text: String, owner: String) throws(DiagnosticsError) {
        try claim(path, owner: owner, size: text.utf8.count)
        var text = text
        let result: Int32 = text.withUTF8 { buffer in writeFile(path, buffer: UnsafeRawBufferPointer(buffer)) }
        if result != 0 { throw failure(path, result) }
        didWrite?(path)
    }

    /// Writes raw bytes to `path`.
    func write(_ path: String, data: Data, owner: String) throws(DiagnosticsError) {
        try claim(path, owner: owner, size: data.count)
        let result = data.withUnsafeBytes { writeFile(path, buffer: $0) }
        if result != 0 { throw failure(path, result) }
        didWrite?(path)
    }

    private func claim(_ path: String, owner: String, size: Int) throws(DiagnosticsError) {
        let previous: String? = state.withLock { state in
            if let existing = state.files[path] { return existing }
            state.files[path] = owner
            state.bytes += size
            return nil
        }
        if let previous {
            throw DiagnosticsError([Diagnostic(path: owner, "output '\(path)' is also written by \(previous)")])
        }
    }

    private func failure(_ path: String, _ code: Int32) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(path: staging.appending(path: path).path, "cannot write: \(String(cString: strerror(code)))")])
    }

    private func writeFile(_ path: String, buffer: UnsafeRawBufferPointer) -> Int32 {
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            let error = ensureFolder(folder)
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

    /// Creates `folder` and its parents once; concurrent callers may race on mkdir, which is harmless.
    private func ensureFolder(_ folder: String) -> Int32 {
        if state.withLock({ $0.folders.contains(folder) }) { return 0 }
        if let slash = folder.lastIndex(of: "/") {
            let error = ensureFolder(String(folder[..<slash]))
            if error != 0 { return error }
        }
        if mkdir(staging.path + "/" + folder, 0o755) != 0 && errno != EEXIST { return errno }
        state.withLock { _ = $0.folders.insert(folder) }
        return 0
    }

    /// Moves the staged site into place, replacing the previous output.
    func commit() throws(DiagnosticsError) {
        let fileManager = FileManager.default
        let retired = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).gazette-old-\(getpid())")
        do {
            try write(Self.marker, "Built by Gazette. This folder is replaced on every build.\n", owner: "gazette")
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: retired)
            }
            try fileManager.moveItem(at: staging, to: output)
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(path: output.path, "cannot move the new site into place: \(error.localizedDescription)")])
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Removes the staging folder after a failed build; the previous output is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
