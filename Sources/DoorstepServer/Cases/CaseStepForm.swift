import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// A step as a page submits it, multipart (with after-photos) or plain; every unreadable photo is named.
struct CaseStepForm: Sendable {
    var fields: [String: String]
    var photos: [Photo]

    static func read(_ request: Request, context: AppRequestContext) async throws -> CaseStepForm {
        if (request.headers[.contentType] ?? "").lowercased().hasPrefix("multipart/form-data") {
            let form = try await MultipartForm.read(request)
            try form.checkCSRF(context)
            return CaseStepForm(fields: form.fields, photos: try photos(form.files["photos"] ?? []))
        }
        let form = try await Form.checked(request, context: context)
        return CaseStepForm(fields: form.fields, photos: [])
    }

    static func photos(_ files: [MultipartForm.File]) throws -> [Photo] {
        var photos: [Photo] = []
        var problems: [FieldError] = []
        for file in files {
            do {
                photos.append(try Photo(checking: file.bytes))
            } catch {
                problems.append(FieldError("photos", error))
            }
        }
        if files.count > Photo.maximumPerStep { problems.append(FieldError("photos", .tooManyPhotos(maximum: Photo.maximumPerStep))) }
        if !problems.isEmpty { throw ValidationFailure(problems) }
        return photos
    }

    func value(_ name: String) -> String? {
        fields[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// The steps to take: one, or for "take" the grid worker's accept → register → dispatch to self → sign for.
    func steps(for item: Case, by principal: Principal) throws -> [CaseStep] {
        let action = fields["action"] ?? ""
        guard let version = value("version").flatMap(Int.init) else { throw ValidationFailure([FieldError("version", .required)]) }
        if action == "take" {
            var names: [String] = []
            if item.state == .reported { names.append("accept") }
            if item.state == .reported || item.state == .accepted { names.append("register") }
            names += ["dispatch", "signFor"]
            return names.map { CaseStep(action: $0, version: version, handlerAccountID: principal.accountID) }
        }
        var days: Int?
        if let text = value("workingDays") {
            guard let number = Int(text) else { throw ValidationFailure([FieldError("workingDays", .notANumber)]) }
            days = number
        }
        return [
            CaseStep(
                action: action, version: version, note: fields["note"] ?? "", categoryCode: value("categoryCode"),
                urgency: value("urgency").flatMap(Urgency.init(rawValue:)), handlerAccountID: value("handlerAccountID"),
                handlerUnit: value("handlerUnit"), workingDays: days, reviewOn: value("reviewOn"), into: value("into"),
                solved: value("solved").map { $0 == "1" }, satisfaction: value("satisfaction").flatMap(Satisfaction.init(rawValue:)),
                photos: photos)
        ]
    }
}
