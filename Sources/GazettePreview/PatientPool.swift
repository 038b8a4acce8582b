import FlyingFox
import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FlyingFox's socket pool with a limit on how long a connection may keep the server waiting
/// for its next bytes (or for room to write): past `limit` the wait fails and FlyingFox closes
/// the connection. FlyingFox's own `timeout` covers only the handler, not reading a request,
/// so a client that sends a request a byte at a time, or opens a connection and sends
/// nothing, would otherwise hold it forever. The listening socket waits without limit.
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
        let (base, limit) = (base, limit)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await base.suspendSocket(socket, untilReadyFor: events) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(limit * 1_000_000_000))
                throw SocketError.disconnected
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Whether `socket` accepts connections (SO_ACCEPTCONN) rather than being one.
    private static func isListening(_ socket: Socket) -> Bool {
        var value: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(socket.file.rawValue, SOL_SOCKET, SO_ACCEPTCONN, &value, &size) == 0 && value != 0
    }
}
