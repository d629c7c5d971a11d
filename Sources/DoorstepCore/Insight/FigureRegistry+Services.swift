extension FigureRegistry {
    static let services: [FigureDefinition] = [
        figure(
            .clinicSessions, .services, Bilingual("健康驿站义诊", "Free clinic sessions"), Bilingual("场", ""),
            Bilingual("期内健康驿站记录的服务场次（同一驿站同一天同一服务计一场）。", "Health station sessions in the period (one station, day and service count once)."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
        figure(
            .clinicServed, .services, Bilingual("健康驿站服务", "Served at the health station"), Bilingual("人次", "person-times"),
            Bilingual("期内各场次服务人数之和。", "The people served at each session in the period, added up."), timing: .duringPeriod,
            levels: aboveGrids, records: .manageServices),
        figure(
            .afterSchoolChildren, .services, Bilingual("四点半课堂儿童", "Children in the after-school class"), Bilingual("名", ""),
            Bilingual(
                "期末在读（已登记监护人同意、双职工家庭，未退出）的儿童，每名计一次。",
                "Children enrolled (guardian's consent recorded, dual-working family, not withdrawn) as at the period's last day, each once."),
            timing: .asAtEnd, levels: aboveGrids, records: .manageServices),
        figure(
            .afterSchoolAttendance, .services, Bilingual("四点半课堂到课", "After-school attendance"), Bilingual("人次", "child-days"),
            Bilingual("期内到课记录，每名儿童每天计一次。", "Arrivals in the period, one per child and day."), timing: .duringPeriod,
            levels: aboveGrids, records: .manageServices),
        figure(
            .aidOrganisations, .services, Bilingual("开展帮扶的社会组织", "Social organisations running aid"), Bilingual("家", ""),
            Bilingual("期内有帮扶项目在实施的社会组织，每家计一次。", "Social organisations with an aid project under way in the period, each once."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
        figure(
            .aidProjects, .services, Bilingual("助老助残助困项目", "Aid projects"), Bilingual("个", ""),
            Bilingual("实施期与期内有重叠的帮扶项目。", "Aid projects whose span shares at least one day with the period."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
        figure(
            .aidPeopleReached, .services, Bilingual("帮扶惠及居民", "Residents reached by aid"), Bilingual("人", ""),
            Bilingual("期内接受过帮扶服务的居民，每人计一次。", "Residents served by an aid project in the period, each once."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
        figure(
            .volunteers, .services, Bilingual("注册志愿者", "Registered volunteers"), Bilingual("人", ""),
            Bilingual("期末已注册的志愿者，每人计一次。", "Volunteers registered by the period's last day, each once."), timing: .asAtEnd,
            levels: aboveGrids, records: .manageServices),
        figure(
            .volunteerTeams, .services, Bilingual("志愿队伍", "Volunteer teams"), Bilingual("支", ""),
            Bilingual("期末已组建的志愿服务队。", "Volunteer teams set up by the period's last day."), timing: .asAtEnd, levels: aboveGrids,
            records: .manageServices),
        figure(
            .volunteerHours, .services, Bilingual("志愿服务时长", "Volunteer hours"), Bilingual("小时", "hours"),
            Bilingual("期内确认的志愿服务时长之和，以半小时计。", "Hours of volunteering confirmed in the period, in half-hours."),
            kind: .halfHours, timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
    ]

    static let coBuilding: [FigureDefinition] = [
        figure(
            .partnersWithAgreements, .coBuilding, Bilingual("签订共建协议的单位", "Partners with an agreement"), Bilingual("家", ""),
            Bilingual("期内有共建协议生效的辖区单位和社会组织，每家计一次。", "Partners with a co-building agreement in force on some day of the period, each once."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
        figure(
            .commitmentsFulfilled, .coBuilding, Bilingual("履行共建承诺", "Commitments fulfilled"), Bilingual("项", ""),
            Bilingual("期内履行的共建协议承诺事项。", "Commitments of agreements fulfilled in the period."), timing: .duringPeriod,
            levels: aboveGrids, records: .manageServices),
        figure(
            .needs, .coBuilding, Bilingual("需求清单", "Needs listed"), Bilingual("条", ""),
            Bilingual("期内登记的居民需求。", "Needs written down in the period."), timing: .duringPeriod, levels: aboveGrids,
            records: .manageServices),
        figure(
            .partnerResources, .coBuilding, Bilingual("资源清单", "Partners' resources"), Bilingual("条", ""),
            Bilingual("可用期与期内有重叠的共建单位资源。", "Partners' resources available on some day of the period."), timing: .duringPeriod,
            levels: aboveGrids, records: .manageServices),
        figure(
            .projects, .coBuilding, Bilingual("项目清单", "Projects under way"), Bilingual("个", ""),
            Bilingual("实施期与期内有重叠的共建项目。", "Projects whose span shares at least one day with the period."), timing: .duringPeriod,
            levels: aboveGrids, records: .manageServices),
        figure(
            .peopleServed, .coBuilding, Bilingual("项目服务群众", "People served by projects"), Bilingual("人次", "person-times"),
            Bilingual("期内项目服务记录的服务人次之和。", "The people reached by the projects' deliveries in the period, added up."),
            timing: .duringPeriod, levels: aboveGrids, records: .manageServices),
    ]
}
