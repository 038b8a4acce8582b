import CBrotli
import CZlib
import Foundation
import GazetteContent
@testable import GazetteOutput
import Testing

/// The `.gz` and `.br` bytes decode back to their source with the libraries' own decoders,
/// and are the same on every run.
struct CompressionTests {
    static let page = Data((0..<400).map { "<p class=\"item\">Article \($0) of the river archive &amp; more</p>\n" }.joined().utf8)

    @Test(arguments: [Precompression.gzip, .brotli])
    func decodesToTheSourceAndIsDeterministic(_ method: Precompression) throws {
        let first = try #require(Self.page.withUnsafeBytes { Compression.compress($0, method) })
        let second = try #require(Self.page.withUnsafeBytes { Compression.compress($0, method) })
        #expect(first == second)
        #expect(first.count * 5 < Self.page.count)
        let decoded = try #require(method == .gzip ? Self.gunzip(first, size: Self.page.count) : Self.unbrotli(first, size: Self.page.count))
        #expect(decoded == Self.page)
    }

    @Test func gzipHasTheGzipMagicAndNoTimestamp() throws {
        let data = try #require(Self.page.withUnsafeBytes { Compression.compress($0, .gzip) })
        #expect(Array(data.prefix(2)) == [0x1f, 0x8b])
        #expect(Array(data[4..<8]) == [0, 0, 0, 0])
    }

    @Test func emptyFilesCompressToo() throws {
        for method in Precompression.allCases {
            let data = try #require(Data().withUnsafeBytes { Compression.compress($0, method) })
            #expect(!data.isEmpty)
        }
    }

    @Test(arguments: [
        ("index.html", true), ("tags/x/feed.xml", true), ("feed.json", true), ("style.css", true), ("app.js", true),
        ("favicon.svg", true), ("photo.jpg", false), ("robots.txt", false), ("index.html.gz", false), ("a.b/readme", false),
    ])
    func compressesTextFilesOnly(_ path: String, _ expected: Bool) {
        #expect(Precompressor.compresses(path) == expected)
        #expect(Precompressor.siblings(of: path, methods: [.gzip, .brotli]) == (expected ? [path + ".gz", path + ".br"] : []))
    }

    static func gunzip(_ data: Data, size: Int) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = Data(count: size + 16)
        var input = data
        let result: Int32 = input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                stream.next_in = inBuffer.bindMemory(to: Bytef.self).baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { return nil }
        output.count = Int(stream.total_out)
        return output
    }

    static func unbrotli(_ data: Data, size: Int) -> Data? {
        var decodedSize = size + 16
        var output = Data(count: decodedSize)
        let result = data.withUnsafeBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                BrotliDecoderDecompress(inBuffer.count, inBuffer.bindMemory(to: UInt8.self).baseAddress, &decodedSize,
                                        outBuffer.bindMemory(to: UInt8.self).baseAddress)
            }
        }
        guard result == BROTLI_DECODER_RESULT_SUCCESS else { return nil }
        output.count = decodedSize
        return output
    }
}
