import Foundation
import GazetteContent

/// What the previous build wrote: for every output file, the fingerprint of the inputs it
/// was rendered from and the hash of its bytes. A page whose fingerprint is unchanged is not
/// rendered again; a page whose bytes are unchanged is not written again.
struct BuildManifest: Sendable {
    struct Output: Sendable, Hashable {
        var fingerprint: UInt64
        var hash: UInt64
    }

    static let fileName = ".gazette-manifest"
    private static let magic = "gazette-manifest-2"

    /// Hash of everything that is not content: settings, build options, templates, assets.
    var siteKey: UInt64 = 0
    /// The earliest date of an article left out as future: once the clock passes it, the
    /// site must be built again even if no file changed.
    var nextFuture: Double = .infinity
    /// Hash of every input file's stamp and of ``siteKey``'s inputs: equal means nothing changed.
    var inputsKey: UInt64 = 0
    /// Articles published by that build.
    var articleCount = 0
    var outputs: [String: Output] = [:]

    init() {}

    /// Reads a manifest; a missing or damaged file gives nil.
    init?(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var input = ByteReader([UInt8](data))
        do {
            guard try input.string() == Self.magic else { return nil }
            siteKey = try input.uint64()
            nextFuture = Double(bitPattern: try input.uint64())
            inputsKey = try input.uint64()
            articleCount = try input.int()
            var outputs: [String: Output] = [:]
            for _ in 0..<(try input.count()) {
                let path = try input.string()
                outputs[path] = Output(fingerprint: try input.uint64(), hash: try input.uint64())
            }
            self.outputs = outputs
        } catch {
            return nil
        }
    }

    /// The manifest as bytes, in path order.
    func encoded() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.magic)
        out.uint64(siteKey)
        out.uint64(nextFuture.bitPattern)
        out.uint64(inputsKey)
        out.int(articleCount)
        out.int(outputs.count)
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            out.uint64(output.fingerprint)
            out.uint64(output.hash)
        }
        return out.bytes
    }
}
