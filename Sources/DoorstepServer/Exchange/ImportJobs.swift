import DoorstepCore
import DoorstepStore
import Foundation
import Logging
import Synchronization

/// Imports started from a page run here, after the upload's request has been answered, so that the page can show
/// a progress bar while a large file is checked and written. A job is seen only by the account that started it.
/// Jobs live in memory for an hour: the import itself is one transaction, so a restart loses the progress display,
/// never half an import.
final class ImportJobs: Sendable {
    enum Outcome: Sendable {
        case running(ImportProgress)
        case imported(ImportSummary)
        case refused([RowError])
        case failed

        var isRunning: Bool {
            if case .running = self { true } else { false }
        }
    }

    struct Job: Sendable {
        var id: String
        var accountID: String
        var kind: ImportKind
        var fileName: String
        var started: Date
        var outcome: Outcome
    }

    private let jobs = Mutex<[String: Job]>([:])
    private let keep: TimeInterval = 3_600
    private let logger: Logger

    init(logger: Logger = Logger(label: "doorstep.import")) {
        self.logger = logger
    }

    /// Starts `work` in the background and returns the job's id at once.
    func start(
        for principal: Principal, kind: ImportKind, fileName: String,
        work: @escaping @Sendable (_ progress: @escaping @Sendable (ImportProgress) -> Void) async throws -> ImportSummary
    ) -> String {
        let id = Secrets.identifier()
        let now = Date()
        jobs.withLock { jobs in
            jobs = jobs.filter { now.timeIntervalSince($0.value.started) < keep }
            jobs[id] = Job(
                id: id, accountID: principal.accountID, kind: kind, fileName: fileName, started: now,
                outcome: .running(ImportProgress(phase: .checking, done: 0, total: 0)))
        }
        Task {
            let outcome: Outcome
            do {
                outcome = .imported(try await work { progress in self.update(id, .running(progress)) })
            } catch let failure as RowValidationFailure {
                outcome = .refused(failure.errors)
            } catch {
                logger.error("import \(id) (\(kind.rawValue), \(fileName)) failed: \(loggable(error))")
                outcome = .failed
            }
            update(id, outcome)
        }
        return id
    }

    /// Whether the caller has an import still running: one at a time per account, since each holds the writer.
    func hasRunning(for principal: Principal) -> Bool {
        jobs.withLock { $0.values.contains { $0.accountID == principal.accountID && $0.outcome.isRunning } }
    }

    /// The job, if it exists and belongs to the caller.
    func job(_ id: String, for principal: Principal) -> Job? {
        jobs.withLock { $0[id] }.flatMap { $0.accountID == principal.accountID ? $0 : nil }
    }

    private func update(_ id: String, _ outcome: Outcome) {
        jobs.withLock { jobs in
            // A late progress report must not overwrite the end.
            guard let current = jobs[id]?.outcome, current.isRunning || !outcome.isRunning else { return }
            jobs[id]?.outcome = outcome
        }
    }
}
