import DoorstepCore

/// A source row made ready for the target: sealed values sealed under the target's key (unless it holds the very
/// key they were sealed under), keyed hashes taken again under the target's index key when it differs, and the
/// usernames that clash renamed. Every hash is first checked against the value it was taken of, under the source's
/// keys, so a hash is never taken again from a wrong derivation.
struct Resealing: Sendable {
    let source: KeyRing
    let target: KeyRing
    /// Usernames that clash with the target's, and what they become.
    let renames: [String: String]

    var reindexes: Bool { !target.sharesIndexKey(with: source) }

    struct Counts: Sendable, Equatable {
        var resealed = 0
        var reindexed = 0
    }

    func carry(_ row: inout [CarriedValue], of table: CarriedTable, counts: inout Counts) throws {
        for indexed in IndexedColumn.all where indexed.table == table.name {
            guard let at = table.columns.firstIndex(of: indexed.column),
                let sealedAt = table.columns.firstIndex(of: indexed.sealed.column),
                let stored = row[at].text, let sealed = row[sealedAt].text
            else { continue }
            let id = Self.id(of: row, in: table, column: indexed.sealed.idColumn)
            let input: String?
            do {
                input = try indexed.input(try source.open(sealed, context: indexed.sealed.context), stored)
            } catch {
                throw CarryRefusal([CarryProblem(indexed.sealed.context, "doesNotOpen", ["id": id])])
            }
            guard let input else { continue }
            guard source.blindIndex(input, context: indexed.sealed.context) == stored else {
                throw CarryRefusal([CarryProblem("\(table.name).\(indexed.column)", "indexMismatch", ["id": id])])
            }
            if reindexes {
                row[at] = .text(target.blindIndex(input, context: indexed.sealed.context))
                counts.reindexed += 1
            }
        }
        for sealed in SealedColumn.all where sealed.table == table.name {
            guard let at = table.columns.firstIndex(of: sealed.column), let value = row[at].text else { continue }
            let carried: String
            do {
                carried = try target.resealed(value, context: sealed.context, from: source)
            } catch {
                throw CarryRefusal([CarryProblem(sealed.context, "doesNotOpen", ["id": Self.id(of: row, in: table, column: sealed.idColumn)])])
            }
            if carried != value {
                row[at] = .text(carried)
                counts.resealed += 1
            }
        }
        if table.name == "accounts", let at = table.columns.firstIndex(of: "username"), let name = row[at].text,
            let renamed = renames[name]
        {
            row[at] = .text(renamed)
        }
    }

    private static func id(of row: [CarriedValue], in table: CarriedTable, column: String) -> String {
        table.columns.firstIndex(of: column).flatMap { row[$0].text } ?? ""
    }
}
