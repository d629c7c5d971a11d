/// Every figure Doorstep shows, by the key pages, the report, exports and the API know it by. The definition of each
/// (names, unit, what is counted, over which period and territory, what is counted once) is in `FigureRegistry`.
public enum FigureKey: String, Sendable, Codable, CaseIterable, Hashable {
    // The organisation (S1), as at the period's last day.
    case communities, partyMembers, probationaryMembers, partyBranches, partyGroups
    // Grids and their workers (S2, S3), as at the period's last day.
    case grids, gridCoverage, fullTimeGridWorkers, partTimeGridWorkers, households, residents, memberHubs, linkedHouseholds
    // Members showing identity, pledges and results; posts and zones; points; organisational life (S5–S7).
    case publicCards, pledgesMade, pledgesFulfilled, vanguardPosts, responsibilityZones, pointsAwarded, orgLifeMeetings
    // The vanguard team and its work (S9, S10).
    case vanguardTeamMembers, teamActivities, visits, opinions, problemsSolved, disputesSettled
    // Services: health station, after-school class, aid projects, volunteers (S14–S17).
    case clinicSessions, clinicServed, afterSchoolChildren, afterSchoolAttendance, aidOrganisations, aidProjects
    case aidPeopleReached, volunteers, volunteerTeams, volunteerHours
    // Co-building and the three lists (S12, S13).
    case partnersWithAgreements, commitmentsFulfilled, needs, partnerResources, projects, peopleServed
    // Residents' satisfaction (S4).
    case surveySatisfaction
    // The closed loop (S18).
    case casesReported, openCases, closedRate, onTimeRate, reworkRate, responseRate, resolutionRate, caseSatisfactionRate
}
