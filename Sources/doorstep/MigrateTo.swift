import ArgumentParser
import DoorstepCore
import DoorstepStore
import Foundation

/// `doorstep migrate-to postgres://…`: a street's SQLite database joins its district's PostgreSQL database.
struct MigrateTo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-to",
        abstract: "Carry this street's SQLite database into a district's PostgreSQL database (stop the server first).",
        discussion: """
            Everything is checked first and anything that would clash is refused by name (the street, a community or \
            grid code, a username, a resident the district already registers, a calendar day set otherwise); then \
            every record is carried with its id in one transaction: sealed values sealed again under the district's \
            key file, keyed hashes taken again, the audit chain joined to the district's. Afterwards every figure is \
            counted on both sides and compared. The SQLite file is not changed: archive it with its key file.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The district's database, postgres://user:pass@host:port/db") var target: String
    @Option(help: "The street's key file (default: $DOORSTEP_KEY_FILE, else ./doorstep.key)") var sourceKeyFile: String?
    @Option(help: "The district's key file, as its servers use it") var targetKeyFile: String
    @Option(help: "Added to each username the district already has (e.g. .jinjiang); without it they are refused")
    var usernameSuffix: String?
    @Option(help: "An anchor kept of the street's audit chain, SEQUENCE:HASH, checked before anything is carried")
    var sourceAnchor: String?
    @Flag(help: "Check everything and print what would be carried, writing nothing") var check = false

    func run() async throws {
        guard case .sqlite(let path) = try database.location() else { throw CLILanguage.refusal("cli_migrate_source_sqlite") }
        let targetLocation: DatabaseLocation
        do { targetLocation = try DatabaseLocation(parsing: target) } catch { throw ValidationError(error.description) }
        guard case .postgres = targetLocation else { throw CLILanguage.refusal("cli_migrate_target_postgres") }
        let anchor = try sourceAnchor.map { text in
            guard let anchor = AuditAnchor(text) else { throw CLILanguage.refusal("cli_audit_anchor_format") }
            return anchor
        }
        let environment = ProcessInfo.processInfo.environment
        let sourceKeys = try Self.keys(sourceKeyFile ?? environment["DOORSTEP_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "doorstep.key")
        let targetKeys = try Self.keys(targetKeyFile)
        guard FileManager.default.fileExists(atPath: path) else { throw CLILanguage.refusal("cli_file_missing", ["file": path]) }
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard wal == 0 else { throw CLILanguage.refusal("cli_restore_wal", ["target": path]) }

        // A frozen copy, owner-only, brought to this version without touching the street's own file.
        let snapshot = FileManager.default.temporaryDirectory.appendingPathComponent("doorstep-carry-\(UUID().uuidString).sqlite").path
        try PrivateFile.write(Data(), to: snapshot)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: snapshot + suffix) } }
        let logger = database.logger("doorstep")
        try await Database.withOpened(.sqlite(path: path), logger: logger) { db in try await db.backUp(to: snapshot) }

        let checkOnly = check, suffix = usernameSuffix
        try await Database.withOpened(.sqlite(path: snapshot), logger: logger) { copy in
            let integrity = try await copy.integrityCheck()
            guard integrity == ["ok"] else {
                throw CLILanguage.refusal("cli_backup_check_failed", ["detail": integrity.joined(separator: "; ")])
            }
            // Each side keyed with its own file; nothing here hashes a password, and no key file is ever made.
            let street = Store(database: copy, settings: Store.Settings(keys: sourceKeys))
            _ = try await street.upgrade()
            try await Database.withOpened(targetLocation, logger: logger) { district in
                // The district is not upgraded here: its servers, or `doorstep migrate`, do that at a time its office chooses.
                let districtStore = Store(database: district, settings: Store.Settings(keys: targetKeys))
                let carry = StreetCarry(from: street, into: districtStore, usernameSuffix: suffix, sourceAnchor: anchor)
                do {
                    if checkOnly {
                        Self.print(try await carry.check())
                        Swift.print(CLILanguage.say("cli_migrate_checked"))
                    } else {
                        try Self.print(try await carry.run())
                    }
                } catch let refusal as CarryRefusal {
                    throw Self.refusal(refusal)
                }
            }
        }
    }

    /// A key file that must exist: this command never makes one.
    static func keys(_ path: String) throws -> KeySource {
        guard FileManager.default.fileExists(atPath: path) else { throw CLILanguage.refusal("cli_migrate_key_file", ["file": path]) }
        do {
            return try KeySource(path: path)
        } catch {
            throw CLILanguage.refusal("cli_key_file", ["file": path, "error": "\(error)"])
        }
    }

    static func print(_ plan: CarryPlan) {
        Swift.print(CLILanguage.say("cli_migrate_plan", ["street": plan.streetCode, "name": plan.streetName, "codes": String(plan.codes.count)]))
        for (table, count) in plan.rows where count > 0 { Swift.print("  \(table): \(count)") }
        Swift.print(
            CLILanguage.say(
                "cli_migrate_plan_detail",
                [
                    "audit": String(plan.auditRows), "resealed": String(plan.resealed), "reindexed": String(plan.reindexed),
                    "days": String(plan.calendarDaysAdded),
                ]))
        for (old, new) in plan.renames.sorted(by: { $0.key < $1.key }) {
            Swift.print(CLILanguage.say("cli_migrate_renamed", ["old": old, "new": new]))
        }
    }

    static func print(_ report: CarryReport) throws {
        print(report.plan)
        Swift.print(
            CLILanguage.say(
                "cli_migrate_done",
                [
                    "id": report.carryID, "first": String(report.firstSequence), "last": String(report.lastSequence),
                    "anchor": report.anchor?.description ?? "",
                ]))
        Swift.print(CLILanguage.say("cli_migrate_figures", ["n": String(report.figuresCompared), "differ": String(report.figuresDiffering.count)]))
        for difference in report.figuresDiffering { Swift.print("  \(difference)") }
        if !report.figuresDiffering.isEmpty { throw ExitCode(1) }
    }

    /// Every problem on its own line: `  field: words (code)`.
    static func refusal(_ refusal: CarryRefusal) -> ValidationError {
        let lines = refusal.problems.map { "  \($0.field): \(CLILanguage.say("carry_\($0.code)", $0.values)) (\($0.code))" }
        return ValidationError(([CLILanguage.say("cli_migrate_refused")] + lines).joined(separator: "\n"))
    }
}
