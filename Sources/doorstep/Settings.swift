import ArgumentParser
import DoorstepStore
import Foundation

/// Store settings that operators may change through the environment.
enum Settings {
    static func fromEnvironment() throws -> Store.Settings {
        let environment = ProcessInfo.processInfo.environment
        var settings = Store.Settings()
        let keyFile = environment["DOORSTEP_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "doorstep.key"
        do {
            settings.keys = try KeySource(path: keyFile)
        } catch {
            throw CLILanguage.refusal("cli_key_file", ["file": keyFile, "error": "\(error)"])
        }
        if let cost = environment["DOORSTEP_BCRYPT_COST"].flatMap(UInt8.init) { settings.passwordHasher = PasswordHasher(cost: cost) }
        if let failures = environment["DOORSTEP_SIGN_IN_FREE_FAILURES"].flatMap(Int.init) { settings.loginThrottle.perUsername.free = failures }
        if let seconds = environment["DOORSTEP_SIGN_IN_LONGEST_WAIT_SECONDS"].flatMap(Int.init) {
            settings.loginThrottle.perUsername.longestWait = .seconds(seconds)
        }
        if let posts = environment["DOORSTEP_PUBLIC_POSTS_PER_HOUR"].flatMap(Int.init) { settings.loginThrottle.publicPosts.free = posts }
        if let count = environment["DOORSTEP_HOUSEHOLDS_PER_HUB"].flatMap(Int.init), count > 0 {
            settings.linkedHouseholdsPerHub = count
        }
        if let minutes = environment["DOORSTEP_SESSION_IDLE_MINUTES"].flatMap(Int.init) {
            settings.sessionIdleTimeout = .seconds(minutes * 60)
        }
        return settings
    }
}
