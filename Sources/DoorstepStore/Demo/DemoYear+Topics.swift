import DoorstepCore
import Foundation

/// What a demo case is about: a shipped category, how often it comes up and in which season, what residents say and
/// what the handler reports back.
struct CaseTopic: Sendable {
    var code: String
    var season: Season
    var weight: Double
    var texts: [String]

    /// When a kind of problem comes up: all year, or mostly in one season.
    enum Season: Sendable {
        case always, spring, summer, rainy, autumn, winter, snow

        /// How much more (or less) often than usual in `month` (1–12).
        func factor(month: Int) -> Double {
            let table: [Double]
            switch self {
            case .always: return 1
            case .spring: table = [0.6, 0.8, 2.0, 2.4, 2.0, 1.0, 0.8, 0.8, 1.2, 1.2, 0.8, 0.6]
            case .summer: table = [0.3, 0.3, 0.5, 0.8, 1.3, 2.2, 3.0, 3.0, 2.0, 1.0, 0.5, 0.3]
            case .rainy: table = [0.2, 0.3, 0.6, 0.9, 1.3, 3.0, 3.0, 1.6, 0.8, 0.4, 0.2, 0.2]
            case .autumn: table = [0.6, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.6, 1.2, 2.5, 2.5, 1.4]
            case .winter: table = [3.0, 3.0, 1.6, 0.6, 0.3, 0.2, 0.2, 0.2, 0.4, 1.0, 2.0, 3.0]
            case .snow: table = [3.0, 2.0, 0.2, 0, 0, 0, 0, 0, 0, 0, 0.4, 2.0]
            }
            return table[max(0, min(11, month - 1))]
        }
    }
}

extension DemoYear {
    /// The categories the demo's residents report, from `CategoryCatalog`.
    static let topics: [CaseTopic] = [
        CaseTopic(code: "E0101", season: .spring, weight: 0.8, texts: ["一楼住户在院子里搭了彩钢棚", "楼顶有人加盖简易房", "小区绿地被圈起来搭了个棚子"]),
        CaseTopic(code: "E0102", season: .summer, weight: 1.6, texts: ["小区东门垃圾桶满了两天没人清运，有味道", "菜场后面堆了一堆生活垃圾", "楼下垃圾溢出来了，招苍蝇"]),
        CaseTopic(code: "E0103", season: .spring, weight: 0.5, texts: ["装修垃圾堆在楼道口一周了没人清运", "小区空地上堆了不少建筑渣土"]),
        CaseTopic(code: "E0104", season: .always, weight: 0.5, texts: ["小区主干道上有油污，下雨容易滑倒", "门口道路上的落叶和垃圾没人扫"]),
        CaseTopic(code: "E0105", season: .always, weight: 0.7, texts: ["单元门上贴满了开锁、通下水道的小广告", "墙上被人用喷漆写了电话号码"]),
        CaseTopic(code: "E0106", season: .always, weight: 0.9, texts: ["楼下扔了一张旧沙发和床垫", "有人把旧冰箱丢在绿化带里"]),
        CaseTopic(code: "E0107", season: .autumn, weight: 0.5, texts: ["有人在小区角落烧落叶，烟很大", "傍晚有人焚烧垃圾，味道呛人"]),
        CaseTopic(code: "E0108", season: .summer, weight: 0.7, texts: ["小区门口夜宵摊露天烧烤，油烟很大", "楼下有人晚上烧烤到很晚"]),
        CaseTopic(code: "E0201", season: .always, weight: 0.6, texts: ["电线杆上贴满了办证小广告", "楼道里被人塞了很多小广告卡片"]),
        CaseTopic(code: "E0301", season: .spring, weight: 0.5, texts: ["附近工地晚上十点后还在施工，吵得睡不着", "工地清早五点就开始卸钢筋"]),
        CaseTopic(code: "E0302", season: .spring, weight: 0.4, texts: ["旁边工地没有覆盖防尘网，灰很大"]),
        CaseTopic(code: "E0402", season: .winter, weight: 0.3, texts: ["路边水管冻裂了，水一直往外冒", "楼前的自来水管爆了"]),
        CaseTopic(code: "E0404", season: .rainy, weight: 0.8, texts: ["下水道堵了，污水漫到路面上", "楼前窨井往外冒污水"]),
        CaseTopic(code: "E0405", season: .rainy, weight: 0.7, texts: ["下雨后小区路口积水很深，老人出不了门", "暴雨后地下车库入口积水"]),
        CaseTopic(code: "E0406", season: .snow, weight: 0.5, texts: ["小区坡道结冰了，已经有人滑倒", "楼前台阶的积雪没人清扫"]),
        CaseTopic(code: "E0503", season: .always, weight: 0.8, texts: ["消防通道口长期停着一辆车", "小区门口车辆乱停，堵住了出入口"]),
        CaseTopic(code: "E0504", season: .always, weight: 0.8, texts: ["单元门口电动车、自行车乱停，进出不方便", "共享单车堆在小区门口"]),
        CaseTopic(code: "E0505", season: .autumn, weight: 0.3, texts: ["有人在小区门口占道收废品，堆了很多纸板"]),
        CaseTopic(code: "C0101", season: .always, weight: 0.5, texts: ["小区路口井盖松动，踩上去会响", "人行道上的井盖缺了一角"]),
        CaseTopic(code: "C0102", season: .winter, weight: 0.3, texts: ["楼下消防栓漏水", "消防栓的盖子不见了"]),
        CaseTopic(code: "C0103", season: .autumn, weight: 0.9, texts: ["路灯不亮，晚上老人出门不方便", "小区东侧一排路灯坏了好几天"]),
        CaseTopic(code: "C0104", season: .summer, weight: 0.3, texts: ["配电箱门坏了，电线露在外面"]),
        CaseTopic(code: "C0203", season: .always, weight: 0.3, texts: ["人行道地砖翘起来了，容易绊倒"]),
        CaseTopic(code: "C0401", season: .rainy, weight: 0.4, texts: ["大风把楼前的树刮倒了，压在围墙上", "楼下有棵树枯死了，担心倒下来"]),
        CaseTopic(code: "C0402", season: .spring, weight: 0.3, texts: ["绿地被人踩出一条路，还有人在里面种菜"]),
        CaseTopic(code: "L0101", season: .always, weight: 0.9, texts: ["楼上漏水到楼下，两家为赔偿吵起来了", "邻居在楼道里堆东西，两家闹矛盾", "邻居家空调外机正对着我家窗户"]),
        CaseTopic(code: "L0102", season: .winter, weight: 0.3, texts: ["兄妹为老人赡养问题发生争执", "子女对老房子的处置有分歧"]),
        CaseTopic(code: "L0103", season: .always, weight: 0.5, texts: ["业主和物业因为停车费发生纠纷", "物业费涨价，业主意见很大"]),
        CaseTopic(code: "L0104", season: .summer, weight: 0.9, texts: ["楼上装修噪音太大，中午也不停", "楼下广场舞音响太响，晚上九点还在跳", "邻居家的狗整夜叫"]),
        CaseTopic(code: "L0105", season: .always, weight: 0.3, texts: ["租客欠了三个月房租，人联系不上", "群租房住了十几个人，邻居有意见"]),
        CaseTopic(code: "L0201", season: .winter, weight: 0.8, texts: ["消防通道上停满了车", "楼道里的消防通道被杂物堵死了"]),
        CaseTopic(code: "L0202", season: .winter, weight: 1.3, texts: ["有人把电动车推进楼道充电", "电动车停在楼梯间充电，很危险"]),
        CaseTopic(code: "L0203", season: .winter, weight: 0.9, texts: ["有人从窗户拉电线下来给电动车充电", "楼下有飞线充电，电线横在路上"]),
        CaseTopic(code: "L0204", season: .summer, weight: 0.4, texts: ["高层阳台上的花盆摆在外面，担心掉下来", "外墙瓷砖松动，有脱落危险"]),
        CaseTopic(code: "L0205", season: .always, weight: 1.1, texts: ["楼道堆放杂物挡住了安全出口", "单元楼道里堆了纸箱和旧家具"]),
        CaseTopic(code: "L0206", season: .winter, weight: 0.4, texts: ["闻到楼道里有煤气味", "老人家的燃气软管老化了"]),
        CaseTopic(code: "L0301", season: .always, weight: 0.4, texts: ["独居老人想了解社区助餐点怎么订餐", "希望助餐点增加送餐上门"]),
        CaseTopic(code: "L0302", season: .winter, weight: 0.4, texts: ["咨询临时救助怎么申请", "家里有人生大病，想了解救助政策"]),
        CaseTopic(code: "L0303", season: .always, weight: 0.5, texts: ["需要开居住证明办理孩子入学", "咨询怎么开亲属关系证明"]),
        CaseTopic(code: "L0304", season: .spring, weight: 0.3, texts: ["失业在家，想参加就业培训", "想找附近的灵活就业岗位"]),
        CaseTopic(code: "L0305", season: .always, weight: 0.3, texts: ["老人想预约上门体检", "咨询家庭医生签约"]),
        CaseTopic(code: "L0401", season: .summer, weight: 1.1, texts: ["有人不分类乱扔垃圾，厨余垃圾扔进了其他垃圾桶", "垃圾分类投放点又脏又乱"]),
        CaseTopic(code: "L0402", season: .always, weight: 0.7, texts: ["楼道好久没人打扫了", "楼道里有小广告和杂物"]),
        CaseTopic(code: "L0403", season: .always, weight: 0.6, texts: ["遛狗不牵绳，草坪上到处是狗粪", "楼道里有宠物粪便没人清理"]),
        CaseTopic(code: "L0404", season: .summer, weight: 0.8, texts: ["垃圾房附近老鼠很多", "楼下积水多，蚊子很多"]),
        CaseTopic(code: "L0501", season: .always, weight: 0.7, texts: ["电梯停在三楼不动了", "电梯运行时有异响，大家不敢坐"]),
        CaseTopic(code: "L0502", season: .rainy, weight: 0.7, texts: ["顶楼房屋漏水，物业说要等维修基金", "下雨天外墙渗水到屋里"]),
        CaseTopic(code: "L0503", season: .always, weight: 0.6, texts: ["小区车位不够，晚上车停到了消防通道上", "外来车辆占了业主车位"]),
        CaseTopic(code: "L0504", season: .winter, weight: 0.2, texts: ["暖气片不热，家里只有十几度"]),
    ]

    /// The topic of a category code, or a plain one for codes the catalogue above does not list.
    static func topic(_ code: String) -> CaseTopic {
        topics.first { $0.code == code } ?? CaseTopic(code: code, season: .always, weight: 0, texts: ["居民反映的问题"])
    }

    /// Who works a category when no grid worker does: the unit the community hands it to.
    static func unit(for code: String) -> String {
        switch code.prefix(3) {
        case "E01", "E02", "E05": "城管执法中队"
        case "E03": "街道城建办"
        case "E04", "C01", "C02": "市政养护所"
        case "C04": "绿化养护队"
        case "L01": "社区人民调解委员会"
        case "L03": "社区便民服务中心"
        default: "物业服务中心"
        }
    }

    /// What the handler reports back, by class.
    static func feedback(for code: String) -> [String] {
        switch code.prefix(3) {
        case "E01": ["已联系城管和保洁清理完毕，现场恢复整洁。", "已督促当事人自行拆除清理，现场已复查。"]
        case "E02": ["已清除小广告，并张贴文明提示。"]
        case "E03": ["已联系施工单位，调整作业时间并覆盖防尘网。"]
        case "E04": ["已通知市政养护所抢修，现已恢复正常。"]
        case "E05": ["已劝导车主挪车、规范停放，并设置了提示牌。"]
        case "C01", "C02": ["已报修，维修人员已更换修复。", "已联系产权单位维修，现场已恢复。"]
        case "C04": ["已联系绿化养护队处理完毕。"]
        case "L01": ["已上门协调，双方各让一步，矛盾已化解。", "经调解，双方达成一致意见。"]
        case "L02": ["已清理隐患，并对住户进行了消防安全提醒。", "已劝导住户改到充电棚充电，拆除私拉电线。"]
        case "L03": ["已向居民解释政策，并协助办理完毕。"]
        case "L04": ["已安排保洁清理，并加强巡查和宣传。"]
        default: ["已督促物业维修，居民确认已解决。", "已联系物业处理，现场已恢复。"]
        }
    }

    /// What the problem raised at a household visit can be about.
    static let visitProblems: [(code: String, text: String)] = [
        ("L0205", "单元楼道堆放旧家具，挡住通道"), ("L0402", "楼道卫生差，长期无人打扫"), ("C0103", "楼前路灯不亮，老人晚上出门不便"),
        ("L0501", "电梯经常停运，高层老人上下楼困难"), ("L0202", "有住户把电动车推进楼道充电"), ("E0106", "楼下堆了废弃家具"),
        ("L0502", "老人家里屋顶渗水"), ("L0404", "垃圾房附近老鼠多"),
    ]

    static let findings = [
        "老人身体还好，子女每周来看一次。", "家里一切正常，了解了医保缴费政策。", "独居老人，血压偏高，提醒按时服药。",
        "夫妻二人都在上班，孩子放学后无人照看。", "老两口身体还好，希望有人定期上门看看。", "家中有一名残疾人，已了解补贴领取情况。",
        "租户刚搬来，登记了联系方式，讲解了垃圾分类。", "住户对近期楼道整治表示满意。", "老人行动不便，想了解助餐服务。",
    ]

    /// Opinions residents give, and the category of the case one becomes when the office raises it (nil: answered only).
    static let opinions: [(topic: OpinionTopic, text: String, code: String?)] = [
        (.environment, "希望增加分类垃圾桶，定时定点投放。", "L0401"), (.property, "希望物业及时公开维修基金的使用情况。", nil),
        (.facilities, "小区健身器材坏了，希望尽快修好。", nil), (.safety, "希望在楼下建电动车集中充电棚。", "L0202"),
        (.livelihood, "希望社区助餐点增加送餐上门。", "L0301"), (.policy, "想了解老旧小区加装电梯的补贴政策。", nil),
        (.suggestion, "建议周末多组织一些亲子活动。", nil), (.facilities, "希望小区增设休息座椅。", nil),
        (.environment, "楼下绿化带杂草多，希望修剪。", "C0402"), (.safety, "楼道声控灯坏了好几盏，晚上看不清台阶。", "C0103"),
    ]

    static let answers = [
        "已向居民反馈：社区已将此事纳入下月议事会议题。", "已答复：相关政策已讲解清楚，居民表示理解。", "已反馈物业，物业承诺本月内落实。",
        "已答复：已列入社区民生微实事项目。",
    ]
}
