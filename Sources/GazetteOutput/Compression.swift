import CBrotli
import CDeflate
import Foundation
import GazetteContent

/// One-shot compression through libdeflate (gzip) and the Brotli encoder. Both are
/// deterministic: the gzip header carries no time or name, so the same bytes always give the
/// same file.
package enum Compression {
    /// gzip level 1 of libdeflate's 12. On 52 MB of the benchmark archive's pages it
    /// compresses to 38.5% at 230 MB/s a core; its level 6 to 37.6% at 108 MB/s, zlib's level 6
    /// (used before) to 37.7% at 58 MB/s and zlib's level 1, nginx's default for compressing
    /// on the fly, to 40.0%. At 10,000 articles level 6 added about 34% to a full build's user
    /// CPU, level 1 about 10% (issue 15 allows 30%), for .gz files 2% bigger.
    static let gzipLevel: Int32 = 1
    /// Brotli quality 9 of 11: most of the gain of 11 at a small part of its time.
    static let brotliQuality: Int32 = 9
    /// Names the gzip encoder in siblings' fingerprints, so a change of library makes them again.
    static let gzipEncoder = "libdeflate"

    /// `bytes` in `method`'s format; nil only if the library fails (out of memory).
    package static func compress(_ bytes: UnsafeRawBufferPointer, _ method: Precompression) -> Data? {
        switch method {
        case .gzip: Deflater()?.gzip(bytes)
        case .brotli: brotli(bytes)
        }
    }

    /// A libdeflate compressor made once and used for many files (one per thread: it is
    /// not safe to share): making one allocates its tables, which over tens of thousands of
    /// pages would cost more than the compression.
    package final class Deflater {
        private let compressor: OpaquePointer

        package init?() {
            guard let compressor = libdeflate_alloc_compressor(Compression.gzipLevel) else { return nil }
            self.compressor = compressor
        }

        deinit { libdeflate_free_compressor(compressor) }

        package func gzip(_ bytes: UnsafeRawBufferPointer) -> Data? {
            let capacity = libdeflate_gzip_compress_bound(compressor, bytes.count)
            var output = Data(count: capacity)
            let written = output.withUnsafeMutableBytes { out in
                libdeflate_gzip_compress(compressor, bytes.baseAddress, bytes.count, out.baseAddress, capacity)
            }
            guard written > 0 else { return nil }
            output.count = written
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
