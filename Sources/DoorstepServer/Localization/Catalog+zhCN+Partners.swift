/// The words of partners, co-building agreements and the three lists in Chinese.
extension Catalog {
    static let zhCNPartners: [String: String] = [
        "problem_consentRequired": "需要本人或监护人同意后才能登记。",
        "problem_notAuthorised": "此人不在授权名单内。",
        "problem_notOpen": "现在不在开放时间内。",
    ]
}
