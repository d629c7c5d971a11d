/// The words of the time bank, volunteer teams and service records in English.
extension Catalog {
    static let enTimeBank: [String: String] = [:]
}
