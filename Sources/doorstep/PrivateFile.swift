import ArgumentParser
import Foundation

/// Files the shell writes for people to take away (exports, reports): readable by their owner only from the first
/// byte — writing and then changing the mode would leave a moment when others could read it.
enum PrivateFile {
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw CLILanguage.refusal("cli_cannot_write", ["file": path, "error": String(cString: strerror(errno))]) }
        // A file that already existed keeps its old mode through O_TRUNC; set it before writing.
        fchmod(descriptor, 0o600)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }
}
