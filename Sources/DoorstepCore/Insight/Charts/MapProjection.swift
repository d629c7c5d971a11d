import Foundation

/// Longitude and latitude onto a drawing, north up, with one scale for both axes: a degree of longitude is shorter
/// than a degree of latitude away from the equator (by the cosine of the latitude), so it is shrunk by that much
/// and a square block of flats stays square. Over the few kilometres of a community the mid-latitude's cosine is
/// exact enough; no map projection library is needed, and none is loaded.
struct MapProjection {
    let west: Double
    let north: Double
    /// cos(middle latitude): how much shorter a degree east is than a degree north here.
    let shrink: Double
    /// User units per degree of latitude.
    let scale: Double
    /// The drawing's size; the shape is centred in `width`.
    let width: Double
    let height: Double
    let offsetX: Double
    let offsetY: Double

    /// Fits `positions` ([longitude, latitude] pairs) into `width`, and into `maximumHeight` if the area is tall.
    /// Positions that are not pairs of numbers are ignored; a single point (or none) sits in the middle.
    init(positions: [[Double]], width: Double, maximumHeight: Double) {
        let usable = positions.filter { $0.count >= 2 && $0[0].isFinite && $0[1].isFinite }
        let longitudes = usable.map { $0[0] }
        let latitudes = usable.map { $0[1] }
        let west = longitudes.min() ?? 0
        let east = longitudes.max() ?? 0
        let south = latitudes.min() ?? 0
        let north = latitudes.max() ?? 0
        let shrink = cos((south + north) / 2 * Double.pi / 180)
        let spanX = (east - west) * shrink
        let spanY = north - south
        var scale = Double.infinity
        if spanX > 0 { scale = min(scale, width / spanX) }
        if spanY > 0 { scale = min(scale, maximumHeight / spanY) }
        if !scale.isFinite { scale = 1 }
        let height = spanY > 0 ? spanY * scale : min(maximumHeight, 40)
        self.west = west
        self.north = north
        self.shrink = shrink
        self.scale = scale
        self.width = width
        self.height = height
        self.offsetX = (width - spanX * scale) / 2
        self.offsetY = (height - spanY * scale) / 2
    }

    /// Where a place falls on the drawing, measured from its top-left corner.
    func point(longitude: Double, latitude: Double) -> ChartPoint {
        ChartPoint(x: offsetX + (longitude - west) * shrink * scale, y: offsetY + (north - latitude) * scale)
    }
}
