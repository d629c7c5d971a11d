/// A point on a drawing, in SVG user units: x to the right, y downwards.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The centroid of a polygon's area (the shoelace formula), where a grid's name reads as sitting on the grid even
    /// when the grid is L-shaped — the middle of its bounding box may fall on the neighbour. The ring may be closed
    /// (first point repeated last) or not; a ring with no area (all on a line) falls back to the mean of its corners,
    /// and an empty ring has no centroid.
    public static func centroid(of ring: [ChartPoint]) -> ChartPoint? {
        var points = ring
        if points.count > 1, points.first == points.last { points.removeLast() }
        guard let origin = points.first else { return nil }
        // Measured from the first corner, so large coordinates do not swamp the small differences that make the area.
        var twiceArea = 0.0
        var sumX = 0.0
        var sumY = 0.0
        for index in points.indices {
            let next = points[(index + 1) % points.count]
            let (ax, ay) = (points[index].x - origin.x, points[index].y - origin.y)
            let (bx, by) = (next.x - origin.x, next.y - origin.y)
            let cross = ax * by - bx * ay
            twiceArea += cross
            sumX += (ax + bx) * cross
            sumY += (ay + by) * cross
        }
        let extent = points.reduce(0.0) { largest, point in
            max(largest, abs(point.x - origin.x), abs(point.y - origin.y))
        }
        guard abs(twiceArea) > 1e-12 * max(extent * extent, 1e-300) else {
            let count = Double(points.count)
            return ChartPoint(
                x: points.reduce(0.0) { $0 + $1.x } / count,
                y: points.reduce(0.0) { $0 + $1.y } / count
            )
        }
        return ChartPoint(x: origin.x + sumX / (3 * twiceArea), y: origin.y + sumY / (3 * twiceArea))
    }
}
