import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO
import VaporCSQLite

/// A connection to the SQLite file of our own, its statements run on the thread of whoever holds it and prepared
/// once and kept: SQLite's one writer (`GroupCommit` hands it to one write body at a time), and the few readers that
/// answer short reads by key (`InPlaceReaders`).
///
/// Why not SQLiteNIO's connection, as the other readers use: it sends every statement to a thread pool and back, two
/// thread wake-ups a statement, and prepares each statement anew; on the one writer every request waits behind
/// every other's statements, so those hops were most of a write's cost (`docs/decisions/0045-…`), and on the token
/// check that every signed-in request makes they were most of its cost (`docs/decisions/0049-…`). Here a statement
/// runs where its task runs. It is the same SQLite library SQLiteNIO uses (its own copy), so the file's locks are one
/// library's.
///
/// Not thread-safe by itself: one holder at a time, and the hand-over orders them.
final class InPlaceConnection: SQLDatabase, @unchecked Sendable {
    /// What a connection is for: the writer sets the file's journal mode; a reader may not write at all.
    enum Role { case writer, reader }

    /// More statements than this and the kept ones are finalized and kept afresh: a bound on memory when SQL is
    /// built with a varying number of placeholders.
    static let keptStatements = 512

    let logger: Logger
    let eventLoop: any EventLoop
    let dialect: any SQLDialect = SQLiteDialect()
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]
    private let encoder = SQLiteDataEncoder()
    private let decoder = SQLiteDataDecoder()

    private init(handle: OpaquePointer, logger: Logger) {
        self.handle = handle
        self.logger = logger
        self.eventLoop = MultiThreadedEventLoopGroup.singleton.any()
    }

    /// Opens `path` with the pragmas every connection sets. The writer creates the file and sets WAL on it, with
    /// temporary storage in memory; a reader opens the file the writer made and is kept from writing.
    static func open(path: String, role: Role, logger: Logger) throws -> InPlaceConnection {
        var handle: OpaquePointer?
        let create = role == .writer ? SQLITE_OPEN_CREATE : 0
        let flags = create | SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            sqlite_nio_sqlite3_close_v2(handle)
            throw SQLiteStatementError(code: opened, message: message)
        }
        let connection = InPlaceConnection(handle: handle, logger: logger)
        // WAL is a property of the file; it is set here, before any reader opens. Each write's savepoint keeps the
        // pages it changes in a sub-journal: in memory, not a temporary file written through the kernel.
        let own = switch role {
        case .writer: ["PRAGMA journal_mode = WAL", "PRAGMA temp_store = MEMORY"]
        case .reader: ["PRAGMA query_only = ON"]
        }
        do {
            for pragma in SQLiteBackend.connectionPragmas + own {
                try connection.run(pragma, binds: [], kept: false) { _ in }
            }
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        eventLoop.makeCompletedFuture { try self.execute(query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try execute(query, onRow)
    }

    /// Runs `sql` on a thread of NIO's blocking pool: for `BEGIN IMMEDIATE`, which may wait for another process's
    /// lock, and `COMMIT`, which waits for the disk, so neither holds one of the few threads Swift's tasks share.
    func runBlocking(_ sql: String) async throws {
        try await NIOThreadPool.singleton.runIfActive { try self.run(sql, binds: [], kept: true) { _ in } }
    }

    /// Whether a transaction is open on the connection.
    var inTransaction: Bool { handle.map { sqlite_nio_sqlite3_get_autocommit($0) == 0 } ?? false }

    /// Set while `GroupCommit` runs a batch: a statement then runs only inside its transaction, so one that a body
    /// runs after the transaction ended under it cannot commit on its own.
    var batchOpen = false

    private func execute(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        if batchOpen, !inTransaction {
            throw SQLiteStatementError(code: SQLITE_MISUSE, message: "the shared transaction ended under a write")
        }
        let (sql, binds) = serialize(query)
        if let queryLogLevel {
            logger.log(level: queryLogLevel, "Executing query", metadata: ["sql": .string(sql), "binds": .array(binds.map { .string("\($0)") })])
        }
        try run(sql, binds: binds.map { try encoder.encode($0) }, kept: true, onRow)
    }

    /// Runs the first statement of `sql`, handing each row to `onRow`.
    private func run(_ sql: String, binds: [SQLiteData], kept: Bool, _ onRow: (any SQLRow) -> Void) throws {
        let statement = try prepared(sql, kept: kept)
        defer {
            if kept {
                sqlite_nio_sqlite3_reset(statement)
                // Clearing every time would cost a prepare each run: SQLite marks a statement whose plan weighed a
                // bound value (a `WHERE` beside an `ORDER BY`, say) and recompiles it after its bindings are
                // cleared. Small values are simply bound over next time; large ones are not kept meanwhile.
                if binds.contains(where: \.isLarge) { sqlite_nio_sqlite3_clear_bindings(statement) }
            } else {
                sqlite_nio_sqlite3_finalize(statement)
            }
        }
        for (index, bind) in binds.enumerated() {
            try check(Self.bind(bind, at: Int32(index + 1), in: statement))
        }
        var columns: StatementColumns?
        while true {
            let stepped = sqlite_nio_sqlite3_step(statement)
            guard stepped == SQLITE_ROW else {
                if stepped == SQLITE_DONE { return }
                throw failure(stepped)
            }
            let names = columns ?? StatementColumns(statement)
            columns = names
            onRow(StatementRow(columns: names, values: (0..<Int32(names.names.count)).map { Self.value(at: $0, in: statement) }, decoder: decoder))
        }
    }

    private func prepared(_ sql: String, kept: Bool) throws -> OpaquePointer {
        if kept, let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        let flags: UInt32 = kept ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        try check(sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, flags, &statement, nil))
        guard let statement else { throw SQLiteStatementError(code: SQLITE_MISUSE, message: "no statement in the SQL given") }
        if kept {
            if statements.count >= Self.keptStatements { finalizeAll() }
            statements[sql] = statement
        }
        return statement
    }

    private static func bind(_ value: SQLiteData, at index: Int32, in statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let value): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(value))
        case .float(let value): sqlite_nio_sqlite3_bind_double(statement, index, value)
        case .text(let value):
            sqlite_nio_sqlite3_bind_text64(statement, index, value, UInt64(value.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let value):
            value.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient)
            }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private static func value(at column: Int32, in statement: OpaquePointer) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            guard let blob = sqlite_nio_sqlite3_column_blob(statement, column) else { return .blob(ByteBuffer()) }
            return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: blob, count: count)))
        default: return .null
        }
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> SQLiteStatementError {
        SQLiteStatementError(code: code, message: handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "closed")
    }

    /// How often SQLite compiled the kept statement for `query` again since it was kept.
    func recompilations(of query: any SQLExpression) -> Int {
        statements[serialize(query).sql].map { Int(sqlite_nio_sqlite3_stmt_status($0, SQLITE_STMTSTATUS_REPREPARE, 0)) } ?? 0
    }

    private func finalizeAll() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements = [:]
    }

    /// Finalizes every kept statement and closes the connection; nothing may use it afterwards.
    func close() {
        finalizeAll()
        sqlite_nio_sqlite3_close_v2(handle)
        handle = nil
    }
}

private extension SQLiteData {
    /// A photo, say: worth letting go of once its statement has run.
    var isLarge: Bool {
        switch self {
        case .text(let value): value.utf8.count > 16_384
        case .blob(let value): value.readableBytes > 16_384
        default: false
        }
    }
}

/// SQLite copies a bound value at once (`SQLITE_TRANSIENT`), so the Swift string may go.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// What SQLite answered when a statement on an in-place connection failed: its extended result code and message.
struct SQLiteStatementError: Error, CustomStringConvertible {
    let code: Int32
    let message: String
    var description: String { "SQLite error \(code): \(message)" }

    /// `SQLITE_CONSTRAINT_UNIQUE` or `SQLITE_CONSTRAINT_PRIMARYKEY` (the extended codes are macros Swift cannot import).
    var isUniqueViolation: Bool { code == 2067 || code == 1555 }
    /// `SQLITE_CONSTRAINT_FOREIGNKEY`.
    var isForeignKeyViolation: Bool { code == 787 }
}

/// A result's column names, read once per statement run; the first of two equal names wins, as in SQLiteNIO.
private struct StatementColumns {
    let names: [String]
    let offsets: [String: Int]

    init(_ statement: OpaquePointer) {
        names = (0..<sqlite_nio_sqlite3_column_count(statement)).map { String(cString: sqlite_nio_sqlite3_column_name(statement, $0)) }
        offsets = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One row read in place, decoded as SQLiteKit decodes SQLiteNIO's rows.
private struct StatementRow: SQLRow {
    let columns: StatementColumns
    let values: [SQLiteData]
    let decoder: SQLiteDataDecoder

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.offsets[column] != nil }

    func decodeNil(column: String) throws -> Bool {
        columns.offsets[column].map { values[$0] == .null } ?? true
    }

    func decode<D: Decodable>(column: String, as: D.Type) throws -> D {
        guard let offset = columns.offsets[column] else { throw SQLiteStatementError(code: SQLITE_ERROR, message: "no column \(column)") }
        // Text and whole numbers, most of what rows hold, converted as SQLiteNIO converts them, without first asking
        // Swift's table of conformances whether the type is convertible (a tenth of decoding a list of cases).
        switch values[offset] {
        case .text(let text) where D.self == String.self: return text as! D
        case .integer(let number) where D.self == Int.self: return number as! D
        case let value: return try decoder.decode(D.self, from: value)
        }
    }
}
