import Foundation

extension StringProtocol {
    /// The text without the spaces and tabs around it, as `trimmingCharacters(in: .whitespaces)` gives it, but
    /// without a trip through Foundation for text that has none there — nearly every cell of an imported sheet.
    public var trimmedOfSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        guard first.isSpaceOrTab || last.isSpaceOrTab else { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}

extension Unicode.Scalar {
    /// What `CharacterSet.whitespaces` holds: the space separators (Zs) and the tab.
    var isSpaceOrTab: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }
}
