import Foundation

/// Where the data lives: an SQLite file (the default) or a PostgreSQL server named by a `postgres://` URL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresSettings)

    /// The file used when nothing is configured.
    public static let defaultSQLitePath = "doorstep.sqlite"

    /// Reads `--database` or `DATABASE_URL`: `postgres://user:pass@host:port/db`, `sqlite:///abs/path`,
    /// `sqlite://relative/path`, or a bare file path.
    public init(parsing text: String?) throws(DatabaseConfigurationError) {
        guard let text, !text.isEmpty else {
            self = .sqlite(path: Self.defaultSQLitePath)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresSettings(url: text))
        } else if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw .invalid(text, "the SQLite URL names no file") }
            self = .sqlite(path: path)
        } else if text.contains("://") {
            throw .invalid(text, "only postgres:// and sqlite:// URLs are understood")
        } else {
            self = .sqlite(path: text)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres(let settings): "PostgreSQL \(settings.username)@\(settings.host):\(settings.port)/\(settings.database)"
        }
    }
}

/// The parts of a PostgreSQL URL that the client needs.
public struct PostgresSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// `sslmode=require` (or `verify-full`) asks for TLS; anything else connects in the clear, as on loopback.
    public var requireTLS: Bool
    /// The most connections this process opens; `?pool_size=` in the URL sets it.
    public var maximumConnections: Int
    /// How long a request waits for a connection before it is told the database is unavailable (503), in seconds;
    /// `?connect_timeout=` in the URL sets it (default 10), as for libpq. Long enough for a request to ride out a
    /// switchover or a pool busy for a moment, short enough that a client hears "try again" rather than hanging.
    public var connectTimeout: Int

    public init(url text: String) throws(DatabaseConfigurationError) {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw .invalid(text, "the PostgreSQL URL has no host")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        self.database = path.isEmpty ? username : path
        let sslMode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value
        self.requireTLS = sslMode == "require" || sslMode == "verify-full" || sslMode == "verify-ca"
        self.maximumConnections =
            components.queryItems?.first(where: { $0.name == "pool_size" })?.value.flatMap(Int.init) ?? 20
        self.connectTimeout = max(
            1, components.queryItems?.first(where: { $0.name == "connect_timeout" })?.value.flatMap(Int.init) ?? 10)
    }
}

/// A database setting that cannot be used, with the reason.
public enum DatabaseConfigurationError: Error, CustomStringConvertible, Equatable {
    case invalid(String, String)

    public var description: String {
        switch self {
        case .invalid(let text, let reason):
            // The URL may carry a password: show only its scheme.
            "invalid database setting (\(text.split(separator: ":").first ?? "")…): \(reason)"
        }
    }
}
