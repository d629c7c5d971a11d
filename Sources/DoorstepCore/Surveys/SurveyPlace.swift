import Foundation

/// How much of a community a survey covers.
public enum SurveyPlaceKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// The whole community (社区).
    case community
    /// One estate (小区), whichever grids its buildings lie in.
    case estate
    /// One grid (网格).
    case grid
}

/// The place a survey covers, or a place its results are read for: a community by its code, an estate by its id,
/// a grid by its code. Written `community:320106005001`, `estate:<id>` or `grid:320106005001001`.
public struct SurveyPlace: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    public var kind: SurveyPlaceKind
    /// The community's code, the estate's id or the grid's code.
    public var id: String

    public init(kind: SurveyPlaceKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// Reads the written form; nil for anything else, including codes of the wrong length.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = SurveyPlaceKind(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        switch kind {
        case .community: guard TerritoryCode.problem(with: parts[1], at: .community) == nil else { return nil }
        case .grid: guard TerritoryCode.problem(with: parts[1], at: .grid) == nil else { return nil }
        case .estate: guard parts[1].count <= 64 else { return nil }
        }
        self.init(kind: kind, id: parts[1])
    }

    public var description: String { "\(kind.rawValue):\(id)" }

    /// The forms a place may be written in, for the message that refuses another.
    public static let writtenForms = SurveyPlaceKind.allCases.map { "\($0.rawValue):…" }
}
