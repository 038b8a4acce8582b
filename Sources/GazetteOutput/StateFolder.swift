import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build keeps what is not the site: the manifest, the parsed-article cache, the
/// quick-rebuild state, the lock and the second copy of the output the atomic swap uses.
/// It is `.gazette/state/<hash of the output's real path>/` in the site folder (so two outputs
/// of one site do not clash), never inside the output: nothing in it is ever published.
package struct StateFolder: Sendable {
    /// The folder in the site folder that holds every state folder (ignored by git).
    package static let root = ".gazette"

    package let url: URL
    /// The output folder this state describes.
    package let output: URL

    package init(siteDirectory: URL, output: URL) {
        let output = output.standardizedFileURL
        self.output = output
        let parent = FolderListing.realPath(output.deletingLastPathComponent().path)
        var hash = StableHash()
        var path = parent + "/" + output.lastPathComponent
        path.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        url = siteDirectory.standardizedFileURL.appending(path: "\(Self.root)/state/\(String(hash.value, radix: 16))")
    }

    /// A file of the state, by name (`BuildManifest.fileName`, `ContentCache.fileName`...).
    package func file(_ name: String) -> URL { url.appending(path: name) }

    /// Creates the folder (and `.gazette/` with it).
    package func create() throws(DiagnosticsError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([Diagnostic(path: url.path, "cannot create the build state folder: \(error.localizedDescription)")])
        }
    }

    /// The manifest of the build that made the output now in place, or nil: none, damaged, or
    /// written for another folder (a build killed before its swap, an output replaced by hand).
    package func manifest(headerOnly: Bool = false, keeping: Set<String>? = nil) -> BuildManifest? {
        guard FileManager.default.fileExists(atPath: output.appending(path: OutputWriter.marker).path),
              let identity = Self.identity(of: output.path),
              let manifest = BuildManifest(contentsOf: file(BuildManifest.fileName), headerOnly: headerOnly, keeping: keeping),
              manifest.folder == identity
        else { return nil }
        return manifest
    }

    /// Device and inode of a folder (not following a last symbolic link), as one number: what
    /// ties a manifest to the very folder it describes.
    package static func identity(of path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return UInt64(truncatingIfNeeded: info.st_dev) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: info.st_ino)
    }
}

extension StateFolder {
    /// The second copy of the site the atomic swap exchanges with the output: in the state
    /// folder when that is on the output's file system, else beside the output.
    package var shadow: URL {
        var here = stat(), there = stat()
        let parent = output.deletingLastPathComponent()
        if stat(url.path, &here) == 0, stat(parent.path, &there) == 0, here.st_dev == there.st_dev {
            return url.appending(path: "site")
        }
        return parent.appending(path: ".\(output.lastPathComponent).gazette-previous")
    }
}
