/// The words of insight in English.
extension Catalog {
    static let enInsight: [String: String] = [
        "nav_home": "Workspace",
        "home_title": "Workspace",
        "home_welcome": "Hello, {name}",
        "home_scope": "You answer for: {scope}",
        "home_figures": "Your territory at a glance",
        "figure_communities": "Communities",
        "figure_grids": "Grids",
        "figure_accounts": "Accounts",
        "figure_definition": "Definition",
        "figure_communities_def": "Registered communities your scope lies in or covers.",
        "figure_grids_def": "Grids registered within your scope.",
        "figure_accounts_def": "Accounts opened within your scope (including disabled ones).",
        "home_twofactor_required": "Administrators must turn on two-step verification before making any change.",
        "home_twofactor_link": "Turn it on now",
        "home_role_streetAdmin": "You can see every community and grid of your street, manage accounts and read the audit log; under Dispatch, follow cases escalated to the street and each community's quality of handling.",
        "home_role_communityAdmin": "You can see your community's grids, manage its accounts and read the audit log; under Dispatch, accept, dispatch and check cases and see the quality of handling.",
        "home_role_gridWorker": "You can see your grid; under My work, accept and handle your grid's cases and report what you find on patrol; under Party work, record household visits and opinions.",
        "home_role_partyMember": "You can see your community and grid; under Party work record visits, see your results and points, claim points, check in to meetings and make pledges; report problems under My reports.",
        "home_role_volunteer": "You can see your community; under Volunteering register, sign up for activities, check in and out and see your hours and time-bank credits; report problems under My reports.",
        "home_role_partner": "Under Our report you see your agreements, projects and people served with the community, offer resources and record deliveries; under My reports you report problems to the community.",
        "home_role_resident": "You can see your community; under My reports, report a concern, follow it and rate how it was handled.",
        "home_role_auditor": "You can read the audit log and verify that it is intact, and see cases and the quality of handling (names masked).",
    ]
}
