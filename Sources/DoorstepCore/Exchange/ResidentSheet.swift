/// The columns of the residents' import template and export, with the Chinese headers community offices use.
/// Import reads columns by header, so their order in a file does not matter.
public enum ResidentSheet {
    public enum Column: String, CaseIterable, Sendable {
        case gridCode = "网格代码"
        case building = "楼栋"
        case unit = "单元"
        case room = "房号"
        case name = "姓名"
        case idDocumentType = "证件类型"
        case idNumber = "证件号码"
        case phone = "联系电话"
        case relationToHead = "与户主关系"
        case residenceStatus = "居住类型"
        case careCategories = "关爱类别"

        /// The field name errors use, the same as the API's.
        public var field: String {
            switch self {
            case .gridCode: "gridCode"
            case .building: "building"
            case .unit: "unit"
            case .room: "room"
            case .name: "name"
            case .idDocumentType: "idDocumentType"
            case .idNumber: "idNumber"
            case .phone: "phone"
            case .relationToHead: "relationToHead"
            case .residenceStatus: "residenceStatus"
            case .careCategories: "careCategories"
            }
        }
    }

    /// The words a sheet may use for residence status and document type, as people write them.
    public static let residenceStatusWords: [String: ResidenceStatus] = [
        "户籍": .registered, "常住": .permanent, "流动": .floating,
        "registered": .registered, "permanent": .permanent, "floating": .floating,
    ]
    public static let documentTypeWords: [String: IDDocumentType] = [
        "": .residentIDCard, "居民身份证": .residentIDCard, "身份证": .residentIDCard, "通行证": .travelPermit,
        "护照": .passport, "residentIDCard": .residentIDCard, "travelPermit": .travelPermit, "passport": .passport,
    ]
    public static let careWords: [String: CareCategory] = [
        "独居老人": .elderlyLivingAlone, "残疾人": .disabled, "低保": .lowIncome, "低收入": .lowIncome,
        "困境儿童": .childInHardship,
    ]

    public static var header: [String] { Column.allCases.map(\.rawValue) }

    /// The word a sheet uses for a value, the first of those it accepts: exports write what imports read back.
    public static func word(for status: ResidenceStatus) -> String {
        switch status {
        case .registered: "户籍"
        case .permanent: "常住"
        case .floating: "流动"
        }
    }

    public static func word(for type: IDDocumentType) -> String {
        switch type {
        case .residentIDCard: "居民身份证"
        case .travelPermit: "通行证"
        case .passport: "护照"
        }
    }

    public static func word(for care: CareCategory) -> String {
        switch care {
        case .elderlyLivingAlone: "独居老人"
        case .disabled: "残疾人"
        case .lowIncome: "低保"
        case .childInHardship: "困境儿童"
        }
    }

    /// A problem as the sheet's user should read it: the values a column allows in the words the sheet uses,
    /// not the API's codes.
    public static func inSheetWords(_ error: RowError) -> RowError {
        guard case .unknownValue = error.problem else { return error }
        let words: [String] = switch error.field {
        case "residenceStatus": ["户籍", "常住", "流动"]
        case "idDocumentType": ["居民身份证", "通行证", "护照"]
        case "careCategories": ["独居老人", "残疾人", "低保", "困境儿童"]
        default: []
        }
        return words.isEmpty ? error : RowError(error.row, error.field, .unknownValue(allowed: words))
    }

    /// The template: the header and one example row.
    public static var templateRows: [[String]] {
        [
            header,
            ["320106005001001", "1号楼", "1单元", "101", "张桂英", "居民身份证", "11010519491231002X", "13800138000", "户主",
             "户籍", "独居老人"],
        ]
    }

    /// A data row read by header: the location of the household and the resident's fields, or the row's problems.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var gridCode: String
        public var building: String
        public var unit: String
        public var room: String
        public var input: ResidentInput
    }

    /// Reads a parsed file: the header must name the required columns; every data row becomes a `Row` numbered as
    /// the spreadsheet numbers it (blank rows are skipped, not renumbered). Problems in the header stop the
    /// reading; problems in rows are left to the resident's own checks.
    public static func rows(_ table: [[String]]) throws(RowValidationFailure) -> [Row] {
        Array(try rows(in: table))
    }

    /// The same, one row at a time: a file of a million rows is never held as rows.
    public static func rows<Records: Sequence<[String]> & Sendable>(in records: Records) throws(RowValidationFailure)
        -> Rows<Records>
    {
        let columns = try SheetColumns<Column>(
            header: records.first { _ in true },
            required: [.gridCode, .building, .room, .name, .idNumber, .relationToHead, .residenceStatus])
        return Rows(columns: columns, records: records)
    }

    /// The data rows of a sheet's records, read as they are asked for.
    public struct Rows<Records: Sequence<[String]> & Sendable>: Sequence, Sendable {
        let columns: SheetColumns<Column>
        let records: Records

        public func makeIterator() -> Iterator {
            var records = records.makeIterator()
            _ = records.next()  // the header
            return Iterator(columns: columns, records: records)
        }

        public struct Iterator: IteratorProtocol {
            let columns: SheetColumns<Column>
            var records: Records.Iterator
            var number = 1

            public mutating func next() -> Row? {
                while let fields = records.next() {
                    number += 1
                    if SheetColumns<Column>.isBlank(fields) { continue }
                    return ResidentSheet.row(number, fields, columns)
                }
                return nil
            }
        }
    }

    static func row(_ number: Int, _ fields: [String], _ columns: SheetColumns<Column>) -> Row {
        func value(_ column: Column) -> String { columns.value(column, in: fields) }
        let status = value(.residenceStatus)
        let document = value(.idDocumentType)
        let care = value(.careCategories).split(whereSeparator: { "、,，;；/ ".contains($0) }).map(String.init)
        return Row(
            number: number, gridCode: value(.gridCode), building: value(.building), unit: value(.unit),
            room: value(.room),
            input: ResidentInput(
                householdID: "-", name: value(.name),
                idDocumentType: documentTypeWords[document]?.rawValue ?? document,
                idNumber: value(.idNumber), phone: value(.phone), relationToHead: value(.relationToHead),
                residenceStatus: residenceStatusWords[status]?.rawValue ?? status,
                careCategories: care.map { careWords[$0]?.rawValue ?? $0 }))
    }

    /// The header name of a field, for messages about a row.
    public static func column(for field: String) -> String? { Column.allCases.first { $0.field == field }?.rawValue }
}
