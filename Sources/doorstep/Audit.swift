import ArgumentParser
import DoorstepCore
import DoorstepStore

/// `doorstep audit verify [--anchor SEQ:HASH]` walks the keyed chain and names the first row changed or removed;
/// `doorstep audit anchor` prints the newest row's place and hash, to keep outside the database.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Audit log tools.", subcommands: [Verify.self, Anchor.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check that no audit row was changed or removed.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "An anchor printed earlier by `doorstep audit anchor` (SEQ:HASH): rows up to it must be there as they were.")
        var anchor: String?
        @Option(help: "A carry's id, as `doorstep migrate-to` printed it: check that street's old chain as it stood, with --anchor one kept of it.")
        var carried: String?
        @Option(help: "With --carried: the street's old key file.") var sourceKeyFile: String?

        func run() async throws {
            var kept: AuditAnchor?
            if let anchor {
                guard let parsed = AuditAnchor(anchor) else { throw CLILanguage.refusal("cli_audit_anchor_format") }
                kept = parsed
            }
            let given = kept
            guard carried != nil || sourceKeyFile == nil else { throw CLILanguage.refusal("cli_audit_carried_key") }
            let carry = try carried.map { id in
                guard let sourceKeyFile else { throw CLILanguage.refusal("cli_audit_carried_key") }
                return (id: id, keys: try MigrateTo.keys(sourceKeyFile).current)
            }
            let result = try await database.withStore { store in
                guard let carry else { return try await store.audit.verify(anchor: given) }
                do {
                    return try await store.audit.verifyCarried(carry.id, sourceKeys: carry.keys, anchor: given)
                } catch StoreError.notFound {
                    throw CLILanguage.refusal("cli_audit_carried_unknown", ["id": carry.id])
                }
            }
            switch result {
            case .intact(let rows):
                print(
                    CLILanguage.say("cli_audit_intact", ["rows": String(rows)])
                        + (given.map { CLILanguage.say("cli_audit_anchor_holds", ["n": String($0.sequence)]) } ?? ""))
            case .changed(let sequence):
                print(CLILanguage.say("cli_audit_changed", ["n": String(sequence)]))
                throw ExitCode(2)
            case .removed(let sequence):
                print(CLILanguage.say("cli_audit_removed", ["n": String(sequence)]))
                throw ExitCode(2)
            }
        }
    }

    struct Anchor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the newest audit row's place and hash (SEQ:HASH) to keep outside the database.",
            discussion: """
                Keep the line somewhere the database's administrators cannot change (a printed log book, another \
                system, a message to the street office), say daily from cron; `doorstep audit verify --anchor LINE` \
                then proves that no row up to it was removed or rewritten, even by someone with the key file.
                """)

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let anchor = try await database.withStore({ store in try await store.audit.anchor() }) else {
                throw CLILanguage.refusal("cli_audit_empty")
            }
            print(anchor.description)
        }
    }
}
