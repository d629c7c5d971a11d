import DoorstepCore
import Hummingbird

/// A kind of figure whose name, unit and definition (口径) are in the interface's catalogue under one prefix:
/// `<prefix><id>`, `<prefix><id>_unit` and `<prefix><id>_definition`. Every figure page, card, drill-down and JSON
/// resource reads its words through here.
protocol CatalogMeasure: RawRepresentable<String>, CaseIterable, Sendable {
    static var catalogPrefix: String { get }
    /// Core names it for the measures whose figures carry it; the rest take `<prefix><id>_definition`.
    var definitionKey: String { get }
}

extension CatalogMeasure {
    var nameKey: String { Self.catalogPrefix + rawValue }
    var unitKey: String { nameKey + "_unit" }
    var definitionKey: String { nameKey + "_definition" }

    /// The measure a request names (`measure=…` or the path's `:measure`), refused with the allowed values otherwise.
    static func asked(_ text: (any StringProtocol)?) throws -> Self {
        guard let measure = text.flatMap({ Self(rawValue: String($0)) }) else {
            throw AppError.validation([FieldError("measure", .unknownValue(allowed: allCases.map(\.rawValue)))])
        }
        return measure
    }

    /// A figure as a card on a page: its value with name, unit and definition, opening the records behind it.
    func card(value: Any, href: Link, _ strings: Strings) -> [String: Any] {
        [
            "id": rawValue, "value": value, "label": strings[nameKey], "unit": strings.unit(unitKey, count: (value as? Int) ?? 0),
            "definition": strings[definitionKey], "href": href,
        ]
    }
}

extension AidMeasure: CatalogMeasure { static let catalogPrefix = "aid_measure_" }
extension HealthMeasure: CatalogMeasure { static let catalogPrefix = "health_measure_" }
extension AfterSchoolMeasure: CatalogMeasure { static let catalogPrefix = "afterschool_measure_" }
extension ServiceMeasure: CatalogMeasure { static let catalogPrefix = "service_measure_" }
extension PartyWorkMeasure: CatalogMeasure { static let catalogPrefix = "measure_" }
