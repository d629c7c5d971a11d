/// The words of insight in Chinese.
extension Catalog {
    static let zhCNInsight: [String: String] = [
        "nav_home": "工作台",
        "home_title": "工作台",
        "home_welcome": "您好，{name}",
        "home_scope": "您负责的范围：{scope}",
        "home_figures": "辖区概况",
        "figure_communities": "社区数",
        "figure_grids": "网格数",
        "figure_accounts": "账号数",
        "figure_definition": "口径",
        "figure_communities_def": "您负责范围所在或所辖的已登记社区个数。",
        "figure_grids_def": "您的辖区范围内已登记的网格个数。",
        "figure_accounts_def": "辖区范围内已开通的账号个数（含停用）。",
        "home_twofactor_required": "管理员在进行任何修改之前必须先开启两步验证。",
        "home_twofactor_link": "现在开启",
        "home_role_streetAdmin": "您可以查看本街道所有社区和网格，管理账号，查阅审计日志；在「事件调度」督办超时升级到街道的事件，查看各社区办理质量。",
        "home_role_communityAdmin": "您可以查看本社区的网格，管理本社区账号，查阅审计日志；在「事件调度」受理、派遣、核查事件，查看办理质量。",
        "home_role_gridWorker": "您可以查看本网格的信息；在「我的待办」受理和处置本网格的事件，上报巡查发现的问题；在「党员工作」记录入户走访和社情民意。",
        "home_role_partyMember": "您可以查看所在社区和网格的信息，在「党员工作」记录走访、查看业绩和积分、申报积分、签到参加三会一课、作出承诺，在「我的反映」上报发现的问题。",
        "home_role_volunteer": "您可以查看所在社区的信息，在「志愿服务」注册、报名志愿活动、签到签退、查看服务时长和时间银行，在「我的反映」上报发现的问题。",
        "home_role_partner": "您可以在「共建报告」查看与社区共建的协议、项目和服务人次，登记资源、记录服务；在「我的反映」向社区反映问题。",
        "home_role_resident": "您可以查看所在社区的信息；在「我的反映」反映问题、查看办理进度并评价。",
        "home_role_auditor": "您可以查阅审计日志并校验其完整性，查看事件和办理质量（姓名已隐去）。",
    ]
}
