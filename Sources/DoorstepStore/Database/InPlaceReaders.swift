import Logging
import Synchronization

/// A few reader connections of our own for short reads by key — the token or session behind a signed-in request —
/// run in place in the caller's task (`InPlaceConnection`), with their statements kept prepared.
///
/// Why only short reads: a statement here holds one of the few threads Swift's tasks share until it finishes, so a
/// dashboard's long query would stall every other request; those go to SQLiteNIO's readers, on a thread pool of
/// their own. When every connection here is lent, the read goes there too rather than wait.
final class InPlaceReaders: Sendable {
    /// One per core: more could not run at once anyway.
    static let count = 2

    private let state: Mutex<State>

    private struct State {
        var idle: [InPlaceConnection]
        var closed = false
    }

    private init(_ connections: [InPlaceConnection]) {
        state = Mutex(State(idle: connections))
    }

    /// Opens the readers on a file the writer has already opened (and set to WAL).
    static func open(path: String, logger: Logger) throws -> InPlaceReaders {
        var connections: [InPlaceConnection] = []
        do {
            for _ in 0..<count {
                connections.append(try InPlaceConnection.open(path: path, role: .reader, logger: logger))
            }
        } catch {
            for connection in connections { connection.close() }
            throw error
        }
        return InPlaceReaders(connections)
    }

    /// Runs `body` on an idle connection; nil, without running it, when none is idle.
    func withIdleConnection<T: Sendable>(_ body: (InPlaceConnection) async throws -> T) async throws -> T? {
        guard let connection = state.withLock({ $0.closed ? nil : $0.idle.popLast() }) else { return nil }
        defer { checkIn(connection) }
        return try await body(connection)
    }

    private func checkIn(_ connection: InPlaceConnection) {
        let closing = state.withLock { state in
            if !state.closed { state.idle.append(connection) }
            return state.closed
        }
        if closing { connection.close() }
    }

    /// Closes the idle connections now, and each lent one when it comes back.
    func close() {
        let idle = state.withLock { state in
            state.closed = true
            defer { state.idle = [] }
            return state.idle
        }
        for connection in idle { connection.close() }
    }
}
