/// A resource that could meet a need, and why it was suggested.
public struct MatchSuggestion: Sendable, Codable, Equatable, Hashable {
    public var resource: PartnerResource
    /// True when the resource is offered for the need's own place (a grid resource for a grid need), false when
    /// it reaches the whole community.
    public var samePlace: Bool
    /// Days that the need's wanted span and the resource's available span share.
    public var sharedDays: Int
    /// What is left of the resource's capacity after the projects it already serves.
    public var remaining: Int
}

/// Matching the two lists: a resource is suggested for a need when it is of the same category, reaches the need's
/// place, is available on at least one day the need is wanted, and has capacity left. Closer, longer-overlapping
/// and larger resources come first.
public enum Matching {
    public static func suggestions(for need: Need, among resources: [PartnerResource], used: [String: Int]) -> [MatchSuggestion] {
        resources.compactMap { resource -> MatchSuggestion? in
            guard resource.category == need.category, need.placeCode.hasPrefix(resource.placeCode) else { return nil }
            let first = max(need.wantedFrom, resource.availableFrom), last = min(need.wantedUntil, resource.availableUntil)
            guard first <= last else { return nil }
            let remaining = resource.capacity - used[resource.id, default: 0]
            guard remaining > 0 else { return nil }
            return MatchSuggestion(
                resource: resource, samePlace: resource.placeCode == need.placeCode, sharedDays: first.days(until: last) + 1,
                remaining: remaining)
        }
        .sorted {
            ($0.samePlace ? 1 : 0, $0.sharedDays, $0.remaining, $1.resource.id)
                > ($1.samePlace ? 1 : 0, $1.sharedDays, $1.remaining, $0.resource.id)
        }
    }
}
