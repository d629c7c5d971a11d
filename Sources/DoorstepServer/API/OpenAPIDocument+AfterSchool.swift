extension OpenAPIDocument {
    static let afterSchoolPaths = #"{}"#
}
