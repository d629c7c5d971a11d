import DoorstepCore
import Foundation

/// A grid's boundary drawn as inline SVG, with its buildings as dots: enough for a grid worker to see the shape
/// of their patch without a map service (the pages load nothing from elsewhere). Only numbers go into the
/// markup, so it needs no escaping.
enum BoundaryMap {
    static let width = 320.0
    static let height = 220.0

    static func svg(_ boundary: GridBoundary, buildings: [(latitude: Double, longitude: Double)], label: String) -> String {
        let points = boundary.ring + buildings.map { [$0.longitude, $0.latitude] }
        let longitudes = points.map { $0[0] }
        let latitudes = points.map { $0[1] }
        let (west, east) = (longitudes.min()!, longitudes.max()!)
        let (south, north) = (latitudes.min()!, latitudes.max()!)
        let margin = 10.0
        // One scale for both axes keeps the shape; north is up.
        let scale = min((width - 2 * margin) / max(east - west, 1e-9), (height - 2 * margin) / max(north - south, 1e-9))
        func x(_ longitude: Double) -> String { String(format: "%.1f", margin + (longitude - west) * scale) }
        func y(_ latitude: Double) -> String { String(format: "%.1f", margin + (north - latitude) * scale) }
        let outline = boundary.ring.map { "\(x($0[0])),\(y($0[1]))" }.joined(separator: " ")
        let dots = buildings.map { #"<circle cx="\#(x($0.longitude))" cy="\#(y($0.latitude))" r="4"/>"# }.joined()
        var escaped = ""
        for character in label {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return """
            <svg class="map" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(escaped)">\
            <polygon points="\(outline)"/><g>\(dots)</g></svg>
            """
    }
}
