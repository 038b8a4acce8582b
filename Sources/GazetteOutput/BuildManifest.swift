import Foundation
import GazetteContent

/// What the previous build wrote: for every output file, the fingerprint of the inputs it
/// was rendered from and the hash of its bytes. A page whose fingerprint is unchanged is not
/// rendered again; a page whose bytes are unchanged is not written again.
package struct BuildManifest: Sendable {
    package struct Output: Sendable, Hashable {
        package var fingerprint: UInt64
        var hash: UInt64
    }

    package static let fileName = "manifest"
    private static let magic = "gazette-manifest-3"

    /// Hash of everything that is not content: settings, build options, templates, assets.
    package var siteKey: UInt64 = 0
    /// The earliest date of an article left out as future: once the clock passes it, the
    /// site must be built again even if no file changed.
    package var nextFuture: Double = .infinity
    /// Hash of every input file's stamp and of ``siteKey``'s inputs: equal means nothing changed.
    package var inputsKey: UInt64 = 0
    /// Articles published by that build.
    package var articleCount = 0
    /// ``StateFolder/identity(of:)`` of the folder these outputs are in: a manifest written
    /// for a folder that never became the output (the build was killed) is not used.
    package var folder: UInt64 = 0
    package var outputs: [String: Output] = [:]
    /// The file's count of outputs, when only some of them were read.
    private var readCount: Int?
    /// The file's bytes, kept when only some outputs were read, for ``patching(_:with:)``.
    private(set) var source: [UInt8]?

    /// How many files the site has (also when only the header or some outputs were read).
    package var outputCount: Int { readCount ?? outputs.count }

    package init() {}

    /// Reads a manifest; a missing or damaged file gives nil. With `headerOnly`, only the
    /// keys, clock horizon and counts are read, and ``outputs`` stays empty; with `keeping`,
    /// ``outputs`` holds only the entries of those paths and ``source`` the file's bytes.
    package init?(contentsOf url: URL, headerOnly: Bool = false, keeping: Set<String>? = nil) {
        let data: Data?
        if headerOnly {
            let file = FileHandle(forReadingAtPath: url.path)
            data = try? file?.read(upToCount: 256)
            try? file?.close()
        } else {
            data = FileManager.default.contents(atPath: url.path)
        }
        guard let data else { return nil }
        let bytes = [UInt8](data)
        var input = ByteReader(bytes)
        do {
            try readHeader(&input)
            if headerOnly {
                readCount = try input.int()
                return
            }
            var outputs: [String: Output] = [:]
            let count = try input.count()
            for _ in 0..<count {
                let (path, output) = try Self.readRecord(&input)
                if keeping?.contains(path) ?? true { outputs[path] = output }
            }
            if keeping != nil {
                readCount = count
                source = bytes
            }
            self.outputs = outputs
        } catch {
            return nil
        }
    }

    /// The manifest as bytes, in path order.
    func encoded() -> [UInt8] {
        var out = ByteWriter()
        writeHeader(count: outputs.count, into: &out)
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) { Self.writeRecord(path, output, into: &out) }
        return out.bytes
    }

    /// The manifest file `bytes` (a previous manifest's ``source``) with this manifest's
    /// header and the entries of `changes` put in place of the old ones (new paths at the
    /// end): for a build that made only a few pages, without decoding and sorting every entry
    /// again. Nil when `bytes` are damaged.
    func patching(_ bytes: [UInt8], with changes: [String: Output]) -> (bytes: [UInt8], count: Int)? {
        var input = ByteReader(bytes)
        do {
            var old = BuildManifest()
            try old.readHeader(&input)
            let count = try input.count()
            var remaining = changes
            var records = ByteWriter()
            for _ in 0..<count {
                let start = input.offset
                let (path, _) = try Self.readRecord(&input)
                if let change = remaining.removeValue(forKey: path) {
                    Self.writeRecord(path, change, into: &records)
                } else {
                    records.append(bytes[start..<input.offset])
                }
            }
            guard input.isAtEnd else { return nil }
            for (path, change) in remaining.sorted(by: { $0.key < $1.key }) { Self.writeRecord(path, change, into: &records) }
            var out = ByteWriter()
            writeHeader(count: count + remaining.count, into: &out)
            out.append(records.bytes[...])
            return (out.bytes, count + remaining.count)
        } catch {
            return nil
        }
    }

    private mutating func readHeader(_ input: inout ByteReader) throws(ByteReader.Damaged) {
        guard try input.string() == Self.magic else { throw ByteReader.Damaged() }
        siteKey = try input.uint64()
        nextFuture = Double(bitPattern: try input.uint64())
        inputsKey = try input.uint64()
        articleCount = try input.int()
        folder = try input.uint64()
    }

    private func writeHeader(count: Int, into out: inout ByteWriter) {
        out.string(Self.magic)
        out.uint64(siteKey)
        out.uint64(nextFuture.bitPattern)
        out.uint64(inputsKey)
        out.int(articleCount)
        out.uint64(folder)
        out.int(count)
    }

    private static func readRecord(_ input: inout ByteReader) throws(ByteReader.Damaged) -> (String, Output) {
        (try input.string(), Output(fingerprint: try input.uint64(), hash: try input.uint64()))
    }

    private static func writeRecord(_ path: String, _ output: Output, into out: inout ByteWriter) {
        out.string(path)
        out.uint64(output.fingerprint)
        out.uint64(output.hash)
    }
}
