/// What an account is for. Each role reaches only the territory of its scope and only the permissions listed here.
public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
    case streetAdmin
    case communityAdmin
    case gridWorker
    case partyMember
    case volunteer
    case partner
    case resident
    case auditor

    /// The scope levels an account with this role may hold. A grid worker answers for one grid; admins for the
    /// level they administer.
    public var allowedScopeLevels: Set<ScopeLevel> {
        switch self {
        case .streetAdmin: [.street]
        case .communityAdmin: [.community]
        case .gridWorker: [.grid]
        case .partyMember, .volunteer, .resident: [.community, .grid]
        case .partner: [.community]
        case .auditor: [.street, .community]
        }
    }

    /// Administrators change data that many people rely on, so they must enrol a second factor before their
    /// first change.
    public var requiresTwoFactor: Bool {
        self == .streetAdmin || self == .communityAdmin
    }

    /// What the role may do within its scope.
    public var permissions: Set<Permission> {
        switch self {
        case .streetAdmin, .communityAdmin:
            [
                .viewTerritory, .manageTerritory, .viewAccounts, .manageAccounts, .viewAudit, .viewRegistry, .editRegistry,
                .viewParty, .viewPartyMembers, .manageParty, .reportCases, .viewCases, .handleCases, .manageCases,
                .recordVisits, .managePartyWork, .manageVolunteers, .manageServices, .viewFigures,
            ]
        case .gridWorker:
            [
                .viewTerritory, .viewRegistry, .editRegistry, .viewParty, .reportCases, .viewCases, .handleCases, .recordVisits,
                .viewFigures,
            ]
        case .partyMember:
            [.viewTerritory, .viewParty, .reportCases, .recordVisits]
        case .volunteer, .partner, .resident:
            [.viewTerritory, .reportCases]
        case .auditor:
            [
                .viewTerritory, .viewAccounts, .viewAudit, .verifyAudit, .viewRegistry, .viewParty, .viewPartyMembers,
                .viewCases, .viewFigures,
            ]
        }
    }

    /// The roles an administrator with this role may hand out: never one above their own.
    public var assignableRoles: [Role] {
        switch self {
        case .streetAdmin: Role.allCases
        case .communityAdmin: Role.allCases.filter { $0 != .streetAdmin }
        default: []
        }
    }
}

/// A thing an account may do. Checked in the server before a store call and again by the store's scope.
public enum Permission: String, Codable, Sendable, Hashable {
    case viewTerritory
    case manageTerritory
    case viewAccounts
    case manageAccounts
    case viewAudit
    case verifyAudit
    /// Read buildings, households and residents (personal fields masked).
    case viewRegistry
    /// Register buildings, households and residents (一标三实 collection).
    case editRegistry
    /// See the Party organisation tree and its figures.
    case viewParty
    /// See the members' list.
    case viewPartyMembers
    /// Set up organisations and record members.
    case manageParty
    /// Report a case on someone's behalf or one's own.
    case reportCases
    /// See the cases of the scope (reporters' phones masked).
    case viewCases
    /// Accept, register, dispatch within a grid, handle what one is given, check others' work.
    case handleCases
    /// Record household visits and the opinions heard (Party members, grid workers, staff).
    case recordVisits
    /// Set up points rules, vanguard teams, publications and the community's Party-work settings; decide claims
    /// (a branch officer decides too, for their own branch).
    case managePartyWork
    /// Register volunteers, set up their activities and teams, confirm hours, correct the time bank.
    case manageVolunteers
    /// Everything staff do on a case (void, merge, approve extensions, shelve) and the category dictionary.
    case manageCases
    /// Partners, co-building agreements, the three lists, service programmes and satisfaction surveys.
    case manageServices
    /// Read the registry's figures, dashboards and the work report of one's territory (each figure's records ask
    /// for their own permission).
    case viewFigures
}
