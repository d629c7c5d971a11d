import ArgumentParser
import DoorstepStore

/// `doorstep keys rotate`: a new data key becomes current and every sealed value is sealed again under it.
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the keys that protect personal data at rest.", subcommands: [Rotate.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new key, make it current, and re-seal every protected value under it.",
            discussion: """
                The key file (DOORSTEP_KEY_FILE, default ./doorstep.key) keeps the old keys, so servers still \
                running read both old and new values while this runs; they pick up the new key from the file. \
                Back up the key file after rotating: without it, the protected values cannot be read.
                """)

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let (count, id) = try await database.withStore { store in
                (try await store.keyRotation.rotate(), store.keyRotation.currentKeyID)
            }
            print(CLILanguage.say("cli_key_rotated", ["id": "\(id)", "n": String(count)]))
        }
    }
}
