extension OpenAPIDocument {
    static let coBuildingPaths = #"{}"#
}
