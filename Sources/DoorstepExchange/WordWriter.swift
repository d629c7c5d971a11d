import Foundation
import ZIPFoundation

/// Writes a `WordDocument` as a .docx that Word, WPS, LibreOffice and python-docx open. The page is A4 with the
/// margins of GB/T 9704 official documents; the look lives in named styles (styles.xml), so whoever edits the file in
/// Word can restyle every heading at once, and document.xml only says which style each paragraph has.
public enum WordWriter {
    /// The width between the margins, in twips: A4's 11906 less the 1588 left and 1474 right margins.
    static let textWidth = 11906 - 1588 - 1474

    public static func docx(_ document: WordDocument) -> Data {
        var footnotes: [String] = []
        let body = documentXML(document, footnotes: &footnotes)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: document.title, language: document.language)),
            ("word/document.xml", body),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles(language: document.language)),
            ("word/settings.xml", settings(language: document.language)),
            ("word/footnotes.xml", footnotesXML(footnotes)),
            ("word/header1.xml", headerXML(document.header)),
            ("word/footer1.xml", footerXML(pageNumbers: document.footerPageNumbers)),
            ("word/fontTable.xml", fontTable),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Array(text.utf8)
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
            preconditionFailure("writing an in-memory DOCX failed: \(error)")
        }
    }

    /// The body, block by block, then the page setup. Each run's footnote is appended to `footnotes`; its id in
    /// footnotes.xml is its position there plus one, as ids -1 and 0 are the separator lines Word requires.
    static func documentXML(_ document: WordDocument, footnotes: inout [String]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(namespaces)><w:body>
            """
        if !document.title.isEmpty {
            xml += paragraph(style: "Title", text(document.title))
        }
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .heading(let level, let heading):
                xml += paragraph(style: "Heading\(min(max(level, 1), 3))", text(heading))
            case .paragraph(let runs):
                xml += paragraph(style: nil, runs.map { run($0, footnotes: &footnotes) }.joined())
            case .table(let header, let rows):
                let tableXML = table(header: header, rows: rows)
                xml += tableXML
                // Word and LibreOffice fuse two tables that touch into one, so a table is kept apart from the next
                // by an empty paragraph; one also closes a document that would otherwise end on a table.
                let next = index + 1
                if !tableXML.isEmpty, next == document.blocks.count || isTable(document.blocks[next]) {
                    xml += paragraph(style: nil, "")
                }
            case .pageBreak:
                xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        xml += """
            <w:sectPr><w:headerReference w:type="default" r:id="rId4"/>\
            <w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" \
            w:gutter="0"/><w:cols w:space="425"/></w:sectPr></w:body></w:document>
            """
        return xml
    }

    static func isTable(_ block: WordBlock) -> Bool {
        if case .table = block { return true }
        return false
    }

    static func paragraph(style: String?, _ content: String) -> String {
        guard let style else { return "<w:p>\(content)</w:p>" }
        return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(content)</w:p>"
    }

    /// One run, then its footnote's reference mark in a run of its own (superscript, through its style).
    static func run(_ run: WordRun, footnotes: inout [String]) -> String {
        var xml = run.bold ? text(run.text, properties: "<w:rPr><w:b/><w:bCs/></w:rPr>") : text(run.text)
        if let note = run.footnote {
            footnotes.append(note)
            xml += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                + "<w:footnoteReference w:id=\"\(footnotes.count)\"/></w:r>"
        }
        return xml
    }

    /// A run of `text` (nothing for empty text). A newline breaks the line (`<w:br/>`) and a tab is Word's tab, since
    /// Word does not read either character inside `<w:t>`; "\r\n" is one newline.
    static func text(_ text: String, properties: String = "") -> String {
        guard !text.isEmpty else { return "" }
        var content = ""
        var segment = ""
        func flush() {
            if !segment.isEmpty {
                content += "<w:t xml:space=\"preserve\">\(escape(segment))</w:t>"
            }
            segment = ""
        }
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCarriageReturn:
                break
            case "\n", "\r", "\u{2028}":
                flush()
                content += "<w:br/>"
            case "\t":
                flush()
                content += "<w:tab/>"
            default:
                segment.unicodeScalars.append(scalar)
            }
            afterCarriageReturn = scalar == "\r"
        }
        flush()
        return "<w:r>\(properties)\(content)</w:r>"
    }

    /// A full-width table with borders on every cell, columns of equal width to start with (Word then fits them to
    /// their text). The header row repeats on each page and no row splits across a page break.
    static func table(header: [String], rows: [[String]]) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let width = textWidth / columns
        var xml: String = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            + tableBorders + "</w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
        func row(_ cells: [String], isHeader: Bool) {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for column in 0..<columns {
                let cell = column < cells.count ? cells[column] : ""
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                    + paragraph(style: isHeader ? "TableHeading" : "TableText", text(cell)) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        if !header.isEmpty {
            row(header, isHeader: true)
        }
        for cells in rows {
            row(cells, isHeader: false)
        }
        return xml + "</w:tbl>"
    }

    /// Also in the TableGrid style; repeated on the table itself for readers that apply table styles only in part.
    static let tableBorders: String = {
        let edges = ["top", "left", "bottom", "right", "insideH", "insideV"].map { edge in
            "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        }
        return "<w:tblBorders>\(edges.joined())</w:tblBorders>"
    }()

    /// The two separator footnotes Word requires (ids -1 and 0, named in settings.xml), then one per note, numbered
    /// from 1 in the order their marks appear.
    static func footnotesXML(_ notes: [String]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:footnotes \(namespaces)>\
            <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" \
            w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" \
            w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            """
        for (index, note) in notes.enumerated() {
            xml += "<w:footnote w:id=\"\(index + 1)\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
                + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>" + text(note) + "</w:p></w:footnote>"
        }
        return xml + "</w:footnotes>"
    }

    static func headerXML(_ header: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr \(namespaces)>\(paragraph(style: "Header", text(header)))</w:hdr>
        """
    }

    /// "X / Y" from the PAGE and NUMPAGES fields, which Word and LibreOffice fill in as they lay out the pages; the
    /// 1 between the field marks is only what a reader that does not lay out pages shows.
    static func footerXML(pageNumbers: Bool) -> String {
        func field(_ instruction: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) "
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        let content = pageNumbers ? field("PAGE") + text(" / ") + field("NUMPAGES") : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:ftr \(namespaces)>\(paragraph(style: "Footer", content))</w:ftr>
            """
    }

    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    /// XML text or attribute value: markup characters escaped, and what XML 1.0 cannot carry (control characters
    /// other than tab and newline, U+FFFE, U+FFFF) dropped. C1 controls are dropped too: they only come from text
    /// decoded with the wrong code page, and Word shows them as boxes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
