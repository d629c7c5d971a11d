import Foundation

/// A grid's boundary: one GeoJSON polygon (longitude, latitude; WGS-84, as map tools export it), without holes.
/// A case reported with a location but no building is routed to the grid whose boundary contains it.
public struct GridBoundary: Sendable, Equatable, Hashable {
    /// The outer ring, closed (first point repeated last), as [longitude, latitude] pairs.
    public let ring: [[Double]]

    /// Reads a GeoJSON `Polygon`, or a `Feature` whose geometry is one; every problem is a `boundaryFormat`.
    public static func parse(_ text: String) throws(ValidationFailure) -> GridBoundary {
        let failure = ValidationFailure([FieldError("boundary", .boundaryFormat)])
        guard let data = text.data(using: .utf8),
            var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { throw failure }
        if object["type"] as? String == "Feature" {
            guard let geometry = object["geometry"] as? [String: Any] else { throw failure }
            object = geometry
        }
        guard object["type"] as? String == "Polygon", let rings = object["coordinates"] as? [[[Any]]],
            let outer = rings.first
        else { throw failure }
        var ring: [[Double]] = []
        for position in outer {
            guard position.count >= 2, let longitude = (position[0] as? NSNumber)?.doubleValue,
                let latitude = (position[1] as? NSNumber)?.doubleValue, (-180...180).contains(longitude),
                (-90...90).contains(latitude)
            else { throw failure }
            ring.append([longitude, latitude])
        }
        if let first = ring.first, ring.last != first { ring.append(first) }
        // A triangle is the least that encloses anything: three corners and the closing point.
        guard Set(ring.map { "\($0[0]),\($0[1])" }).count >= 3, ring.count >= 4 else { throw failure }
        return GridBoundary(ring: ring)
    }

    /// The boundary as GeoJSON, the form it is stored and served in.
    public var geoJSON: String {
        let points = ring.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",")
        return #"{"type":"Polygon","coordinates":[[\#(points)]]}"#
    }

    /// Whether a point lies inside (even–odd rule; a point on the edge may fall either way).
    public func contains(latitude: Double, longitude: Double) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let (xi, yi) = (ring[i][0], ring[i][1])
            let (xj, yj) = (ring[j][0], ring[j][1])
            if (yi > latitude) != (yj > latitude), longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}

/// In JSON a boundary is the GeoJSON geometry itself, so map tools read the API's answer as it is.
extension GridBoundary: Codable {
    private struct Geometry: Codable {
        var type: String
        var coordinates: [[[Double]]]
    }

    public init(from decoder: any Decoder) throws {
        let geometry = try Geometry(from: decoder)
        guard geometry.type == "Polygon", let ring = geometry.coordinates.first, ring.count >= 4 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a GeoJSON Polygon"))
        }
        self.init(ring: ring)
    }

    public func encode(to encoder: any Encoder) throws {
        try Geometry(type: "Polygon", coordinates: [ring]).encode(to: encoder)
    }
}
