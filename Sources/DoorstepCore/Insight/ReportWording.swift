/// The report's sentences in both languages. `{key}` is a registered figure, `{@name}` one of the report's names
/// (`territory`, `end`, `hospitals`, `schools`, `socialOrganisations`); a sentence whose figures or names are
/// missing for the territory is left out, never printed with a gap. Each entry is a sentence's alternatives, the first
/// that fits being used (a street names its communities, a community does not).
enum ReportWording {
    static let sentences: [ReportSection: [[Bilingual]]] = [
        .organisation: [[
            Bilingual(
                "截至{@end}，{@territory}下辖社区{communities}，共有党员{partyMembers}，其中预备党员{probationaryMembers}；下设网格党支部{partyBranches}、楼栋党小组{partyGroups}。",
                "As at {@end}, {@territory} has {communities} communities and {partyMembers} Party members, {probationaryMembers} of them probationary, organised in {partyBranches} grid branches and {partyGroups} building groups."),
            Bilingual(
                "截至{@end}，{@territory}共有党员{partyMembers}，其中预备党员{probationaryMembers}；下设网格党支部{partyBranches}、楼栋党小组{partyGroups}。",
                "As at {@end}, {@territory} has {partyMembers} Party members, {probationaryMembers} of them probationary, organised in {partyBranches} grid branches and {partyGroups} building groups."),
        ]],
        .grids: [
            [Bilingual(
                "共划分网格{grids}，配备专职网格员{fullTimeGridWorkers}、兼职网格员{partTimeGridWorkers}，建立党组织的网格占{gridCoverage}。",
                "It is divided into {grids} grids with {fullTimeGridWorkers} full-time and {partTimeGridWorkers} part-time grid workers; grids with a branch or group: {gridCoverage}.")],
            [Bilingual(
                "登记在册{households}、居民{residents}；设立党员中心户{memberHubs}，联系群众{linkedHouseholds}。",
                "{households} households and {residents} residents are registered; {memberHubs} Party-member hubs lead {linkedHouseholds} linked households.")],
        ],
        .members: [
            [Bilingual(
                "{publicCards}党员在公示栏亮身份；期内党员作出承诺{pledgesMade}，践诺{pledgesFulfilled}。",
                "{publicCards} members show their identity on the public board; in the period members made {pledgesMade} pledges and fulfilled {pledgesFulfilled}.")],
            [Bilingual(
                "设立党员先锋岗{vanguardPosts}、党员责任区{responsibilityZones}；期内召开“三会一课”{orgLifeMeetings}，记入党员积分{pointsAwarded}。",
                "There are {vanguardPosts} vanguard posts and {responsibilityZones} responsibility zones; {orgLifeMeetings} organisational-life meetings were held and {pointsAwarded} recorded in the points ledger.")],
        ],
        .vanguard: [
            [Bilingual(
                "红色先锋队共有党员{vanguardTeamMembers}，期内开展政策宣传、民情收集、矛盾调解、志愿服务等活动{teamActivities}。",
                "The vanguard team has {vanguardTeamMembers} members, who went out {teamActivities} times for policy publicity, opinion collection, mediation and volunteer service.")],
            [Bilingual(
                "期内累计走访居民{visits}，收集社情民意{opinions}，帮助解决实际问题{problemsSolved}，调解矛盾纠纷{disputesSettled}。",
                "In the period members made {visits} household visits, collected {opinions} opinions, helped solve {problemsSolved} problems and settled {disputesSettled} disputes.")],
        ],
        .services: [
            [Bilingual(
                "与{@hospitals}合作设立“健康驿站”，期内开展义诊{clinicSessions}，服务居民{clinicServed}。",
                "With {@hospitals}, the health station held {clinicSessions} free clinic sessions and served {clinicServed}.")],
            [Bilingual(
                "与{@schools}共建“四点半课堂”，解决了{afterSchoolChildren}双职工家庭孩子放学无人看管的问题，期内到课{afterSchoolAttendance}。",
                "With {@schools}, the after-school class looks after {afterSchoolChildren} children of dual-working families after school; attendance in the period: {afterSchoolAttendance}.")],
            [Bilingual(
                "{aidOrganisations}社会组织（{@socialOrganisations}）开展助老、助残、助困等服务项目{aidProjects}，惠及居民{aidPeopleReached}。",
                "{aidOrganisations} social organisations ({@socialOrganisations}) ran {aidProjects} aid projects for older, disabled and hard-pressed residents, reaching {aidPeopleReached} residents.")],
            [Bilingual(
                "目前共有注册志愿者{volunteers}，各类志愿队伍{volunteerTeams}，期内志愿服务{volunteerHours}。",
                "There are {volunteers} registered volunteers in {volunteerTeams} teams, who gave {volunteerHours} in the period.")],
        ],
        .coBuilding: [
            [Bilingual(
                "与{partnersWithAgreements}辖区单位和社会组织签订共建协议，期内履行共建承诺{commitmentsFulfilled}。",
                "{partnersWithAgreements} units and social organisations are bound by co-building agreements; {commitmentsFulfilled} commitments were fulfilled in the period.")],
            [Bilingual(
                "三张清单：需求{needs}、资源{partnerResources}，实施项目{projects}，服务群众{peopleServed}。",
                "The three lists: {needs} needs and {partnerResources} resources, {projects} projects under way serving {peopleServed}.")],
        ],
        .satisfaction: [
            [Bilingual("期内满意度测评中，居民满意率为{surveySatisfaction}。", "In the period's satisfaction surveys, {surveySatisfaction} of households answering were satisfied.")],
        ],
        .loop: [
            [Bilingual(
                "期内受理群众诉求{casesReported}，期末在办{openCases}；结案率{closedRate}，按期结案率{onTimeRate}，返工率{reworkRate}，响应率{responseRate}，解决率{resolutionRate}，诉求满意率{caseSatisfactionRate}。",
                "In the period {casesReported} cases were reported and {openCases} were open at its end; closure rate {closedRate}, on time {onTimeRate}, rework {reworkRate}, response {responseRate}, resolution {resolutionRate}, satisfaction {caseSatisfactionRate}.")],
        ],
    ]

    static let title = Bilingual("{@territory}工作报告", "{@territory}: work report")
    static let periodLine = Bilingual("统计期：{@from}至{@to}", "Period: {@from} to {@to}")
    static let mediator = Bilingual(
        "其中，{@name}同志期内参与调解矛盾纠纷{@count}起，被居民称为“和事佬”式的带头人。",
        "Among them, {@name} took part in settling {@count} disputes in the period.")
    static let satisfactionChange = Bilingual(
        "{@place}居民满意度由{@before}提升至{@after}。", "Satisfaction in {@place} went from {@before} to {@after}.")
    static let satisfactionFall = Bilingual(
        "{@place}居民满意度由{@before}变为{@after}。", "Satisfaction in {@place} went from {@before} to {@after}.")
    static let hotspots = Bilingual(
        "问题多发的地点和类别如下，供源头治理、未诉先办参考：", "Where problems recur, for work at the source before residents have to ask:")
    static let hotspotHeader = [Bilingual("地点", "Place"), Bilingual("类别", "Category"), Bilingual("件数", "Cases"), Bilingual("同一人反映", "From a repeat reporter")]
    static let hotspotsTitle = Bilingual("问题多发点", "Where problems recur")
}
