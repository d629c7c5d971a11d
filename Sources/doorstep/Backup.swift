import ArgumentParser
import DoorstepCore
import DoorstepStore
import Foundation

/// `doorstep backup FILE`: a consistent copy of the SQLite database while it serves, owner-only.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the SQLite database to FILE while it serves (owner-only; sealed values stay sealed).",
        discussion: """
            The copy is one consistent moment of the database, taken without stopping the server, and is checked \
            before the command ends. It opens only with the same key file (DOORSTEP_KEY_FILE): keep the key file \
            backed up apart from it. PostgreSQL is backed up with pg_dump (see docs/operations.md).
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The file to write; it must not exist.") var file: String

    func run() async throws {
        guard case .sqlite = try database.location() else {
            throw CLILanguage.refusal("cli_backup_postgres")
        }
        guard !FileManager.default.fileExists(atPath: file) else { throw CLILanguage.refusal("cli_file_exists", ["file": file]) }
        // Created empty and owner-only first: SQLite writes into it and keeps the mode.
        try PrivateFile.write(Data(), to: file)
        let target = file
        do {
            try await Database.withOpened(try database.location(), logger: database.logger("doorstep")) { db in
                try await db.backUp(to: target)
            }
            let check = try await Database.withOpened(.sqlite(path: file), logger: database.logger("doorstep")) { copy in
                try await copy.integrityCheck()
            }
            guard check == ["ok"] else { throw CLILanguage.refusal("cli_backup_check_failed", ["detail": check.joined(separator: "; ")]) }
        } catch {
            try? FileManager.default.removeItem(atPath: file)
            throw error
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        print(CLILanguage.say("cli_backed_up", ["file": file, "bytes": String(size)]))
    }
}

/// `doorstep restore FILE`: puts a backup in the database's place, after checking it, with the server stopped.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the SQLite database with a backup, after checking it (stop the server first).",
        discussion: """
            The backup is copied beside the database, checked (SQLite's integrity check, and the audit chain \
            verified with this key file, which also proves the key file opens it), and only then moved into \
            place. The database being replaced is kept as FILE.replaced-<time> unless --discard-current is given.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The backup to restore.") var file: String
    @Flag(help: "Do not keep the database being replaced.") var discardCurrent = false

    func run() async throws {
        guard case .sqlite(let target) = try database.location() else {
            throw CLILanguage.refusal("cli_restore_postgres")
        }
        guard FileManager.default.fileExists(atPath: file) else { throw CLILanguage.refusal("cli_file_missing", ["file": file]) }
        let wal = (try? FileManager.default.attributesOfItem(atPath: target + "-wal")[.size] as? Int) ?? 0
        guard wal == 0 else {
            throw CLILanguage.refusal("cli_restore_wal", ["target": target])
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let staged = folder + "/.doorstep-restore-\(UUID().uuidString).sqlite"
        try PrivateFile.write(try Data(contentsOf: URL(fileURLWithPath: file)), to: staged)
        let settings = try Settings.fromEnvironment()
        do {
            let (check, audit) = try await Database.withOpened(.sqlite(path: staged), logger: database.logger("doorstep")) { copy in
                (try await copy.integrityCheck(), try await Store(database: copy, settings: settings).audit.verify())
            }
            guard check == ["ok"] else { throw CLILanguage.refusal("cli_restore_check_failed", ["file": file, "detail": check.joined(separator: "; ")]) }
            guard case .intact(let rows) = audit else {
                throw CLILanguage.refusal("cli_restore_audit", ["file": file, "detail": "\(audit)"])
            }
            let manager = FileManager.default
            for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: staged + suffix) }
            if manager.fileExists(atPath: target) {
                if discardCurrent {
                    try manager.removeItem(atPath: target)
                } else {
                    try manager.moveItem(atPath: target, toPath: target + ".replaced-\(Int(Date().timeIntervalSince1970))")
                }
            }
            for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: target + suffix) }
            try manager.moveItem(atPath: staged, toPath: target)
            print(CLILanguage.say("cli_restored", ["file": file, "target": target, "rows": String(rows)]))
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: staged + suffix) }
            throw error
        }
    }
}
