/// Every figure Doorstep shows, defined once. Pages, the report, exports and the API read figures only through this
/// registry and the store's one count and one record list per key, so a figure cannot differ between two screens.
public enum FigureRegistry {
    /// Every definition, in the report's order.
    public static let all: [FigureDefinition] = organisation + grids + members + vanguard + services + coBuilding
        + satisfaction + loop

    private static let byKey: [FigureKey: FigureDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    public static func definition(_ key: FigureKey) -> FigureDefinition {
        // Every key is defined: a test walks the keys.
        byKey[key]!
    }

    public static func section(_ section: ReportSection) -> [FigureDefinition] {
        all.filter { $0.section == section }
    }

    static let everywhere: Set<ScopeLevel> = [.street, .community, .grid]
    static let aboveGrids: Set<ScopeLevel> = [.street, .community]

    static func figure(
        _ key: FigureKey, _ section: ReportSection, _ name: Bilingual, _ unit: Bilingual, _ definition: Bilingual,
        kind: FigureKind = .count, timing: FigureTiming, levels: Set<ScopeLevel> = everywhere, records: Permission
    ) -> FigureDefinition {
        FigureDefinition(
            key: key, section: section, name: name, unit: unit, definition: definition, kind: kind, timing: timing,
            levels: levels, records: records)
    }
}
