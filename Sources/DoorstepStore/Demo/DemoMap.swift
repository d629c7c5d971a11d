import Foundation

/// Where the demo puts things on the map: communities side by side near Nanjing's Gulou, each a 2 × 2 block of
/// square grids about 400 m across, each grid's six buildings in two rows of three.
struct DemoMap {
    let community: Int
    let grid: Int

    static let origin = (latitude: 32.050, longitude: 118.780)
    static let size = 0.004

    var south: Double { Self.origin.latitude + Double(grid / 2) * Self.size }
    var west: Double { Self.origin.longitude + Double(community * 2 + grid % 2) * Self.size }

    /// The grid's square as GeoJSON.
    var boundary: String {
        let (s, w, n, e) = (south, west, south + Self.size, west + Self.size)
        return #"{"type":"Polygon","coordinates":[[[\#(w),\#(s)],[\#(e),\#(s)],[\#(e),\#(n)],[\#(w),\#(n)],[\#(w),\#(s)]]]}"#
    }

    /// Building `number` (1…6), well inside the square.
    func building(_ number: Int) -> (latitude: Double, longitude: Double) {
        let row = (number - 1) / 3
        let column = (number - 1) % 3
        return (south + Self.size * (0.3 + 0.4 * Double(row)), west + Self.size * (0.2 + 0.3 * Double(column)))
    }
}
