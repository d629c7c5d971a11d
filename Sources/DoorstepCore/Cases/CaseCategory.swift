import Foundation

/// What kind of matter a case is. GB/T 30428 splits urban management into components (部件, a broken manhole
/// cover) and events (事件, rubbish piled in the street); residents' requests (诉求) and disputes (矛盾纠纷) are the
/// community's own kinds, and a dispute is handled as a mediation.
public enum CaseKind: String, Codable, Sendable, CaseIterable, Hashable {
    case event
    case component
    case request
    case dispute
}

/// How pressing a case is; each category sets a time limit per level.
public enum Urgency: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable, NamedValues, Hashable {
    case routine
    case urgent
    case emergency
}

/// A time limit over the work calendar: so many working hours, or so many working days.
public enum TimeLimit: Sendable, Equatable, Hashable {
    case workingHours(Int)
    case workingDays(Int)

    /// The moment the limit ends when it starts at `start`.
    public func end(from start: Date, over calendar: WorkCalendar) -> Date {
        switch self {
        case .workingHours(let hours): calendar.adding(workingHours: Double(hours), to: start)
        case .workingDays(let days): calendar.adding(workingDays: days, to: start)
        }
    }

    /// The stored form: `8h` or `3d`.
    public var text: String {
        switch self {
        case .workingHours(let hours): "\(hours)h"
        case .workingDays(let days): "\(days)d"
        }
    }

    /// Reads the stored form; nil for anything else, including limits below one.
    public init?(text: String) {
        guard let unit = text.last, let amount = Int(text.dropLast()), amount > 0 else { return nil }
        switch unit {
        case "h": self = .workingHours(amount)
        case "d": self = .workingDays(amount)
        default: return nil
        }
    }
}

extension TimeLimit: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let limit = TimeLimit(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time limit: \(text)"))
        }
        self = limit
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// Which level of the territory handles a category's cases by default: 小事不出网格、大事不出社区.
public enum HandlerLevel: String, Codable, Sendable, CaseIterable, Hashable {
    case grid
    case community
    case street
}

/// One entry of the versioned category dictionary. A change makes a new version; cases keep a copy of the code and
/// name they were registered under, so old cases read as they were.
public struct CaseCategory: Sendable, Codable, Equatable, Hashable {
    /// The standard the entry comes from (`GB/T 30428.2-2013`), or nil for a community's own entry.
    public var standardRef: String?
    public var kind: CaseKind
    /// Stable across versions: `0105` for a national class, `L0201` for a local one.
    public var code: String
    public var version: Int
    public var name: String
    public var parentCode: String?
    public var defaultHandler: HandlerLevel
    /// The limit to finish, per urgency.
    public var limits: [Urgency: TimeLimit]
    /// The limit to sign for and first contact the reporter, counted in 响应率.
    public var responseLimit: TimeLimit
    /// When a report of this category is registered (立案条件) and when it may close (结案条件).
    public var registerCondition: String
    public var closeCondition: String
    /// A community's own entry rather than one shipped from a standard.
    public var isLocal: Bool
    /// The community an admin-added entry belongs to; nil for shipped entries, which every community uses.
    public var communityCode: String?
    public var active: Bool

    public init(
        standardRef: String?, kind: CaseKind, code: String, version: Int = 1, name: String, parentCode: String? = nil,
        defaultHandler: HandlerLevel, limits: [Urgency: TimeLimit], responseLimit: TimeLimit = .workingHours(2),
        registerCondition: String = "", closeCondition: String = "", isLocal: Bool, communityCode: String? = nil,
        active: Bool = true
    ) {
        self.standardRef = standardRef
        self.kind = kind
        self.code = code
        self.version = version
        self.name = name
        self.parentCode = parentCode
        self.defaultHandler = defaultHandler
        self.limits = limits
        self.responseLimit = responseLimit
        self.registerCondition = registerCondition
        self.closeCondition = closeCondition
        self.isLocal = isLocal
        self.communityCode = communityCode
        self.active = active
    }

    /// The limit for `urgency`, falling back to the routine one and then to five working days.
    public func limit(for urgency: Urgency) -> TimeLimit {
        limits[urgency] ?? limits[.routine] ?? .workingDays(5)
    }

    /// Whether cases may be filed under it: a top-level class only groups its children.
    public var isLeaf: Bool { parentCode != nil }

    /// Checks an admin's new local category.
    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("name", name, maximum: 40)
        if code.isEmpty {
            validator.check("code", .required)
        } else if code.count > 12 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            validator.check("code", .categoryCodeFormat)
        }
        validator.check("registerCondition", registerCondition.count > 500 ? .tooLong(maximum: 500) : nil)
        validator.check("closeCondition", closeCondition.count > 500 ? .tooLong(maximum: 500) : nil)
        try validator.throwIfAny()
    }
}
