import FlyingFox
import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FlyingSocks' socket pool with a limit on how long a connection may keep the server waiting
/// for its next bytes (or for room to write): past `limit` the wait fails and `PreviewServer`
/// closes the connection, so a client that sends a request a byte at a time, or opens a
/// connection and sends nothing, cannot hold it forever. The listening socket waits without limit.
public struct PatientPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    let limit: Double

    public init(limit seconds: Double, base: any AsyncSocketPool = HTTPServer.defaultPool()) {
        self.base = base
        limit = seconds
    }

    public func prepare() async throws { try await base.prepare() }

    public func run() async throws { try await base.run() }

    public func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        if Self.isListening(socket) { return try await base.suspendSocket(socket, untilReadyFor: events) }
        let base = base
        try await withDeadline(limit) { try await base.suspendSocket(socket, untilReadyFor: events) }
    }

    /// Whether `socket` accepts connections (SO_ACCEPTCONN) rather than being one.
    private static func isListening(_ socket: Socket) -> Bool {
        var value: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(socket.file.rawValue, SOL_SOCKET, SO_ACCEPTCONN, &value, &size) == 0 && value != 0
    }
}

/// Runs `body`, failing with `SocketError.disconnected` (and cancelling it) when it has not
/// finished after `seconds`.
func withDeadline(_ seconds: Double, _ body: @escaping @Sendable () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            throw SocketError.disconnected
        }
        defer { group.cancelAll() }
        try await group.next()
    }
}
