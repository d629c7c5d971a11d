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
}
