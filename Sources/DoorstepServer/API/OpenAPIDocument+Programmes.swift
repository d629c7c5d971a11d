extension OpenAPIDocument {
    static let programmesPaths = #"{}"#
}
