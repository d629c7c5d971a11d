/// What a need asks for and a resource offers, so the two lists can be matched (需求清单 / 资源清单).
public enum ServiceCategory: String, Codable, Sendable, CaseIterable, Hashable {
    case elderlyCare
    case children
    case health
    case employment
    case culture
    case environment
    case legal
    case repairs
    case hardship
    case other
}
