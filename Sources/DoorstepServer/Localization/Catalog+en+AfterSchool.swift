/// The words of the after-school class in English.
extension Catalog {
    static let enAfterSchool: [String: String] = [:]
}
