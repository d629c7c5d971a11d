/// The personal fields that are masked everywhere and shown in full only through a reveal.
public enum PersonalField: String, Sendable, Codable, CaseIterable, Hashable {
    case idNumber
    case phone
    case careCategories
}

extension Role {
    /// The personal fields this role may reveal, with a reason, for records inside its scope. Grid workers call
    /// residents and look after those in need, so they may see phones and care categories; only administrators see
    /// ID numbers.
    public var revealableFields: Set<PersonalField> {
        switch self {
        case .streetAdmin, .communityAdmin: [.idNumber, .phone, .careCategories]
        case .gridWorker: [.phone, .careCategories]
        default: []
        }
    }

}
