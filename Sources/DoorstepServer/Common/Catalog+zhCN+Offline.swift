extension Catalog {
    static let zhCNOffline: [String: String] = [
        "offline_title": "没有网络",
        "offline_intro": "这一页没有保存在本机。打开过的页面（首页、我的待办、事件、上报和走访表单）没有网络时仍能打开；在表单里填好提交，会先存在本机，有网络时自动发送。",
        "offline_outbox": "待发送",
        "offline_kept": "没有网络：已存在本机，有网络时自动发送，不会重复。",
        "offline_waiting": "待发送",
        "offline_sent": "网络已恢复，存在本机的表单都已发送。",
        "offline_refused": "未能发送，服务器拒绝了这份表单（请打开表单重新填写）",
        "offline_discard": "删除",
        "offline_other_account": "另一个账号填写的：该账号登录后自动发送",
        "offline_logout_confirm": "还有 {n} 份表单没有发送，退出后会从本机删除。仍要退出吗？",
        "offline_label_case": "上报事件",
        "offline_label_visit": "走访记录",
    ]
}
