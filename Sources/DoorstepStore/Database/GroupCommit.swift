import Logging
import Metrics
import SQLKit
import Synchronization

/// SQLite's writes, committed together. A write waits for its turn on SQLite's one writer; the writer opens one
/// transaction for every write waiting when it starts, gives each its turn inside a savepoint of its own, and
/// commits once. A write that throws is rolled back to its savepoint and only its own caller hears of it; every
/// other caller is answered after the one `COMMIT` (with `synchronous = FULL`, after its sync), so an answer that
/// says a write succeeded still follows a durable commit.
///
/// Why: a commit's sync is the dearest part of a small write, and one writer pays it alone for each; shared, one
/// sync answers many. Each body runs in its caller's own task (its task-local values, its errors), one at a time.
final class GroupCommit: Sendable {
    /// At most this many writes share a transaction, so that one burst cannot keep the first caller waiting long.
    static let largestBatch = 256

    private let writer: SQLiteWriter
    private let logger: Logger
    private let queue = Mutex(Queue())

    private struct Queue {
        var waiting: [CheckedContinuation<WriteTurn, any Error>] = []
        var draining = false
    }

    init(writer: SQLiteWriter, logger: Logger) {
        self.writer = writer
        self.logger = logger
    }

    /// Runs `body` in the next shared transaction; returns once that transaction has committed, or throws what
    /// `body` threw (its savepoint rolled back), or what ended the transaction.
    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let turn = try await withCheckedThrowingContinuation { continuation in
            let startsWriter = queue.withLock { queue in
                queue.waiting.append(continuation)
                defer { queue.draining = true }
                return !queue.draining
            }
            // Detached: the writer must carry none of this caller's task-local values into other callers' turns.
            if startsWriter { Task.detached { await self.drain() } }
        }
        let result: Result<T, any Error>
        do {
            result = .success(try await body(turn.sql))
        } catch {
            result = .failure(error)
        }
        let succeeded = if case .success = result { true } else { false }
        let transaction = await withCheckedContinuation { ended in
            turn.ended.resume(returning: WriteEnd(succeeded: succeeded, transaction: ended))
        }
        // A body's own error comes first: whatever became of the transaction, its work is not in it.
        let value = try result.get()
        try transaction.get()
        return value
    }

    /// How many writes wait for their turn now.
    var waitingCount: Int { queue.withLock { $0.waiting.count } }

    /// Runs batches until none is waiting. Only one drain runs at a time (`draining`), so the writer is its alone.
    private func drain() async {
        while let batch = nextBatch() {
            await run(batch, on: writer)
        }
    }

    /// The writes waiting now, oldest first; none when the queue is empty, and then the writer stops.
    private func nextBatch() -> [CheckedContinuation<WriteTurn, any Error>]? {
        queue.withLock { queue in
            guard !queue.waiting.isEmpty else {
                queue.draining = false
                return nil
            }
            let batch = Array(queue.waiting.prefix(Self.largestBatch))
            queue.waiting.removeFirst(batch.count)
            return batch
        }
    }

    private func run(_ batch: [CheckedContinuation<WriteTurn, any Error>], on sql: SQLiteWriter) async {
        // IMMEDIATE takes the write lock at once, so a transaction never fails half-way for want of it.
        do {
            try await sql.runBlocking("BEGIN IMMEDIATE")
        } catch {
            for waiting in batch { waiting.resume(throwing: error) }
            return
        }
        var succeeded: [CheckedContinuation<Result<Void, any Error>, Never>] = []
        for (index, waiting) in batch.enumerated() {
            var turnGiven = false
            do {
                try await sql.raw("SAVEPOINT write").run()
                turnGiven = true
                let end = await withCheckedContinuation { ended in
                    waiting.resume(returning: WriteTurn(sql: sql, ended: ended))
                }
                if end.succeeded {
                    succeeded.append(end.transaction)
                    try await sql.raw("RELEASE write").run()
                } else {
                    end.transaction.resume(returning: .success(()))
                    try await sql.raw("ROLLBACK TO write").run()
                    try await sql.raw("RELEASE write").run()
                }
            } catch {
                // The transaction cannot be trusted (SQLite may have rolled it back already): nothing of it commits,
                // and each caller hears so; those not yet run never start.
                logger.error("a shared write transaction failed: \(loggable(error))")
                try? await sql.raw("ROLLBACK").run()
                for ended in succeeded { ended.resume(returning: .failure(error)) }
                for waiting in batch[(turnGiven ? index + 1 : index)...] { waiting.resume(throwing: error) }
                return
            }
        }
        do {
            try await sql.runBlocking("COMMIT")
        } catch {
            try? await sql.raw("ROLLBACK").run()
            for ended in succeeded { ended.resume(returning: .failure(error)) }
            return
        }
        // Made at each use, not kept: the server starts its metrics after it opens the database.
        Counter(label: "doorstep_sqlite_commits").increment()
        Counter(label: "doorstep_sqlite_writes_committed").increment(by: succeeded.count)
        for ended in succeeded { ended.resume(returning: .success(())) }
    }
}

/// A write's turn: the writer's connection, inside the write's savepoint, and where to say how its body ended.
struct WriteTurn: Sendable {
    let sql: any SQLDatabase
    let ended: CheckedContinuation<WriteEnd, Never>
}

/// How a body ended, and where the writer tells its caller what became of the transaction.
struct WriteEnd: Sendable {
    let succeeded: Bool
    let transaction: CheckedContinuation<Result<Void, any Error>, Never>
}
