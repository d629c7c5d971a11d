/// The categories Doorstep ships: the national classes of GB/T 30428.2 (events and components of digital urban
/// management) and a community set marked local. The classes and their names follow the standard; the numbering
/// of the subclasses below a class is Doorstep's own, since communities use only a few of the standard's entries.
/// Every limit is a default a community admin can change by publishing a new version.
public enum CategoryCatalog {
    static let standard = "GB/T 30428.2-2013"

    public static let shipped: [CaseCategory] = nationalEvents + nationalComponents + community

    static let nationalEvents: [CaseCategory] =
        group("E01", "市容环境", .event, .grid, normal, [
            "私搭乱建", "暴露垃圾", "积存垃圾渣土", "道路不洁", "乱涂写乱张贴", "废弃家具设备", "焚烧垃圾树叶", "露天烧烤",
        ])
        + group("E02", "宣传广告", .event, .grid, normal, ["非法小广告", "违规张贴悬挂广告", "占道广告牌"])
        + group("E03", "施工管理", .event, .street, normal, ["施工扰民", "工地扬尘", "道路遗撒", "施工占道"])
        + group("E04", "突发事件", .event, .community, pressing, [
            "路面塌陷", "自来水管破裂", "燃气泄漏", "下水道堵塞或破损", "道路积水", "道路积雪结冰",
        ])
        + group("E05", "街面秩序", .event, .grid, normal, [
            "无照经营游商", "店外经营", "机动车乱停放", "非机动车乱停放", "占道废品收购",
        ])

    static let nationalComponents: [CaseCategory] =
        group("C01", "公用设施", .component, .community, normal, ["井盖破损或丢失", "消防栓损坏", "路灯损坏", "电力设施损坏"])
        + group("C02", "道路交通", .component, .street, normal, ["交通标志损坏", "护栏损坏", "人行道破损"])
        + group("C04", "园林绿化", .component, .grid, normal, ["树木倒伏或枯死", "绿地损坏"])

    static let community: [CaseCategory] =
        group("L01", "矛盾纠纷", .dispute, .grid, disputes, ["邻里纠纷", "家庭纠纷", "物业纠纷", "噪音扰民", "租赁纠纷"], local: true)
        + group("L02", "安全隐患", .event, .grid, pressing, [
            "消防通道堵塞", "电动车入户充电", "飞线充电", "高空坠物隐患", "楼道堆放杂物", "燃气使用隐患",
        ], local: true)
        + group("L03", "民生服务", .request, .community, services, [
            "养老助餐", "困难救助咨询", "证明开具", "就业帮扶", "医疗健康咨询",
        ], local: true)
        + group("L04", "环境卫生", .event, .grid, normal, ["垃圾分类投放", "楼道卫生", "宠物粪便", "病媒生物"], local: true)
        + group("L05", "物业与设施", .request, .grid, normal, ["电梯故障", "房屋漏水", "小区停车", "供暖问题"], local: true)

    static let normal: [Urgency: TimeLimit] = [.routine: .workingDays(3), .urgent: .workingHours(8), .emergency: .workingHours(2)]
    static let pressing: [Urgency: TimeLimit] = [.routine: .workingDays(1), .urgent: .workingHours(4), .emergency: .workingHours(1)]
    static let disputes: [Urgency: TimeLimit] = [.routine: .workingDays(15), .urgent: .workingDays(3), .emergency: .workingHours(4)]
    static let services: [Urgency: TimeLimit] = [.routine: .workingDays(5), .urgent: .workingDays(2), .emergency: .workingHours(4)]

    /// A class and its subclasses (`E0101`, `E0102`, …), the children inheriting the class's handler and limits.
    static func group(
        _ code: String, _ name: String, _ kind: CaseKind, _ handler: HandlerLevel, _ limits: [Urgency: TimeLimit],
        _ children: [String], local: Bool = false
    ) -> [CaseCategory] {
        let reference = local ? nil : standard
        let parent = CaseCategory(
            standardRef: reference, kind: kind, code: code, name: name, defaultHandler: handler, limits: limits,
            isLocal: local)
        return [parent]
            + children.enumerated().map { index, child in
                CaseCategory(
                    standardRef: reference, kind: kind, code: code + (index < 9 ? "0" : "") + String(index + 1),
                    name: child, parentCode: code, defaultHandler: handler, limits: limits,
                    registerCondition: "事实清楚、位置明确，属于本社区管辖", closeCondition: "问题已处置并经核查属实，附处置后照片", isLocal: local)
            }
    }
}
