import Logging
import PostgresKit
import PostgresNIO
import SQLKit
import ServiceLifecycle

/// PostgreSQL through PostgresNIO's client pool. The pool works only while `run()` runs.
final class PostgresBackend: DatabaseBackend {
    let client: PostgresClient
    let logger: Logger

    init(settings: PostgresSettings, logger: Logger) {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = settings.maximumConnections
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: .trace, logger: logger))
        }
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await inTransaction(connection.sql(queryLogLevel: .trace, logger: logger), begin: "BEGIN", body)
        }
    }

    func run() async throws {
        // The client runs until cancelled; end it when the server is asked to stop, after the HTTP server.
        await cancelWhenGracefulShutdown { await self.client.run() }
    }
}
