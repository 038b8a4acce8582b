import FlyingSocks

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
