import ArgumentParser
import DoorstepCore
import DoorstepServer
import Foundation

/// The language the commands speak: Chinese, as the pages, unless the shell's locale (`LC_ALL`, `LANG`) or
/// `DOORSTEP_LANG` asks for English.
enum CLILanguage {
    static var strings: Strings {
        let environment = ProcessInfo.processInfo.environment
        let asked = environment["DOORSTEP_LANG"] ?? environment["LC_ALL"] ?? environment["LANG"] ?? ""
        return Strings(asked.lowercased().hasPrefix("en") ? .en : .default)
    }

    /// A line in the command's language, `{name}` placeholders filled in.
    static func say(_ key: String, _ values: [String: String] = [:]) -> String { strings.format(key, values) }

    /// A refusal in the command's language: ArgumentParser prints it and exits with 64.
    static func refusal(_ key: String, _ values: [String: String] = [:]) -> ValidationError { ValidationError(say(key, values)) }
}
