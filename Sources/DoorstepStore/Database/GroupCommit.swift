import Logging
import Metrics
import SQLKit
import Synchronization

/// SQLite's writes, committed together. A write waits in a queue; SQLite's one writer takes every write waiting
/// when it starts, runs each inside a savepoint of its own in one transaction, and commits once. A write that throws
/// is rolled back to its savepoint and only its own caller hears of it; every other caller is answered after the one
/// `COMMIT` (with `synchronous = FULL`, after its sync), so an answer that says a write succeeded still follows a
/// durable commit.
///
/// Why: a commit's sync is the dearest part of a small write, and one writer pays it alone for each; shared, one
/// sync answers many. The bodies run one after another in the writer's own task, without handing the turn to each
/// caller's task and back: on a busy server every hand-over waited behind other requests' work.
final class GroupCommit: Sendable {
    /// At most this many writes share a transaction, so that one burst cannot keep the first caller waiting long.
    static let largestBatch = 256

    private let writer: InPlaceConnection
    private let logger: Logger
    private let queue = Mutex(Queue())

    private struct Queue {
        var waiting: [any PendingWrite] = []
        var draining = false
        var closed = false
    }

    /// Set in the writer's task: a body that asked for a write of its own would wait for itself for ever.
    @TaskLocal private static var inWriter = false

    init(writer: InPlaceConnection, logger: Logger) {
        self.writer = writer
        self.logger = logger
    }

    /// Runs `body` in the next shared transaction, in the writer's task: task-local values of the caller do not
    /// reach it (`Database.write` binds the audit keys inside the body). Returns once that transaction has
    /// committed, or throws what `body` threw (its savepoint rolled back), or what ended the transaction.
    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        precondition(!Self.inWriter, "a write body asked for another write: it would wait for itself")
        // The writer lets go of `body` before it answers, so the closure never outlives this call.
        return try await withoutActuallyEscaping(body) { body in
            try await withCheckedContinuation { continuation in
                let pending = Pending(body: body, answer: continuation)
                let startsWriter: Bool? = queue.withLock { queue in
                    guard !queue.closed else { return nil }
                    queue.waiting.append(pending)
                    defer { queue.draining = true }
                    return !queue.draining
                }
                guard let startsWriter else {
                    pending.answer(.failure(StoreError.unavailable))  // the database is closing
                    return
                }
                // Detached: the writer carries none of the first caller's task-local values into other bodies.
                if startsWriter {
                    Task.detached(priority: .high) { await Self.$inWriter.withValue(true) { await self.drain() } }
                }
            }.get()
        }
    }

    /// Refuses new writes, lets those already waiting finish, then closes the writer.
    func close() async {
        queue.withLock { $0.closed = true }
        while queue.withLock({ $0.draining }) {
            try? await Task.sleep(for: .milliseconds(5))
        }
        writer.close()
    }

    /// How many writes wait for their turn now.
    var waitingCount: Int { queue.withLock { $0.waiting.count } }

    /// Runs batches until none is waiting. Only one drain runs at a time (`draining`), so the writer is its alone.
    private func drain() async {
        while let batch = nextBatch() {
            await run(batch)
        }
    }

    /// The writes waiting now, oldest first; none when the queue is empty, and then the writer stops.
    private func nextBatch() -> [any PendingWrite]? {
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

    private func run(_ batch: [any PendingWrite]) async {
        // IMMEDIATE takes the write lock at once, so a transaction never fails half-way for want of it.
        do {
            try await writer.runBlocking("BEGIN IMMEDIATE")
        } catch {
            for write in batch { write.answer(.failure(error)) }
            return
        }
        writer.batchOpen = true
        defer { writer.batchOpen = false }
        var committing: [any PendingWrite] = []
        for (index, write) in batch.enumerated() {
            var ran = false
            do {
                try await writer.raw("SAVEPOINT write").run()
                ran = true
                if await write.run(on: writer) {
                    committing.append(write)
                    try await writer.raw("RELEASE write").run()
                } else {
                    write.answer(.success(()))  // its own error
                    try await writer.raw("ROLLBACK TO write").run()
                    try await writer.raw("RELEASE write").run()
                }
            } catch {
                // The transaction cannot be trusted (SQLite may have rolled it back already): nothing of it commits,
                // and each caller hears so; those not yet run never start.
                logger.error("a shared write transaction failed: \(loggable(error))")
                try? await writer.raw("ROLLBACK").run()
                for write in committing + batch[(ran ? index + 1 : index)...] { write.answer(.failure(error)) }
                return
            }
        }
        do {
            try await writer.runBlocking("COMMIT")
        } catch {
            try? await writer.raw("ROLLBACK").run()
            for write in committing { write.answer(.failure(error)) }
            return
        }
        // Made at each use, not kept: the server starts its metrics after it opens the database.
        Counter(label: "doorstep_sqlite_commits").increment()
        Counter(label: "doorstep_sqlite_writes_committed").increment(by: committing.count)
        for write in committing { write.answer(.success(())) }
    }
}

/// A write in the queue, whatever its result's type.
private protocol PendingWrite: Sendable {
    /// Runs the body; whether it returned rather than threw.
    func run(on sql: any SQLDatabase) async -> Bool
    /// Answers the caller: the body's error if it threw, else `transaction`'s error, else its value. Lets go of
    /// the body first.
    func answer(_ transaction: Result<Void, any Error>)
}

/// Only the writer's task touches `body` and `result`, one write at a time; the caller sees only `answer`.
private final class Pending<T: Sendable>: PendingWrite, @unchecked Sendable {
    private var body: (@Sendable (any SQLDatabase) async throws -> T)?
    private var result: Result<T, any Error>?
    private let continuation: CheckedContinuation<Result<T, any Error>, Never>

    init(body: @escaping @Sendable (any SQLDatabase) async throws -> T, answer: CheckedContinuation<Result<T, any Error>, Never>) {
        self.body = body
        self.continuation = answer
    }

    func run(on sql: any SQLDatabase) async -> Bool {
        guard let body else { return false }
        do {
            result = .success(try await body(sql))
        } catch {
            result = .failure(error)
        }
        self.body = nil
        if case .success = result { return true }
        return false
    }

    func answer(_ transaction: Result<Void, any Error>) {
        body = nil
        switch (result, transaction) {
        case (.failure(let error)?, _), (_, .failure(let error)): continuation.resume(returning: .failure(error))
        case (.success(let value)?, .success): continuation.resume(returning: .success(value))
        case (nil, .success): continuation.resume(returning: .failure(StoreError.unavailable))  // never ran
        }
    }
}
