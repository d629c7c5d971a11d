/// One grid as a map draws it: its boundary, the figure it is shaded by, the words printed on it and its buildings.
/// The caller formats `valueText` (a rate with its counts, say) so the map prints exactly what the table beside it
/// says; `value` only picks the shade.
public struct GridShape: Sendable, Hashable {
    public var code: String
    public var name: String
    /// The boundary as [longitude, latitude] pairs, as `GridBoundary.ring` holds it.
    public var ring: [[Double]]
    /// The figure the grid is shaded by; nil draws it hatched, as "no data".
    public var value: Double?
    /// The figure as printed on the grid, under its name; empty prints nothing.
    public var valueText: String
    public var buildings: [MapPoint]

    public init(code: String, name: String, ring: [[Double]], value: Double?, valueText: String, buildings: [MapPoint] = []) {
        self.code = code
        self.name = name
        self.ring = ring
        self.value = value
        self.valueText = valueText
        self.buildings = buildings
    }
}

/// A named place on a map, a building as a rule.
public struct MapPoint: Sendable, Hashable {
    public var name: String
    public var latitude: Double
    public var longitude: Double

    public init(name: String, latitude: Double, longitude: Double) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
    }
}
