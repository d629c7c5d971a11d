import Foundation

/// A resident taken into an aid project. Being one says the resident is in a care category — sensitive — so the
/// list reaches only the office that manages services there (names as the registry shows them to that role) and the
/// running organisation's own account (names masked, `张*`); the categories themselves are never in it.
public struct AidBeneficiary: Sendable, Codable, Equatable, Hashable {
    public var projectID: String
    public var residentID: String
    /// As the caller may see it: masked for the running organisation.
    public var name: String
    /// `YYYY-MM-DD`.
    public var addedOn: String
    /// Services of the project this resident was served at.
    public var servicesReceived: Int

    public init(projectID: String, residentID: String, name: String, addedOn: String, servicesReceived: Int) {
        self.projectID = projectID
        self.residentID = residentID
        self.name = name
        self.addedOn = addedOn
        self.servicesReceived = servicesReceived
    }
}
