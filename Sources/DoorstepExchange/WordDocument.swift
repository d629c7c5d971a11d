import Foundation

/// A plain official document as a community office hands it out: a title, headings, paragraphs and tables, a
/// running header that names the community and period on every page, and sources in real footnotes so the body reads
/// cleanly when printed. It holds text and its shape only; what the text says is the caller's business.
public struct WordDocument: Sendable, Equatable {
    /// Set large and centred above the first block, and stored as the file's title property; empty for none.
    public var title: String
    /// Shown at the top of every page, for example "幸福里社区 · 2025-12-01 至 2026-11-30"; empty for none.
    public var header: String
    /// "3 / 12" at the foot of every page: a printed report whose pages come apart can be put back in order.
    public var footerPageNumbers: Bool
    /// The text's language as a BCP 47 tag, so Word breaks lines and checks spelling as Chinese rather than English.
    public var language: String
    public var blocks: [WordBlock]

    public init(
        title: String, header: String = "", footerPageNumbers: Bool = true, language: String = "zh-CN",
        blocks: [WordBlock] = []
    ) {
        self.title = title
        self.header = header
        self.footerPageNumbers = footerPageNumbers
        self.language = language
        self.blocks = blocks
    }
}

/// One thing on the page, top to bottom.
public enum WordBlock: Sendable, Equatable {
    /// Levels 1 to 3 (一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, as official documents number them); a level
    /// outside that range is written as the nearest one.
    case heading(level: Int, text: String)
    case paragraph([WordRun])
    /// A full-width bordered table; the header row is bold and repeats at the top of every page the table runs onto.
    /// Rows shorter than the widest are padded with empty cells.
    case table(header: [String], rows: [[String]])
    case pageBreak

    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> WordBlock {
        .paragraph([WordRun(text)])
    }
}

/// A stretch of text in one look. A newline in `text` breaks the line without starting a new paragraph.
public struct WordRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    /// Becomes a real Word footnote: its mark follows this run, its text goes to the foot of the page.
    public var footnote: String?

    public init(_ text: String, bold: Bool = false, footnote: String? = nil) {
        self.text = text
        self.bold = bold
        self.footnote = footnote
    }
}

/// So a paragraph can mix plain strings and styled runs: `.paragraph(["共 ", WordRun("12", bold: true), " 户"])`.
extension WordRun: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        self.init(text)
    }
}
