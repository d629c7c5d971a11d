/// A fixed set of connections lent out one caller at a time; callers wait in order when all are lent.
actor ConnectionPool<Connection: Sendable> {
    private var idle: [Connection]
    private var waiters: [CheckedContinuation<Connection, Never>] = []
    private var all: [Connection]

    init(_ connections: [Connection]) {
        self.idle = connections
        self.all = connections
    }

    nonisolated func withConnection<T: Sendable>(
        _ body: @Sendable (Connection) async throws -> T
    ) async throws -> T {
        let connection = await checkOut()
        do {
            let result = try await body(connection)
            await checkIn(connection)
            return result
        } catch {
            await checkIn(connection)
            throw error
        }
    }

    private func checkOut() async -> Connection {
        if let connection = idle.popLast() { return connection }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func checkIn(_ connection: Connection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }

    /// Hands back every connection for closing; the pool is empty afterwards.
    func drain() -> [Connection] {
        defer {
            all = []
            idle = []
        }
        return all
    }
}
