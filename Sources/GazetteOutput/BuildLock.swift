import Foundation
import GazetteContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build of an output at a time: an exclusive `flock` on `lock` in the state folder,
/// held until the lock is released or the process ends (the kernel drops it on a kill, so a
/// killed build never leaves the output locked). The holder writes its process id into the
/// file, so a second build can say who it is waiting for.
package final class BuildLock: Sendable {
    package static let fileName = "lock"
    private let descriptor: Int32

    /// Takes the lock. When another process holds it: with `wait`, calls `waiting` with its
    /// process id and blocks until it is free; without, throws an error naming the holder.
    package init(_ state: StateFolder, wait: Bool, waiting: (Int32?) -> Void = { _ in }) throws(DiagnosticsError) {
        try state.create()
        let path = state.file(Self.fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticsError([Diagnostic(path: path, "cannot open the build lock: \(String(cString: strerror(errno)))")])
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(descriptor)
            guard wait else {
                close(descriptor)
                let who = holder.map { "another build (process \($0))" } ?? "another build"
                throw DiagnosticsError([Diagnostic(path: state.output.path,
                    "\(who) is writing this output; run again when it has finished, or pass --wait to wait for it")])
            }
            waiting(holder)
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw DiagnosticsError([Diagnostic(path: path, "cannot take the build lock: \(String(cString: strerror(errno)))")])
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The process id the holder wrote, if it did.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
