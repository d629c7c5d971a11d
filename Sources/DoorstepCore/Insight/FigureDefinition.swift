/// A text in both languages of the interface.
public struct Bilingual: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .en ? en : zh }
}

/// What a figure's value is.
public enum FigureKind: Sendable, Hashable {
    /// A whole number of records (or of the amounts they carry: 人次).
    case count
    /// A sum of half-hours, shown as hours with a half where there is one.
    case halfHours
    /// A share: the numerator's count over the denominator's, as a percentage rounded half-up to one decimal, never
    /// shown without both counts beside it.
    case rate(numerator: Bilingual, denominator: Bilingual)
}

/// When in the period a record must fall to be counted.
public enum FigureTiming: String, Sendable, Hashable, Codable {
    /// Counted as they stand on the period's last day (members on the roll, grids, workers).
    case asAtEnd
    /// Counted when the thing happened within the period (a visit, a closed case).
    case duringPeriod
}

/// One registered figure: its key, its place in the work report, its words in both languages and its definition
/// (口径), what it is, the levels of territory it is counted at, and what its records need to be opened.
public struct FigureDefinition: Sendable, Hashable {
    public var key: FigureKey
    public var section: ReportSection
    public var name: Bilingual
    public var unit: Bilingual
    /// What is counted, over which period and territory, and what is counted once.
    public var definition: Bilingual
    public var kind: FigureKind
    public var timing: FigureTiming
    /// The territory levels the figure is counted at: community-wide things (partners, posts) have no grid.
    public var levels: Set<ScopeLevel>
    /// What a caller needs to open the records behind the figure (the count itself is for every staff role).
    public var records: Permission

    public var isRate: Bool {
        if case .rate = kind { return true }
        return false
    }
}
