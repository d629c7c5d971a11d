/// The columns of the Party members' export, with the headers a branch secretary's own roster uses.
public enum MemberSheet {
    public static let header = ["姓名", "所在党组织", "党员类别", "就业状态", "入党日期", "双报到"]
}
