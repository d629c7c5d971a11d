/// What opening a database for work brings up to date.
public struct Upgrade: Sendable, Equatable {
    /// The migrations applied, by name.
    public var applied: [String]
    /// Birth dates found in clear (from before migration 21) and sealed.
    public var birthDatesSealed: Int
}

extension Store {
    /// Applies pending migrations, then seals what a migration moved out of clear columns: sealing needs the key
    /// file, which migrations do not hold. Serving, the shell's commands and `doorstep migrate` all come this way.
    public func upgrade() async throws -> Upgrade {
        let applied = try await Migrator.migrate(database)
        return Upgrade(applied: applied, birthDatesSealed: try await residents.sealBirthDatesLeftInClear())
    }
}
