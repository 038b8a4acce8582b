import Foundation

/// A site written into a fresh temporary folder from a `[path: contents]` dictionary,
/// removed again by `remove()`.
package struct TemporarySite {
    package let root: URL

    package init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    package func write(_ path: String, _ contents: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    package func read(_ path: String) throws -> String {
        try String(contentsOf: root.appending(path: path), encoding: .utf8)
    }

    package func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appending(path: path).path)
    }

    package func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The repository root, which is itself the sample site.
    package static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder for build output.
    package static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "gazette-out-\(UUID().uuidString)")
    }
}

/// Every file of a tree, relative path to bytes.
package func snapshot(of folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
    }
    return files
}
