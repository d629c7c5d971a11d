/// The words of shared venues, joint meetings and micro-wishes in English.
extension Catalog {
    static let enCoBuilding: [String: String] = [:]
}
