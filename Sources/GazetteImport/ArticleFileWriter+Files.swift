import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Writing a file's bytes with plain system calls. Foundation's `Data.write(to:)` syncs every
// file to the disk before it returns; for 100,000 articles that made the import wait on the
// disk for minutes (3 min 49 s against 32 s for a copy of the same files). An interrupted
// import is safe without it: a replaced file goes through a temporary file and a rename, and
// a new one that came out short is written again by the next import (or kept, and listed, as
// edited).
extension ArticleFileWriter {
    struct WriteFailure: Error, CustomStringConvertible {
        let description: String
    }

    static func writeBytes(_ text: String, to path: String, replacing: Bool) throws(WriteFailure) {
        let target = replacing ? path + ".gazette-import-partial" : path
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(description: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(target)
                throw WriteFailure(description: reason)
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw WriteFailure(description: String(cString: strerror(errno))) }
        if replacing && rename(target, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(target)
            throw WriteFailure(description: reason)
        }
    }
}

// `write(2)`, named apart from `ArticleFileWriter.write`, on either C library.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
