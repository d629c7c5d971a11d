/// The words of shared venues, joint meetings and micro-wishes in Chinese.
extension Catalog {
    static let zhCNCoBuilding: [String: String] = [:]
}
