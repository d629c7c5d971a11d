import Foundation

/// The parts of a .docx that do not depend on the blocks: the package's index, its relationships, the settings, the
/// fonts and the styles every paragraph refers to.
extension WordWriter {
    /// Every part but the relationships gets its own content type; Word refuses a part it can only call "xml".
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footnotes.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
        <Override PartName="/word/header1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/word/fontTable.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
        <Override PartName="/docProps/core.xml" \
        ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/></Relationships>
        """

    /// rId4 and rId5 are what the section in document.xml names as its header and footer.
    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
        Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" \
        Target="footnotes.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" \
        Target="header1.xml"/>\
        <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
        Target="footer1.xml"/>\
        <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" \
        Target="fontTable.xml"/></Relationships>
        """

    /// The title Word shows in File › Info and a PDF converter copies into the PDF's title. No dates: the same
    /// document always makes the same bytes.
    static func coreProperties(title: String, language: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(escape(title))</dc:title><dc:language>\(escape(language))</dc:language></cp:coreProperties>
        """
    }

    /// w:lang has a slot for East Asian text and one for Latin text: a Chinese, Japanese or Korean tag goes in the
    /// first (Latin text in it is then checked as American English), any other in the second.
    static func languageAttributes(_ language: String) -> String {
        let tag = escape(language)
        let isEastAsian = ["zh", "ja", "ko"].contains { language.lowercased().hasPrefix($0) }
        return isEastAsian ? "w:val=\"en-US\" w:eastAsia=\"\(tag)\"" : "w:val=\"\(tag)\" w:eastAsia=\"zh-CN\""
    }

    /// Names the separator footnotes (-1 and 0) as Word does; "compressPunctuation" lets Chinese punctuation at a line
    /// end take half its width, as Chinese Word does by default.
    static func settings(language: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>\
        <w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
        w:val="15"/></w:compat><w:themeFontLang \(languageAttributes(language))/>\
        <w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>
        """
    }

    /// Chinese fonts under the names Chinese Windows gives them, each with its English name as w:altName and its
    /// character set (86, GB2312), which is how Word and LibreOffice find a stand-in where the font is missing.
    static let fontTable = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>\
        <w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/>\
        <w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/>\
        <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="楷体"><w:altName w:val="KaiTi"/><w:panose1 w:val="02010609060101010101"/>\
        <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:panose1 w:val="02010609060101010101"/>\
        <w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>
        """

    /// Sizes are in half-points: 44 is 二号, 32 三号, 28 四号, 24 小四, 21 五号, 18 小五. Body text is 小四 仿宋 with
    /// 1.5 lines and a two-character first-line indent (480 twips at 12 pt); headings follow GB/T 9704: 黑体, 楷体,
    /// then bold 仿宋, indented two of their own characters. The title is bold 宋体, the font every Chinese Windows
    /// has, standing in for 方正小标宋, which most machines lack. Tables are 五号 on single lines.
    /// Style names are Word's own built-in ones ("heading 1"), so Word's navigation pane and python-docx know them.
    static func styles(language: String) -> String {
        func paragraphStyle(
            _ id: String, _ name: String, basedOn: String = "Normal", next: String? = nil, paragraph: String,
            run: String
        ) -> String {
            let nextStyle = next.map { "<w:next w:val=\"\($0)\"/>" } ?? ""
            return """
                <w:style w:type="paragraph" w:styleId="\(id)"><w:name w:val="\(name)"/>\
                <w:basedOn w:val="\(basedOn)"/>\(nextStyle)<w:qFormat/><w:pPr>\(paragraph)</w:pPr>\
                <w:rPr>\(run)</w:rPr></w:style>
                """
        }
        func size(_ halfPoints: Int) -> String {
            "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
        }
        let single = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
        let noIndent = "<w:ind w:firstLine=\"0\"/>"
        let centred = "<w:jc w:val=\"center\"/>"
        let borders = tableBorders
        let styles: [String] = [
            paragraphStyle(
                "Title", "Title", next: "Normal",
                paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"480\" w:line=\"240\" "
                    + "w:lineRule=\"auto\"/>" + noIndent + centred,
                run: "<w:rFonts w:eastAsia=\"宋体\"/><w:b/><w:bCs/>" + size(44)),
            paragraphStyle(
                "Heading1", "heading 1", next: "Normal",
                paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>"
                    + "<w:ind w:firstLine=\"640\"/><w:outlineLvl w:val=\"0\"/>",
                run: "<w:rFonts w:eastAsia=\"黑体\"/>" + size(32)),
            paragraphStyle(
                "Heading2", "heading 2", next: "Normal",
                paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\" w:after=\"60\"/>"
                    + "<w:ind w:firstLine=\"560\"/><w:outlineLvl w:val=\"1\"/>",
                run: "<w:rFonts w:eastAsia=\"楷体\"/>" + size(28)),
            paragraphStyle(
                "Heading3", "heading 3", next: "Normal",
                paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"60\" w:after=\"0\"/>"
                    + "<w:outlineLvl w:val=\"2\"/>",
                run: "<w:b/><w:bCs/>" + size(24)),
            paragraphStyle(
                "TableText", "Table Text", paragraph: single + noIndent + "<w:jc w:val=\"left\"/>", run: size(21)),
            paragraphStyle(
                "TableHeading", "Table Heading", basedOn: "TableText",
                paragraph: "<w:keepNext/><w:jc w:val=\"center\"/>", run: "<w:b/><w:bCs/>"),
            paragraphStyle("Header", "header", paragraph: single + noIndent + centred, run: size(18)),
            paragraphStyle("Footer", "footer", paragraph: single + noIndent + centred, run: size(18)),
            paragraphStyle(
                "FootnoteText", "footnote text", paragraph: single + noIndent + "<w:jc w:val=\"left\"/>",
                run: size(18)),
            """
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
            <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
            <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
            """,
            """
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\
            <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr>\(borders)</w:tblPr></w:style>
            """,
        ]
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
            w:eastAsia="仿宋" w:cs="Times New Roman"/><w:kern w:val="2"/>\(size(24))\
            <w:lang \(languageAttributes(language)) w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault/></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLine="480"/><w:jc w:val="both"/></w:pPr>\
            <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" \
            w:cs="Times New Roman"/>\(size(24))</w:rPr></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>\
            </w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            \(styles.joined())</w:styles>
            """
    }
}
