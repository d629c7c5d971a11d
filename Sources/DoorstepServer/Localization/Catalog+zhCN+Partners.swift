/// The words of partners, co-building agreements and the three lists in Chinese.
extension Catalog {
    static let zhCNPartners: [String: String] = [
        "problem_consentRequired": "需要本人或监护人同意后才能登记。",
        "problem_notAuthorised": "此人不在授权名单内。",
        "problem_notOpen": "现在不在开放时间内。",
        "problem_dayFormat": "不是有效的日期（如 2027-03-01）。",
        "problem_beforeStart": "不能早于开始日期。",
        "action_partnerRegistered": "登记共建单位",
        "action_agreementRecorded": "记录共建协议",
        "action_projectAccepted": "需求资源对接成项目",
    ]
}
