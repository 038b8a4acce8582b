#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte in UTF-8 text with the C library's `memchr`, which looks at a machine
/// word or more at a time: scans over every article's bytes (line ends, link marks, the item
/// cache's root marks) run on every build.
package enum ByteSearch {
    /// The offset of the first `byte` in `bytes` at or after `start`, or nil.
    package static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `bytes` holds `byte` at all.
    package static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        next(byte, in: bytes, from: 0) != nil
    }
}
