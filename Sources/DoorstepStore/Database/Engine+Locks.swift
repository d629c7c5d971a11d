import SQLKit

extension Engine {
    /// `FOR UPDATE` where the engine has it: rows that decide a check (places left, a cap, a chain's head) are read
    /// with it so concurrent writers take turns. SQLite's single writer already does.
    var rowLock: SQLQueryString { self == .postgres ? " FOR UPDATE" : "" }

    /// `FOR SHARE`: the row must not change while this transaction relies on it, but others may rely on it too.
    var shareLock: SQLQueryString { self == .postgres ? " FOR SHARE" : "" }
}
