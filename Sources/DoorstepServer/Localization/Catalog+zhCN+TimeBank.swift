/// The words of the time bank, volunteer teams and service records in Chinese.
extension Catalog {
    static let zhCNTimeBank: [String: String] = [:]
}
