/// The columns of the buildings' import template and export. Read by header, like the residents' sheet.
public enum BuildingSheet {
    public enum Column: String, CaseIterable, Sendable {
        case gridCode = "网格代码"
        case name = "楼栋名称"
        case address = "地址"
        case estate = "小区"
        case latitude = "纬度"
        case longitude = "经度"

        public var field: String {
            switch self {
            case .gridCode: "gridCode"
            case .name: "name"
            case .address: "address"
            case .estate: "estateID"
            case .latitude: "latitude"
            case .longitude: "longitude"
            }
        }
    }

    public static var header: [String] { Column.allCases.map(\.rawValue) }

    public static var templateRows: [[String]] {
        [header, ["320106005001001", "1号楼", "幸福路 1 号", "幸福里小区", "32.0603", "118.7969"]]
    }

    /// A data row as written; numbers are checked when the row is imported.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var gridCode: String
        public var name: String
        public var address: String
        public var estate: String
        public var latitude: String
        public var longitude: String
    }

    public static func rows(_ table: [[String]]) throws(RowValidationFailure) -> [Row] {
        let columns = try SheetColumns<Column>(header: table.first, required: [.gridCode, .name, .address])
        return SheetColumns<Column>.dataRows(table).map { number, fields in
            Row(
                number: number, gridCode: columns.value(.gridCode, in: fields), name: columns.value(.name, in: fields),
                address: columns.value(.address, in: fields), estate: columns.value(.estate, in: fields),
                latitude: columns.value(.latitude, in: fields), longitude: columns.value(.longitude, in: fields))
        }
    }

    /// The header name of a field, for messages about a row.
    public static func column(for field: String) -> String? { Column.allCases.first { $0.field == field }?.rawValue }
}
