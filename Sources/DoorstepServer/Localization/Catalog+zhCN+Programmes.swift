/// The words of the health station and aid projects in Chinese.
extension Catalog {
    static let zhCNProgrammes: [String: String] = [:]
}
