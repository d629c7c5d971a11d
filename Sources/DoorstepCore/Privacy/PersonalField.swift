/// The personal fields that are masked everywhere and shown in full only through a reveal.
public enum PersonalField: String, Sendable, Codable, CaseIterable, Hashable {
    case idNumber
    case phone
    case careCategories
    case birthDate
}

extension Role {
    /// The personal fields this role may reveal, with a reason, for records inside its scope. Grid workers call
    /// residents and look after those in need, so they may see phones, care categories and birth dates; only
    /// administrators see ID numbers.
    public var revealableFields: Set<PersonalField> {
        switch self {
        case .streetAdmin, .communityAdmin: [.idNumber, .phone, .careCategories, .birthDate]
        case .gridWorker: [.phone, .careCategories, .birthDate]
        default: []
        }
    }

}
