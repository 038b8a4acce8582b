import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
    /// Puts the new site in place in one step. `manifest` carries the site key and clock
    /// horizon; its outputs are filled in here from what was written and kept. `extras` are
    /// files of Gazette's own (caches) written to the state folder beside the manifest.
    /// When the build made only some pages (``buildsOnlySome``), the previous manifest is
    /// patched with them and no file is removed. Gives the number of files the site now has.
    ///
    /// A first build renames its complete staging folder into place. A rebuild brings the
    /// second copy of the site (``SwapRecord``) up to date with the output, applies this
    /// build's files to it and exchanges it with the output: the unchanged files are shared
    /// by hard links, so the cost follows what changed, not the size of the site. A kill at any
    /// moment leaves the old site or the new one, each complete.
    @discardableResult
    package func commit(_ manifest: BuildManifest, extras: [String: Data] = [:]) throws(DiagnosticsError) -> Int {
        if !clashes.isEmpty { throw DiagnosticsError(clashes) }
        let started = ProcessInfo.processInfo.systemUptime
        var swapping = 0.0
        defer {
            // What the commit costs, and the part of it that is the swap: bringing the copy up
            // to date, moving the new files in, exchanging the folders (Benchmarks/swap.sh).
            if ProcessInfo.processInfo.environment["GAZETTE_TIMINGS"] != nil {
                let total = ProcessInfo.processInfo.systemUptime - started
                let line = String(format: "commit and swap: %.3f s (swap %.3f s)\n", total, swapping)
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        var manifest = manifest
        let (outputs, staged) = currentOutputs()
        let bytes: [UInt8]
        let count: Int
        do {
            if previous == nil {
                try Data("Built by Gazette. This folder is replaced by every build.\n".utf8).write(to: staging.appending(path: Self.marker))
                manifest.outputs = outputs
                manifest.folder = StateFolder.identity(of: staging.path) ?? 0
                (bytes, count) = (manifest.encoded(), outputs.count)
                try writeState(bytes, extras: extras)
                swapping = try timed { try swapInWhole() }
            } else {
                var shadow = stateFolder.shadow, removed: [String] = []
                swapping = try timed {
                    shadow = try prepareShadow()
                    try moveIn(staged, to: shadow)
                    removed = buildsOnlySome ? [] : removeStale(keeping: outputs, in: shadow)
                }
                manifest.folder = StateFolder.identity(of: shadow.path) ?? 0
                if buildsOnlySome {
                    guard let source = previous?.source, let patched = manifest.patching(source, with: outputs) else {
                        throw DiagnosticsError([Diagnostic(path: stateFolder.file(BuildManifest.fileName).path, "cannot read the previous build's manifest")])
                    }
                    (bytes, count) = patched
                } else {
                    manifest.outputs = outputs
                    (bytes, count) = (manifest.encoded(), outputs.count)
                }
                try writeState(bytes, extras: extras)
                swapping += try timed { try exchange(shadow, lag: staged + removed) }
                try? FileManager.default.removeItem(at: staging)
            }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(path: output.path, "cannot move the new site into place: \(error.localizedDescription)")])
        }
        return count
    }

    /// Seconds `work` took.
    private func timed(_ work: () throws -> Void) throws -> Double {
        let start = ProcessInfo.processInfo.systemUptime
        try work()
        return ProcessInfo.processInfo.systemUptime - start
    }

    /// Removes the staging folder (and a first build's half-made second copy) after a failed
    /// build; the previous output is untouched.
    package func discard() {
        try? FileManager.default.removeItem(at: staging)
        if let linkedShadow { try? FileManager.default.removeItem(at: linkedShadow.url) }
    }

    /// The caches, then the manifest, each replaced atomically. The manifest names the folder
    /// about to become the output, so it counts only once that folder is in place.
    private func writeState(_ manifest: [UInt8], extras: [String: Data]) throws {
        for (name, data) in extras.sorted(by: { $0.key < $1.key }) { try data.write(to: stateFolder.file(name), options: .atomic) }
        try Data(manifest).write(to: stateFolder.file(BuildManifest.fileName), options: .atomic)
    }

    /// Renames each staged file over its counterpart in `folder` (atomic per file).
    private func moveIn(_ staged: [String], to folder: URL) throws {
        var folders: Set<String> = [""]
        for path in staged.sorted() {
            let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            if !folders.contains(parent) {
                try FileManager.default.createDirectory(at: folder.appending(path: parent), withIntermediateDirectories: true)
                folders.insert(parent)
            }
            if rename(staging.path + "/" + path, folder.path + "/" + path) != 0 {
                throw DiagnosticsError([Diagnostic(path: output.path + "/" + path, "cannot move into place: \(String(cString: strerror(errno)))")])
            }
        }
    }

    /// Deletes from `folder` the files the previous build wrote and this one did not, then
    /// their empty folders; gives their paths.
    private func removeStale(keeping outputs: [String: BuildManifest.Output], in folder: URL) -> [String] {
        guard let previous else { return [] }
        let removed = previous.outputs.keys.filter { outputs[$0] == nil }
        for path in removed { unlink(folder.path + "/" + path) }
        Self.removeEmptyFolders(of: removed, in: folder.path)
        return removed
    }

    /// Removes the folders holding `paths` that are now empty, deepest first (rmdir fails
    /// harmlessly on folders that still hold files).
    static func removeEmptyFolders(of paths: [String], in root: String) {
        var folders: Set<String> = []
        for path in paths {
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                folders.insert(folder)
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(root + "/" + folder) }
    }
}
