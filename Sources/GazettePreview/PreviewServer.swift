import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP server of `gazette serve`: FlyingSocks accepts the connections and moves the
/// bytes (through `PatientPool`, so a slow client times out), `HeadReader` reads each request
/// head within its limits, and the handler (FlyingFox's `HTTPHandler`) answers with FlyingFox's
/// `HTTPResponse`. FlyingFox's `HTTPServer` is not used: it reads a request head before any
/// code of ours runs, without a limit and in time quadratic in its length, and offers no way
/// to supply the connection handling or the reader.
package final class PreviewServer: Sendable {
    /// How long, and how many bytes, a refused client's remaining request is read and thrown
    /// away before the connection is closed, so that the close does not reset the connection
    /// before the client has read the answer.
    static let lingerSeconds = 1.0
    static let lingerBytes = 2 << 20

    let socket: Socket
    let pool: any AsyncSocketPool
    let handler: any HTTPHandler

    /// Listens on `address` at once (so a port in use fails here); `run()` then serves.
    package init(address: some SocketAddress, pool: some AsyncSocketPool, handler: some HTTPHandler) throws {
        socket = try Socket(domain: Int32(type(of: address).family))
        try socket.setValue(true, for: .localAddressReuse)
        #if canImport(Darwin)
        try socket.setValue(true, for: .noSIGPIPE)
        #endif
        try socket.bind(to: address)
        try socket.listen()
        self.pool = pool
        self.handler = handler
    }

    /// The address and port listened on (the port chosen when 0 was asked for).
    package var address: Socket.Address? { try? socket.sockname() }

    /// Accepts and serves connections until the listening socket fails.
    package func run() async throws {
        let pool = pool
        try await pool.prepare()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await connection in listener.sockets {
                        connections.addTask { await self.serve(connection) }
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Answers the requests of one connection, one after the other, until the client closes
    /// it, stops sending (the pool's limit), or a request ends it.
    private func serve(_ connection: AsyncSocket) async {
        defer { try? connection.close() }
        // Each write goes out at once: otherwise the body written after the head waits for the
        // client's delayed acknowledgement (Nagle's algorithm), some 40 ms a kept-alive request.
        var noDelay: Int32 = 1
        _ = setsockopt(connection.socket.file.rawValue, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var reader = HeadReader(socket: connection)
        do {
            while let head = try await reader.next() {
                switch head {
                case .refused(let status, let message):
                    try await send(.closing(status, message), on: connection)
                    await linger(connection)
                    return
                case .request(let request, let keepAlive):
                    var response = await answer(request)
                    if !keepAlive { response.headers[.connection] = "close" }
                    try await send(response, on: connection)
                    guard keepAlive else { return await linger(connection) }
                }
            }
        } catch {
            // The client went away, or kept the server waiting too long: nothing to answer.
        }
    }

    private func answer(_ request: HTTPRequest) async -> HTTPResponse {
        do {
            let response = try await handler.handleRequest(request)
            guard case .httpBody = response.payload else { return .closing(.notImplemented, "Not implemented.\n") }
            return response
        } catch {
            return .closing(.internalServerError, "Internal server error: \(error)\n")
        }
    }

    private func send(_ response: HTTPResponse, on connection: AsyncSocket) async throws {
        try await connection.write(response.encodedHead)
        guard case .httpBody(let body) = response.payload else { return }
        for try await chunk in body where !chunk.isEmpty {
            try await connection.write(chunk)
        }
    }

    /// Ends the sending side, then reads and throws away what the client still sends (at
    /// most `lingerSeconds` and `lingerBytes`, less once it closes), before the caller closes.
    private func linger(_ connection: AsyncSocket) async {
        _ = shutdown(connection.socket.file.rawValue, Int32(SHUT_WR))
        try? await withDeadline(Self.lingerSeconds) {
            var discarded = 0
            while discarded < Self.lingerBytes {
                discarded += try await connection.read(atMost: 65_536).count
            }
        }
    }
}
