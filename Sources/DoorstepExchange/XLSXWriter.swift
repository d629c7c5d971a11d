import Foundation
import ZIPFoundation

/// Writes rows of text as a one-sheet XLSX workbook that Excel, WPS and openpyxl open. Every cell is an inline
/// string in a text-formatted column: an 18-digit ID number must never become 1.10105E+17, and a text cell is never
/// evaluated as a formula, whatever it starts with. The header row is bold and frozen.
public enum XLSXWriter {
    public static func workbook(_ rows: [[String]], sheetName: String) -> Data {
        workbook(sheets: [(sheetName, rows)])
    }

    /// A workbook of several sheets, in order (an export's figures, then their definitions).
    public static func workbook(sheets: [(name: String, rows: [[String]])]) -> Data {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes(sheets: sheets.count).utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("xl/workbook.xml", Array(workbookXML(sheetNames: sheets.map(\.name)).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets: sheets.count).utf8)),
            ("xl/styles.xml", Array(styles.utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            let columns = max(1, sheet.rows.map(\.count).max() ?? 1)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", self.sheet(sheet.rows, columns: columns)))
        }
        do {
            let archive = try Archive(accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
                ) { position, size in
                    let start = Int(position)
                    return Data(bytes[start..<min(start + size, bytes.count)])
                }
            }
            return archive.data ?? Data()
        } catch {
            // Only an allocation failure makes an in-memory archive fail; there is no file to blame.
            preconditionFailure("writing an in-memory XLSX failed: \(error)")
        }
    }

    static func sheet(_ rows: [[String]], columns: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * columns * 40 + 1024)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        put(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" \
            state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>\
            <cols><col min="1" max="\(columns)" width="18" style="1" customWidth="1"/></cols><sheetData>
            """)
        for (rowIndex, row) in rows.enumerated() {
            let number = String(rowIndex + 1)
            put("<row r=\"\(number)\">")
            let style = rowIndex == 0 ? "2" : "1"
            for (columnIndex, value) in row.enumerated() where !value.isEmpty {
                put("<c r=\"\(columnName(columnIndex))\(number)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                escape(value, into: &out)
                put("</t></is></c>")
            }
            put("</row>")
        }
        put("</sheetData></worksheet>")
        return out
    }

    /// 0 → "A", 26 → "AA".
    static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// XML text: markup characters escaped, and the control characters XML 1.0 cannot carry dropped.
    static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case ..<0x20: continue
            default: out.append(byte)
            }
        }
    }

    static func workbookXML(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, sheetName -> String in
            var name: [UInt8] = []
            // Excel refuses sheet names over 31 characters or holding any of : \ / ? * [ ].
            escape(String(sheetName.filter { !":\\/?*[]".contains($0) }.prefix(31)), into: &name)
            return "<sheet name=\"\(String(decoding: name, as: UTF8.self))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets.joined())</sheets></workbook>
            """
    }

    static func contentTypes(sheets: Int) -> String {
        let overrides = (1...max(1, sheets)).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \(overrides.joined())\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """
    }

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    static func workbookRelationships(sheets: Int) -> String {
        let relationships = (1...max(1, sheets)).map {
            "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(relationships.joined())\
            <Relationship Id="rId\(max(1, sheets) + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>
            """
    }

    /// Style 0 is the default; 1 is text ("@", number format 49); 2 is bold text for the header.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
