import Foundation
import GazetteContent

/// Writes `.gz` and `.br` siblings of the site's text files (`precompress:`), for servers
/// that send a precompressed file when the browser accepts it (nginx `gzip_static` and
/// `brotli_static`, Caddy `precompressed`). Each sibling is an ordinary output of the writer
/// whose fingerprint is the hash of its source's bytes and the method: while a file's bytes
/// stay the same its siblings are kept as they are and never compressed again.
package struct Precompressor: Sendable {
    /// The files that get siblings, by extension.
    package static let extensions: Set<String> = ["html", "xml", "json", "css", "js", "svg"]
    /// Files smaller than this get no siblings: they fit one network packet either way, and
    /// a server with `gzip_static on` (nginx) or Caddy's `precompressed` sends the plain file
    /// when no sibling exists. Redirect pages and moved feeds are this small.
    package static let minimumSize = 1024

    let writer: OutputWriter
    let methods: [Precompression]

    package init(writer: OutputWriter, methods: [Precompression]) {
        self.writer = writer
        self.methods = methods
    }

    /// Whether `path` gets siblings.
    package static func compresses(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(String(path[path.index(after: dot)...]))
    }

    /// The sibling paths `path` would have with `methods`, for builds that load only some
    /// manifest entries.
    package static func siblings(of path: String, methods: [Precompression]) -> [String] {
        compresses(path) ? methods.map { path + $0.suffix } : []
    }

    /// Adds the siblings of every compressible file the build produced so far; call it after
    /// the last page is written and before `commit`.
    package func run() throws(DiagnosticsError) {
        guard !methods.isEmpty else { return }
        let (outputs, staged) = writer.currentOutputs()
        let stagedPaths = Set(staged)
        let sources = outputs.keys.filter(Self.compresses).sorted()
        // In runs of files, so that each run sets up its compressor once.
        let runs = min(sources.count, 64)
        try Parallel.forEach(runs) { run throws(DiagnosticsError) in
            let deflater = methods.contains(.gzip) ? Compression.Deflater() : nil
            for number in stride(from: run, to: sources.count, by: runs) {
                let path = sources[number]
                guard let source = outputs[path] else { continue }
                try compress(path, source: source, staged: stagedPaths.contains(path), deflater: deflater)
            }
        }
    }

    /// The siblings of one file, unless they are current.
    private func compress(
        _ path: String, source: BuildManifest.Output, staged: Bool, deflater: Compression.Deflater?
    ) throws(DiagnosticsError) {
        var bytes: Data?
        for method in methods {
            let sibling = path + method.suffix
            if writer.isClaimed(sibling) { continue }
            let key = Self.fingerprint(sourceHash: source.hash, method: method)
            if try writer.keepIfCurrent(sibling, fingerprint: key, owner: "precompressed /\(path)") { continue }
            if bytes == nil { bytes = try read(path, staged: staged) }
            if bytes!.count < Self.minimumSize { return }
            let compressed = bytes!.withUnsafeBytes { buffer in
                method == .gzip ? deflater?.gzip(buffer) : Compression.compress(buffer, method)
            }
            guard let compressed else {
                throw DiagnosticsError([Diagnostic(path: path, "cannot compress with \(method.rawValue)")])
            }
            try writer.write(sibling, data: compressed, owner: "precompressed /\(path)", fingerprint: key)
        }
    }

    /// A sibling's fingerprint: its source's bytes and how they are compressed.
    static func fingerprint(sourceHash: UInt64, method: Precompression) -> UInt64 {
        var key = StableHash()
        key.add(sourceHash)
        key.add(method.rawValue)
        if method == .gzip { key.add(Compression.gzipEncoder) }
        key.add(Int(method == .gzip ? Compression.gzipLevel : Compression.brotliQuality))
        key.add(minimumSize)
        return key.value
    }

    /// The bytes of `path` as this build leaves it: staged when written now, else the output's.
    private func read(_ path: String, staged: Bool) throws(DiagnosticsError) -> Data {
        let url = (staged ? writer.staging : writer.output).appending(path: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(path: url.path, "cannot read this file to compress it")])
        }
        return data
    }
}
