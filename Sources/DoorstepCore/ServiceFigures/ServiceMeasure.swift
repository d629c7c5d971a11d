/// The figures of volunteering and co-building (S12, S13, S17) — each counted from records for a territory and a
/// period, never typed in. Their definitions (口径) are in the catalogue under `service_measure_<id>_definition`.
public enum ServiceMeasure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Volunteers registered on or before the period's last day (人).
    case registeredVolunteers
    /// Volunteer teams set up on or before the period's last day (支).
    case volunteerTeams
    /// Volunteer hours confirmed in the period (小时).
    case volunteerHours
    /// Partners with a co-building agreement in force on some day of the period (家).
    case partnersWithAgreements
    /// Commitments fulfilled in the period (项).
    case commitmentsFulfilled
    /// Projects under way on some day of the period (个).
    case projects
    /// People served by projects in the period: the sum of their deliveries (人次).
    case peopleServed

    /// Whether the figure adds up amounts (hours, people) rather than counting records.
    public var isSum: Bool { self == .volunteerHours || self == .peopleServed }
}

/// One figure: what, how much (hours in half-hours for `volunteerHours`) and for which period.
public struct ServiceFigure: Sendable, Codable, Equatable, Hashable {
    public var measure: ServiceMeasure
    public var value: Int

    public init(measure: ServiceMeasure, value: Int) {
        self.measure = measure
        self.value = value
    }

    /// The value as shown: hours with a half where there is one, otherwise the whole number.
    public var text: String {
        measure == .volunteerHours ? HalfHours(value).text : String(value)
    }
}
