import Foundation
import GazetteContent

/// What the state folder knows about the second copy of the site that the atomic swap uses:
/// which folder is the output and which the copy (by ``StateFolder/identity(of:)``), and the
/// paths in which the copy still differs from the output (those the last build changed).
/// The record is removed before the copy is touched, so a build killed while changing it
/// leaves no record, and the next build makes the copy afresh.
struct SwapRecord: Sendable {
    static let fileName = "swap"
    private static let magic = "gazette-swap-1"

    var output: UInt64
    var shadow: UInt64
    /// Paths, relative to the output, where the copy is one build behind.
    var lag: [String]

    init(output: UInt64, shadow: UInt64, lag: [String]) {
        self.output = output
        self.shadow = shadow
        self.lag = lag
    }

    /// Reads the record; a missing or damaged one gives nil.
    init?(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var input = ByteReader([UInt8](data))
        do {
            guard try input.string() == Self.magic else { return nil }
            output = try input.uint64()
            shadow = try input.uint64()
            lag = try input.strings()
            guard input.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    func write(to url: URL) throws {
        var out = ByteWriter()
        out.string(Self.magic)
        out.uint64(output)
        out.uint64(shadow)
        out.strings(lag)
        try Data(out.bytes).write(to: url, options: .atomic)
    }
}
