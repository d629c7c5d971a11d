import DoorstepCore
import DoorstepStore
import Logging

/// Everything the server is told at start, read once into one value with a default for every field.
public struct AppConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    public var database: DatabaseLocation = .sqlite(path: DatabaseLocation.defaultSQLitePath)
    /// Mark cookies Secure even without `X-Forwarded-Proto: https` (set when TLS ends in front of Doorstep).
    public var secureCookies: Bool = false
    public var store: Store.Settings = Store.Settings()
    public var logLevel: Logger.Level = .info
    /// How often each server sweeps case clocks for warnings and escalation.
    public var caseClockInterval: Duration = .seconds(60)

    public init() {}
}
