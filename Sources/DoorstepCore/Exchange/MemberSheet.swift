import Foundation

/// The columns of the Party members' import template and export, with the headers a branch secretary's own roster
/// uses. Read by header, like the residents' sheet.
public enum MemberSheet {
    public enum Column: String, CaseIterable, Sendable {
        case name = "姓名"
        case org = "所在党组织"
        case idNumber = "证件号码"
        case status = "党员类别"
        case employment = "就业状态"
        case joinedOn = "入党日期"
        case dualCheckIn = "双报到"

        public var field: String {
            switch self {
            case .name: "name"
            case .org: "orgID"
            case .idNumber: "idNumber"
            case .status: "status"
            case .employment: "employment"
            case .joinedOn: "joinedOn"
            case .dualCheckIn: "dualCheckIn"
            }
        }
    }

    /// The export's columns: the template's without the ID number, which an export never carries.
    public static let header = Column.allCases.filter { $0 != .idNumber }.map(\.rawValue)

    public static var templateRows: [[String]] {
        [
            Column.allCases.map(\.rawValue),
            ["张桂英", "第一网格党支部", "11010519491231002X", "正式党员", "退休", "1975-07-01", "否"],
        ]
    }

    public static let statusWords: [String: MembershipStatus] = [
        "正式党员": .full, "正式": .full, "预备党员": .probationary, "预备": .probationary,
        "full": .full, "probationary": .probationary,
    ]
    public static let employmentWords: [String: EmploymentStatus] = [
        "在职": .employed, "退休": .retired, "流动": .mobile, "流动党员": .mobile,
        "employed": .employed, "retired": .retired, "mobile": .mobile,
    ]
    /// The words an export writes, the first of those an import accepts, so a roll exported imports back.
    public static func word(for status: MembershipStatus) -> String { status == .full ? "正式党员" : "预备党员" }

    public static func word(for employment: EmploymentStatus) -> String {
        switch employment {
        case .employed: "在职"
        case .retired: "退休"
        case .mobile: "流动"
        }
    }

    public static let yesWords: Set<String> = ["是", "yes", "Y", "y", "1", "TRUE", "true"]
    public static let noWords: Set<String> = ["否", "", "no", "N", "n", "0", "FALSE", "false"]

    public struct Row: Sendable, Equatable {
        public var number: Int
        public var name: String
        /// The organisation's name, or "parent/name" where names repeat.
        public var org: String
        public var idNumber: String
        public var status: String
        public var employment: String
        public var joinedOn: String
        public var dualCheckIn: String
    }

    public static func rows(_ table: [[String]]) throws(RowValidationFailure) -> [Row] {
        let columns = try SheetColumns<Column>(
            header: table.first, required: [.name, .org, .status, .joinedOn])
        return SheetColumns<Column>.dataRows(table).map { number, fields in
            func value(_ column: Column) -> String { columns.value(column, in: fields) }
            return Row(
                number: number, name: value(.name), org: value(.org), idNumber: value(.idNumber), status: value(.status),
                employment: value(.employment), joinedOn: value(.joinedOn), dualCheckIn: value(.dualCheckIn))
        }
    }

    public static func column(for field: String) -> String? { Column.allCases.first { $0.field == field }?.rawValue }

    /// A date as people and Excel write it: 2001-07-01, 2001/7/1, 2001.7.1, or Excel's day number (a date cell).
    public static func date(_ text: String) -> String? {
        let calendar = Calendar(identifier: .gregorian)
        if let serial = Int(text), (1...80_000).contains(serial) {
            // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
            var base = DateComponents(calendar: calendar, timeZone: TimeZone(secondsFromGMT: 0), year: 1899, month: 12, day: 30)
            base.day! += serial
            guard let date = base.date else { return nil }
            let parts = calendar.dateComponents(in: TimeZone(secondsFromGMT: 0)!, from: date)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
        let pieces = text.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
        guard pieces.count == 3, let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
            (1900...2100).contains(year)
        else { return nil }
        let components = DateComponents(calendar: calendar, timeZone: TimeZone(secondsFromGMT: 0), year: year, month: month, day: day)
        guard let date = components.date,
            calendar.dateComponents(in: TimeZone(secondsFromGMT: 0)!, from: date).day == day
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
