import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import DoorstepExchange

@Suite("Word")
struct WordTests {
    static let sample = WordDocument(
        title: "幸福里社区年度工作报告",
        header: "幸福里社区 · 2025-12-01 至 2026-11-30",
        blocks: [
            .heading(level: 1, text: "一、基本情况"),
            .paragraph([
                "本社区共有居民 ", WordRun("3,214", bold: true), WordRun(" 人。", footnote: "数据来源：人口台账。"),
            ]),
            .heading(level: 2, text: "（一）走访"),
            .table(header: ["姓名", "楼栋", "走访次数"], rows: [["张桂英", "3 号楼", "4"], ["李明"]]),
            .pageBreak,
            .heading(level: 7, text: "附注"),
            .paragraph("第一行\n第二行\t制表"),
        ])

    static let partNames: Set<String> = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml",
        "word/fontTable.xml",
    ]

    @Test("every part is there and is well-formed XML, for a full document and an empty one")
    func wellFormed() throws {
        for document in [Self.sample, WordDocument(title: "", footerPageNumbers: false)] {
            let parts = try Self.parts(WordWriter.docx(document))
            #expect(Set(parts.keys) == Self.partNames)
            for (path, bytes) in parts {
                let parser = XMLParser(data: bytes)
                #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
            }
        }
    }

    @Test("the text lands in the part it belongs to, each paragraph with its style")
    func placement() throws {
        let parts = try Self.parts(WordWriter.docx(Self.sample))
        #expect(try Self.paragraphs(parts, "word/document.xml") == [
            Paragraph("Title", "幸福里社区年度工作报告"),
            Paragraph("Heading1", "一、基本情况"),
            Paragraph(nil, "本社区共有居民 3,214 人。"),
            Paragraph("Heading2", "（一）走访"),
            Paragraph("TableHeading", "姓名"), Paragraph("TableHeading", "楼栋"), Paragraph("TableHeading", "走访次数"),
            Paragraph("TableText", "张桂英"), Paragraph("TableText", "3 号楼"), Paragraph("TableText", "4"),
            Paragraph("TableText", "李明"), Paragraph("TableText", ""), Paragraph("TableText", ""),
            Paragraph(nil, ""),
            Paragraph("Heading3", "附注"),
            Paragraph(nil, "第一行\n第二行\t制表"),
        ])
        #expect(try Self.paragraphs(parts, "word/footnotes.xml") == [
            Paragraph(nil, ""), Paragraph(nil, ""), Paragraph("FootnoteText", " 数据来源：人口台账。"),
        ])
        #expect(try Self.paragraphs(parts, "word/header1.xml") == [
            Paragraph("Header", "幸福里社区 · 2025-12-01 至 2026-11-30"),
        ])
        #expect(try Self.paragraphs(parts, "word/footer1.xml") == [Paragraph("Footer", "1 / 1")])

        let document = try Self.text(parts, "word/document.xml")
        #expect(document.contains("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">3,214</w:t></w:r>"))
        #expect(document.contains(
            "人。</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/>"))
        #expect(document.contains("<w:br w:type=\"page\"/>"))
        #expect(document.components(separatedBy: "<w:tblHeader/>").count == 2)
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        let footnotes = try Self.text(parts, "word/footnotes.xml")
        for id in ["-1", "0", "1"] {
            #expect(footnotes.contains("w:id=\"\(id)\"><w:p>"), "footnote \(id)")
        }
        #expect(try Self.text(parts, "word/footer1.xml").contains(" NUMPAGES "))
        #expect(try Self.text(parts, "word/styles.xml").contains("w:eastAsia=\"zh-CN\""))
        #expect(try Self.text(parts, "docProps/core.xml").contains("<dc:title>幸福里社区年度工作报告</dc:title>"))
    }

    @Test("markup characters round-trip, control characters are dropped, newlines and tabs become Word's own")
    func escaping() throws {
        let tricky = "a < b & \"c\" > 'd' &amp;"
        let document = WordDocument(
            title: tricky, header: tricky,
            blocks: [
                .heading(level: 1, text: tricky),
                .paragraph([WordRun(tricky, bold: true, footnote: tricky)]),
                .table(header: [tricky], rows: [[tricky]]),
                .paragraph("bell\u{7}null\u{0}\u{FFFF}end\r\nnext\tcolumn\rlast"),
            ])
        let parts = try Self.parts(WordWriter.docx(document))
        let body = try Self.paragraphs(parts, "word/document.xml")
        // The title, the heading, the paragraph and both cells.
        #expect(body.filter { $0.text == tricky }.count == 5)
        #expect(body.last == Paragraph(nil, "bellnullend\nnext\tcolumn\nlast"))
        #expect(try Self.paragraphs(parts, "word/header1.xml") == [Paragraph("Header", tricky)])
        #expect(try Self.paragraphs(parts, "word/footnotes.xml").last == Paragraph("FootnoteText", " " + tricky))
        #expect(try Self.text(parts, "docProps/core.xml").contains(
            "<dc:title>a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos; &amp;amp;</dc:title>"))
        #expect(WordWriter.escape("<&>\"'\u{1}\u{85}\t") == "&lt;&amp;&gt;&quot;&apos;\t")
    }

    @Test("[Content_Types].xml declares every part, every relationship and style referred to is there")
    func references() throws {
        let parts = try Self.parts(WordWriter.docx(Self.sample))
        let types = try Self.text(parts, "[Content_Types].xml")
        for path in parts.keys where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            #expect(types.contains("<Override PartName=\"/\(path)\" ContentType=\""), "\(path)")
        }
        for (relationships, folder) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            let targets = try Self.text(parts, relationships).components(separatedBy: "Target=\"").dropFirst()
            #expect(targets.count > 0)
            for target in targets {
                let path = folder + String(target.prefix(while: { $0 != "\"" }))
                #expect(parts[path] != nil, "\(relationships) points at \(path)")
            }
        }
        let styles = try Self.text(parts, "word/styles.xml")
        for path in ["word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"] {
            for reference in try Self.text(parts, path).components(separatedBy: "Style w:val=\"").dropFirst() {
                let id = String(reference.prefix(while: { $0 != "\"" }))
                #expect(styles.contains("w:styleId=\"\(id)\""), "\(path) uses style \(id)")
            }
        }
    }

    /// A paragraph as a reader sees it: its style and its text.
    struct Paragraph: Equatable {
        var style: String?
        var text: String

        init(_ style: String?, _ text: String) {
            self.style = style
            self.text = text
        }
    }

    /// The entries of a ZIP archive by path.
    static func parts(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { chunk in bytes.append(chunk) }
            parts[entry.path] = bytes
        }
        return parts
    }

    static func text(_ parts: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(parts[path]), as: UTF8.self)
    }

    static func paragraphs(_ parts: [String: Data], _ path: String) throws -> [Paragraph] {
        let reader = ParagraphReader()
        let parser = XMLParser(data: try #require(parts[path]))
        parser.delegate = reader
        try #require(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        return reader.paragraphs
    }
}


/// Reads the paragraphs of a WordprocessingML part back with Foundation's parser, so entities are decoded as Word
/// decodes them: a line break is "\n", a tab "\t", a page break nothing.
final class ParagraphReader: NSObject, XMLParserDelegate {
    var paragraphs: [WordTests.Paragraph] = []
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String]
    ) {
        switch elementName {
        case "w:p": paragraphs.append(WordTests.Paragraph(nil, ""))
        case "w:pStyle": paragraphs[paragraphs.count - 1].style = attributeDict["w:val"]
        case "w:t": inText = true
        case "w:br" where attributeDict["w:type"] == nil: paragraphs[paragraphs.count - 1].text += "\n"
        case "w:tab": paragraphs[paragraphs.count - 1].text += "\t"
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if elementName == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraphs[paragraphs.count - 1].text += string }
    }
}
