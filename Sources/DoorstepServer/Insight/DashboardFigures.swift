import DoorstepCore

/// Which registered figures each dashboard shows first; every other figure is one tap away on 工作数据.
enum DashboardFigures {
    /// The key figures of a street's or a community's dashboard.
    static let office: [FigureKey] = [
        .casesReported, .openCases, .onTimeRate, .caseSatisfactionRate, .visits, .opinions, .problemsSolved, .disputesSettled,
        .partyMembers, .volunteerHours, .surveySatisfaction, .partnersWithAgreements,
    ]

    /// A grid worker's grid this month.
    static let grid: [FigureKey] = [.casesReported, .openCases, .problemsSolved, .responseRate, .onTimeRate, .visits, .opinions, .households]

    /// The columns of the side-by-side table of a street's communities or a community's grids.
    static let sideBySide: [FigureKey] = [
        .casesReported, .openCases, .onTimeRate, .caseSatisfactionRate, .visits, .opinions, .partyMembers, .households,
    ]

    /// The lines of the monthly trend.
    static let trend: [FigureKey] = [.casesReported, .problemsSolved, .visits, .opinions]

    /// What the grid map can be coloured by; open cases first.
    static let map: [FigureKey] = [.openCases, .casesReported, .visits, .opinions, .households, .residents, .onTimeRate]
}
