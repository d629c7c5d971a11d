/// The words of satisfaction surveys in Chinese.
extension Catalog {
    static let zhCNSurveys: [String: String] = [:]
}
