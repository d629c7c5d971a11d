import Foundation
import Testing

@testable import DoorstepCore

@Suite("Grid boundaries")
struct GridBoundaryTests {
    static let square = #"{"type":"Polygon","coordinates":[[[118.78,32.06],[118.79,32.06],[118.79,32.07],[118.78,32.07]]]}"#

    @Test("a GeoJSON polygon or feature is read and closed; a point inside is inside")
    func parse() throws {
        let boundary = try GridBoundary.parse(Self.square)
        #expect(boundary.ring.count == 5 && boundary.ring.first == boundary.ring.last)
        #expect(boundary.contains(latitude: 32.065, longitude: 118.785))
        #expect(!boundary.contains(latitude: 32.075, longitude: 118.785))
        #expect(!boundary.contains(latitude: 32.065, longitude: 118.795))
        let feature = #"{"type":"Feature","properties":{},"geometry":\#(Self.square)}"#
        #expect(try GridBoundary.parse(feature) == boundary)
        #expect(try GridBoundary.parse(boundary.geoJSON) == boundary)
        let json = try JSONEncoder().encode(boundary)
        #expect(try JSONDecoder().decode(GridBoundary.self, from: json) == boundary)
    }

    @Test("anything else is refused as a boundary problem", arguments: [
        "", "not json", #"{"type":"Point","coordinates":[118.78,32.06]}"#,
        #"{"type":"Polygon","coordinates":[[[118.78,32.06],[118.79,32.06]]]}"#,
        #"{"type":"Polygon","coordinates":[[[218.78,32.06],[118.79,32.06],[118.79,32.07]]]}"#,
        #"{"type":"Polygon","coordinates":[[["a","b"],[118.79,32.06],[118.79,32.07]]]}"#,
    ])
    func refused(text: String) {
        #expect(throws: ValidationFailure([FieldError("boundary", .boundaryFormat)])) { try GridBoundary.parse(text) }
    }
}
