/// The parts of the work report, in the lecture's order (S19); every figure belongs to one.
public enum ReportSection: String, Sendable, Codable, CaseIterable, Hashable {
    case organisation
    case grids
    case members
    case vanguard
    case services
    case coBuilding
    case satisfaction
    case loop

    public var title: Bilingual {
        switch self {
        case .organisation: Bilingual("组织体系", "The organisation")
        case .grids: Bilingual("网格化治理", "Grids and grid workers")
        case .members: Bilingual("党员亮身份、践承诺、领岗位", "Members: identity, pledges, posts and points")
        case .vanguard: Bilingual("红色先锋队", "The vanguard team")
        case .services: Bilingual("为民服务", "Services to residents")
        case .coBuilding: Bilingual("共驻共建", "Partners and co-building")
        case .satisfaction: Bilingual("群众满意度", "Residents' satisfaction")
        case .loop: Bilingual("诉求办理闭环", "The closed loop for residents' concerns")
        }
    }
}
