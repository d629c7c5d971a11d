import Foundation

/// The languages Doorstep speaks. Chinese comes first: it is what most users read.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case zhCN = "zh-CN"
    case en = "en"

    public static let `default`: Language = .zhCN

    /// The best match for an `Accept-Language` header, or nil when it names neither language.
    public static func preferred(fromAcceptLanguage header: String) -> Language? {
        let ranges = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { return nil }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                quality = Double(piece.dropFirst(2)) ?? 0
            }
            return (tag.lowercased(), quality)
        }
        for (tag, quality) in ranges.sorted(by: { $0.1 > $1.1 }) where quality > 0 {
            if tag.hasPrefix("zh") { return .zhCN }
            if tag.hasPrefix("en") { return .en }
        }
        return nil
    }
}
