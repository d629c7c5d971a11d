extension FigureRegistry {
    static let members: [FigureDefinition] = [
        figure(
            .publicCards, .members, Bilingual("亮身份党员", "Members showing their identity"), Bilingual("名", ""),
            Bilingual(
                "本人同意在公示栏公开身份卡的党员，截至期末。",
                "Members who consented to show their card on the public board, as at the period's last day."),
            timing: .asAtEnd, records: .viewParty),
        figure(
            .pledgesMade, .members, Bilingual("党员承诺", "Pledges made"), Bilingual("项", ""),
            Bilingual("期内党员作出的承诺，每项计一次。", "Pledges members made in the period, each once."), timing: .duringPeriod,
            records: .viewParty),
        figure(
            .pledgesFulfilled, .members, Bilingual("承诺践诺", "Pledges fulfilled"), Bilingual("项", ""),
            Bilingual("期内标记为已践诺的承诺。", "Pledges marked fulfilled in the period."), timing: .duringPeriod, records: .viewParty),
        figure(
            .vanguardPosts, .members, Bilingual("党员先锋岗", "Vanguard posts"), Bilingual("个", ""),
            Bilingual("期末设立且在用的党员先锋岗（按社区设置）。", "Vanguard posts set up and in use by the period's last day (set per community)."),
            timing: .asAtEnd, levels: aboveGrids, records: .viewParty),
        figure(
            .responsibilityZones, .members, Bilingual("党员责任区", "Responsibility zones"), Bilingual("个", ""),
            Bilingual("期末划定的党员责任区（按社区设置）。", "Responsibility zones set by the period's last day (set per community)."),
            timing: .asAtEnd, levels: aboveGrids, records: .viewParty),
        figure(
            .pointsAwarded, .members, Bilingual("党员积分", "Points recorded"), Bilingual("分", "points"),
            Bilingual(
                "积分台账中记入日期在期内的各行分值之和（扣分为负，更正行照计）。",
                "The sum of the points ledger's lines dated in the period (deductions negative, corrections included)."),
            timing: .duringPeriod, records: .viewParty),
        figure(
            .orgLifeMeetings, .members, Bilingual("三会一课", "Organisational-life meetings"), Bilingual("次", ""),
            Bilingual("期内召开的支部党员大会、支委会、党小组会和党课。", "Branch meetings, committee meetings, group meetings and lectures held in the period."),
            timing: .duringPeriod, records: .viewParty),
    ]

    static let vanguard: [FigureDefinition] = [
        figure(
            .vanguardTeamMembers, .vanguard, Bilingual("先锋队党员", "Vanguard team members"), Bilingual("名", ""),
            Bilingual("期末在红色先锋队中的党员，参加多支队伍的计一次。", "Members in a vanguard team as at the period's last day, each once whatever their teams."),
            timing: .asAtEnd, records: .viewParty),
        figure(
            .teamActivities, .vanguard, Bilingual("先锋队活动", "Team outings"), Bilingual("次", ""),
            Bilingual(
                "期内开展的政策宣传、民情收集、矛盾调解、志愿服务活动。",
                "Policy publicity, opinion collection, mediation and volunteer service outings held in the period."),
            timing: .duringPeriod, records: .viewParty),
        figure(
            .visits, .vanguard, Bilingual("走访居民", "Household visits"), Bilingual("户次", "household-visits"),
            Bilingual(
                "期内党员走访居民户，同一党员同一天走访同一户计一次。",
                "Visits by members to households in the period; one member, one household and one day count once."),
            timing: .duringPeriod, records: .viewParty),
        figure(
            .opinions, .vanguard, Bilingual("收集社情民意", "Opinions collected"), Bilingual("条", ""),
            Bilingual("期内收集的社情民意，每条计一次。", "Opinions collected in the period, each once."), timing: .duringPeriod,
            records: .viewParty),
        figure(
            .problemsSolved, .vanguard, Bilingual("解决实际问题", "Problems solved"), Bilingual("个", ""),
            Bilingual("期内办结的诉求，每件计一次。", "Cases closed in the period, each once."), timing: .duringPeriod,
            records: .viewCases),
        figure(
            .disputesSettled, .vanguard, Bilingual("调解矛盾纠纷", "Disputes settled"), Bilingual("起", ""),
            Bilingual(
                "期内调解结束并达成全部或部分协议的纠纷，每起计一次。",
                "Mediations concluded in the period with an agreement in full or in part, each once."),
            timing: .duringPeriod, records: .viewCases),
    ]
}
