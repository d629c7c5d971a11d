extension FigureRegistry {
    static let organisation: [FigureDefinition] = [
        figure(
            .communities, .organisation, Bilingual("社区", "Communities"), Bilingual("个", ""),
            Bilingual(
                "所选区域内登记的社区数，截至期末。", "Communities registered in the territory, as at the period's last day."),
            timing: .asAtEnd, levels: [.street], records: .viewTerritory),
        figure(
            .partyMembers, .organisation, Bilingual("党员", "Party members"), Bilingual("名", ""),
            Bilingual(
                "党员名册中入党日期不晚于期末的正式党员和预备党员，每人计一次；在职党员到社区报到的计入其报到社区。",
                "Full and probationary members on the roll who joined on or before the period's last day, each once; employed members who report here are counted where they report."),
            timing: .asAtEnd, records: .viewPartyMembers),
        figure(
            .probationaryMembers, .organisation, Bilingual("预备党员", "Probationary members"), Bilingual("名", ""),
            Bilingual("党员中的预备党员，截至期末。", "Of the members, those still probationary, as at the period's last day."),
            timing: .asAtEnd, records: .viewPartyMembers),
        figure(
            .partyBranches, .organisation, Bilingual("网格党支部", "Grid branches"), Bilingual("个", ""),
            Bilingual(
                "期末已建立的网格党支部；按网格统计时为负责该网格的支部。",
                "Grid branches set up by the period's last day; for a grid, the branches that answer for it."),
            timing: .asAtEnd, records: .viewParty),
        figure(
            .partyGroups, .organisation, Bilingual("楼栋党小组", "Building groups"), Bilingual("个", ""),
            Bilingual(
                "期末已建立的楼栋党小组；按网格统计时为负责该网格内楼栋的党小组。",
                "Building groups set up by the period's last day; for a grid, the groups answering for its buildings."),
            timing: .asAtEnd, records: .viewParty),
    ]

    static let grids: [FigureDefinition] = [
        figure(
            .grids, .grids, Bilingual("网格", "Grids"), Bilingual("个", ""),
            Bilingual("期末登记的网格数。", "Grids registered by the period's last day."), timing: .asAtEnd, records: .viewTerritory),
        figure(
            .gridCoverage, .grids, Bilingual("网格党组织覆盖率", "Grids with a branch or group"), Bilingual("%", "%"),
            Bilingual(
                "建立了网格党支部或楼栋党小组的网格占全部网格的比例，截至期末；四舍五入保留一位小数。",
                "Grids with a grid branch or a building group, of all grids, as at the period's last day; rounded half-up to one decimal."),
            kind: .rate(numerator: Bilingual("有党组织的网格", "grids covered"), denominator: Bilingual("网格总数", "grids")),
            timing: .asAtEnd, records: .viewTerritory),
        figure(
            .fullTimeGridWorkers, .grids, Bilingual("专职网格员", "Full-time grid workers"), Bilingual("名", ""),
            Bilingual("期末在册的专职网格员，每人按所在网格计一次。", "Full-time grid workers on record by the period's last day, each once in their grid."),
            timing: .asAtEnd, records: .viewTerritory),
        figure(
            .partTimeGridWorkers, .grids, Bilingual("兼职网格员", "Part-time grid workers"), Bilingual("名", ""),
            Bilingual("期末在册的兼职网格员，每人按所在网格计一次。", "Part-time grid workers on record by the period's last day, each once in their grid."),
            timing: .asAtEnd, records: .viewTerritory),
        figure(
            .households, .grids, Bilingual("登记户", "Households"), Bilingual("户", ""),
            Bilingual("期末登记在册的户数。", "Households registered by the period's last day."), timing: .asAtEnd,
            records: .viewRegistry),
        figure(
            .residents, .grids, Bilingual("登记居民", "Residents"), Bilingual("人", ""),
            Bilingual("期末登记在册的居民人数，每人计一次。", "Residents registered by the period's last day, each once."), timing: .asAtEnd,
            records: .viewRegistry),
        figure(
            .memberHubs, .grids, Bilingual("党员中心户", "Party-member hubs"), Bilingual("户", ""),
            Bilingual("期末设立的党员中心户。", "Party-member hubs set up by the period's last day."), timing: .asAtEnd,
            records: .viewParty),
        figure(
            .linkedHouseholds, .grids, Bilingual("联系户", "Linked households"), Bilingual("户", ""),
            Bilingual(
                "期末由党员中心户联系的户，每户计一次。", "Households linked to a Party-member hub by the period's last day, each once."),
            timing: .asAtEnd, records: .viewParty),
    ]
}
