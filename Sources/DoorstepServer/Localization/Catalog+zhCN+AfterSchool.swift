/// The words of the after-school class in Chinese.
extension Catalog {
    static let zhCNAfterSchool: [String: String] = [:]
}
