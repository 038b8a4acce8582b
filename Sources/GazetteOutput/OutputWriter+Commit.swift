import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
    /// Puts the new site in place. `manifest` carries the site key and clock horizon; its
    /// outputs are filled in here from what was written and kept.
    /// `extras` are files of Gazette's own (caches) written beside the manifest.
    /// When the build made only some pages (``buildsOnlySome``), the previous manifest is
    /// patched with them and no file is removed. Gives the number of files the site now has.
    @discardableResult
    package func commit(_ manifest: BuildManifest, extras: [String: Data] = [:]) throws(DiagnosticsError) -> Int {
        var manifest = manifest
        let (outputs, staged) = currentOutputs()
        let manifestURL = output.appending(path: BuildManifest.fileName)
        let bytes: Data
        let count: Int
        if buildsOnlySome {
            guard let source = previous?.source, let patched = manifest.patching(source, with: outputs) else {
                throw DiagnosticsError([Diagnostic(path: manifestURL.path, "cannot read the previous build's manifest")])
            }
            (bytes, count) = (Data(patched.bytes), patched.count)
        } else {
            manifest.outputs = outputs
            (bytes, count) = (Data(manifest.encoded()), outputs.count)
        }
        let note = Data("Built by Gazette. This folder is replaced by every build.\n".utf8)
        do {
            if previous == nil {
                try bytes.write(to: staging.appending(path: BuildManifest.fileName))
                try note.write(to: staging.appending(path: Self.marker))
                for (name, data) in extras { try data.write(to: staging.appending(path: name)) }
                try swapInWhole()
            } else {
                try moveIn(staged)
                if !buildsOnlySome { try removeStale(keeping: outputs) }
                for (name, data) in extras { try data.write(to: output.appending(path: name), options: .atomic) }
                try bytes.write(to: manifestURL, options: .atomic)
                try? FileManager.default.removeItem(at: staging)
            }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Diagnostic(path: output.path, "cannot move the new site into place: \(error.localizedDescription)")])
        }
        return count
    }

    /// Removes the staging folder after a failed build; the previous output is untouched.
    package func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func swapInWhole() throws {
        let fileManager = FileManager.default
        let retired = output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).gazette-old-\(getpid())")
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: retired)
        }
        try fileManager.moveItem(at: staging, to: output)
        try? fileManager.removeItem(at: retired)
    }

    /// Renames each staged file over its counterpart in the output (atomic per file).
    private func moveIn(_ staged: [String]) throws {
        var folders: Set<String> = [""]
        for path in staged.sorted() {
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(at: output.appending(path: folder), withIntermediateDirectories: true)
                folders.insert(folder)
            }
            if rename(staging.path + "/" + path, output.path + "/" + path) != 0 {
                throw DiagnosticsError([Diagnostic(path: output.path + "/" + path, "cannot move into place: \(String(cString: strerror(errno)))")])
            }
        }
    }

    /// Deletes files the previous build wrote and this one did not, then their empty folders.
    private func removeStale(keeping outputs: [String: BuildManifest.Output]) throws {
        guard let previous else { return }
        var folders: Set<String> = []
        for path in previous.outputs.keys where outputs[path] == nil {
            unlink(output.path + "/" + path)
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                folders.insert(folder)
            }
        }
        // Deepest first; rmdir fails harmlessly on folders that still hold files.
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(output.path + "/" + folder) }
    }
}
