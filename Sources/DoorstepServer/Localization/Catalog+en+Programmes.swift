/// The words of the health station and aid projects in English.
extension Catalog {
    static let enProgrammes: [String: String] = [:]
}
