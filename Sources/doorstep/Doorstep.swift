import ArgumentParser

/// The one binary: serve the site, migrate the database, manage accounts, verify the audit log.
@main
struct Doorstep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doorstep",
        abstract: "Doorstep (家门口): community governance, from the street to the doorstep.",
        subcommands: [
            Serve.self, Migrate.self, Territory.self, Users.self, Import.self, Export.self, Keys.self, Audit.self, Demo.self,
            Figures.self, Report.self, Backup.self, Restore.self, MigrateTo.self,
        ],
        defaultSubcommand: Serve.self)
}
