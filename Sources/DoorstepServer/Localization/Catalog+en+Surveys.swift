/// The words of satisfaction surveys in English.
extension Catalog {
    static let enSurveys: [String: String] = [:]
}
