extension FigureRegistry {
    static let satisfaction: [FigureDefinition] = [
        figure(
            .surveySatisfaction, .satisfaction, Bilingual("居民满意率", "Residents satisfied"), Bilingual("%", "%"),
            Bilingual(
                "期内满意度测评中对总体满意度作答的住户中，答“非常满意”或“满意”的比例，每户每次测评计一次；四舍五入保留一位小数。",
                "Of the households answering a survey's overall question in the period, the share answering very satisfied or satisfied, each household once a survey; rounded half-up to one decimal."),
            kind: .rate(numerator: Bilingual("满意户数", "satisfied households"), denominator: Bilingual("作答户数", "households answering")),
            timing: .duringPeriod, records: .viewCases),
    ]

    static let loop: [FigureDefinition] = [
        figure(
            .casesReported, .loop, Bilingual("受理诉求", "Cases reported"), Bilingual("件", ""),
            Bilingual("期内各渠道上报的诉求和事件，每件计一次（合并的重复件不另计）。", "Cases reported through any channel in the period, each once (duplicates merged into another not again)."),
            timing: .duringPeriod, records: .viewCases),
        figure(
            .openCases, .loop, Bilingual("在办诉求", "Cases open"), Bilingual("件", ""),
            Bilingual(
                "期末已上报、尚未结案且未被驳回或作废的诉求（合并的重复件不计）。",
                "Cases reported by the period's last day and not yet closed, rejected or voided then (duplicates merged into another not counted)."),
            timing: .asAtEnd, records: .viewCases),
        rate(
            .closedRate, Bilingual("结案率", "Closure rate"), Bilingual("期内到期应结的诉求中已结案的比例。", "Of the cases due to close in the period, those closed."),
            Bilingual("已结案", "closed"), Bilingual("期内到期", "due")),
        rate(
            .onTimeRate, Bilingual("按期结案率", "On-time closure rate"),
            Bilingual("期内到期应结的诉求中按期结案的比例。", "Of the cases due to close in the period, those closed by their deadline."),
            Bilingual("按期结案", "closed on time"), Bilingual("期内到期", "due")),
        rate(
            .reworkRate, Bilingual("返工率", "Rework rate"),
            Bilingual("期内反馈办理结果的诉求中核查未通过而返工的比例。", "Of the cases whose handling was reported in the period, those sent back when checked."),
            Bilingual("返工", "reworked"), Bilingual("期内反馈", "handled")),
        rate(
            .responseRate, Bilingual("响应率", "Response rate"),
            Bilingual("期内派遣的诉求中在时限内签收并联系的比例。", "Of the cases dispatched in the period, those signed for and contacted within the limit."),
            Bilingual("按时响应", "responded in time"), Bilingual("期内派遣", "dispatched")),
        rate(
            .resolutionRate, Bilingual("解决率", "Resolution rate"),
            Bilingual("期内回访评价的诉求中评价为“已解决”的比例。", "Of the cases rated at call-back in the period, those rated solved."),
            Bilingual("已解决", "solved"), Bilingual("期内评价", "rated")),
        rate(
            .caseSatisfactionRate, Bilingual("诉求满意率", "Satisfaction with cases"),
            Bilingual("期内回访评价的诉求中评价为“非常满意”或“满意”的比例。", "Of the cases rated at call-back in the period, those rated very satisfied or satisfied."),
            Bilingual("满意", "satisfied"), Bilingual("期内评价", "rated")),
    ]

    /// The loop's rates: counted from the cases, each case once in each part, rounded half-up to one decimal.
    static func rate(_ key: FigureKey, _ name: Bilingual, _ definition: Bilingual, _ numerator: Bilingual, _ denominator: Bilingual)
        -> FigureDefinition
    {
        figure(
            key, .loop, name, Bilingual("%", "%"),
            Bilingual(definition.zh + "每件计一次；四舍五入保留一位小数。", definition.en + " Each case once; rounded half-up to one decimal."),
            kind: .rate(numerator: numerator, denominator: denominator), timing: .duringPeriod, records: .viewCases)
    }
}
