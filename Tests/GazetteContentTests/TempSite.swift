import Foundation
import GazetteContent

/// A site folder in the system's temporary directory, filled from a `[path: contents]`
/// dictionary. `withTempSite` removes it when the test body returns or throws.
struct TempSite {
    let url: URL

    /// Writes each file, creating folders; `binary` holds files whose bytes are not text.
    init(_ files: [String: String], binary: [String: [UInt8]] = [:]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-content-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(Data(text.utf8), to: path) }
        for (path, bytes) in binary { try write(Data(bytes), to: path) }
    }

    private func write(_ data: Data, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a fresh temporary site holding `files`, then removes the site.
func withTempSite<T>(_ files: [String: String], binary: [String: [UInt8]] = [:],
                     _ body: (URL) throws -> T) throws -> T {
    let site = try TempSite(files, binary: binary)
    defer { site.remove() }
    return try body(site.url)
}
