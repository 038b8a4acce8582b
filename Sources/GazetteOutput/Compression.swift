import CBrotli
import CZlib
import Foundation
import GazetteContent

/// One-shot compression through the system's zlib and Brotli encoder. Both are
/// deterministic: the gzip header carries no time or name, so the same bytes always give the
/// same file.
package enum Compression {
    /// gzip level 6, zlib's default: on the benchmark archive's pages (51 MB sampled) level 9
    /// gave files 0.1% smaller for 3% more time, level 4 1% bigger for 10% less, level 1 7%
    /// bigger for 25% less; compression time is mostly what the bytes cost at any level.
    static let gzipLevel: Int32 = 6
    /// Brotli quality 9 of 11: most of the gain of 11 at a small part of its time.
    static let brotliQuality: Int32 = 9

    /// `bytes` in `method`'s format; nil only if the library fails (out of memory).
    package static func compress(_ bytes: UnsafeRawBufferPointer, _ method: Precompression) -> Data? {
        switch method {
        case .gzip: Deflater()?.gzip(bytes)
        case .brotli: brotli(bytes)
        }
    }

    /// A zlib stream set up once and reset for each file: setting one up allocates some
    /// hundreds of KB, which over tens of thousands of pages cost more than the compression.
    package final class Deflater {
        private var stream = z_stream()

        package init?() {
            // windowBits 15 + 16: a gzip wrapper (RFC 1952) instead of zlib's own.
            guard deflateInit2_(&stream, gzipLevel, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY,
                                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        }

        deinit { deflateEnd(&stream) }

        package func gzip(_ bytes: UnsafeRawBufferPointer) -> Data? {
            guard deflateReset(&stream) == Z_OK else { return nil }
            let capacity = Int(deflateBound(&stream, uLong(bytes.count)))
            var output = Data(count: capacity)
            let result: Int32 = output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: bytes.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(bytes.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(capacity)
                return deflate(&stream, Z_FINISH)
            }
            guard result == Z_STREAM_END else { return nil }
            output.count = Int(stream.total_out)
            return output
        }
    }

    static func brotli(_ bytes: UnsafeRawBufferPointer) -> Data? {
        var size = BrotliEncoderMaxCompressedSize(bytes.count)
        if size == 0 { size = bytes.count + 1024 }
        var output = Data(count: size)
        // A window just big enough for the file: the encoder's tables grow with it.
        var window: Int32 = 10
        while window < BROTLI_DEFAULT_WINDOW && (1 << window) - 16 < bytes.count { window += 1 }
        let ok = output.withUnsafeMutableBytes { out in
            BrotliEncoderCompress(brotliQuality, window, BROTLI_MODE_TEXT, bytes.count,
                                  bytes.bindMemory(to: UInt8.self).baseAddress, &size, out.bindMemory(to: UInt8.self).baseAddress)
        }
        guard ok == BROTLI_TRUE else { return nil }
        output.count = size
        return output
    }
}
