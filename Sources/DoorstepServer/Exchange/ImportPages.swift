import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Foundation
import Hummingbird

/// Importing residents or buildings from a page: the templates to download, an upload form, and a page that
/// follows the import with a progress bar and ends with what went in or every row that needs correcting.
struct ImportPages: Sendable {
    let store: Store
    let pages: PageRenderer
    let jobs: ImportJobs

    /// Beyond this many, refused rows are counted rather than listed; the file is refused whole anyway.
    static let listedErrors = 500

    func register(on router: Router<AppRequestContext>) {
        router.get(ImportRoute.template, use: template)
        router.get(ImportRoute.form, use: form)
        router.post(ImportRoute.form, use: upload)
        router.get(ImportRoute.job, use: job)
    }

    /// `/registry/templates/residents.xlsx`, `…/buildings.csv` and so on.
    @Sendable func template(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.viewRegistry)
        let file = try context.parameters.require("file")
        guard let kind = ImportKind(rawValue: String(file.prefix { $0 != "." })) else { throw AppError.notFound }
        return SheetFiles.download(
            kind.templateRows, as: SheetFormat(path: file), name: "\(kind.rawValue)-template",
            sheetName: context.strings["import_sheet_\(kind.rawValue)"])
    }

    @Sendable func form(request: Request, context: AppRequestContext) async throws -> Response {
        let kind = request.uri.queryParameters["kind"].flatMap { ImportKind(rawValue: String($0)) } ?? .residents
        _ = try context.require(kind.permission)
        return renderForm(kind, context: context)
    }

    private func renderForm(
        _ kind: ImportKind, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let strings = context.strings
        return pages.page(
            "importForm", title: strings["import_title_\(kind.rawValue)"],
            model: [
                "kind": kind.rawValue, "title": strings["import_title_\(kind.rawValue)"],
                "hint": strings["import_hint_\(kind.rawValue)"],
                "fieldErrors": Display.fieldErrors(errors, strings),
            ],
            context: context, status: status)
    }

    @Sendable func upload(request: Request, context: AppRequestContext) async throws -> Response {
        // Who may import anything is known before a 64 MiB body is read; what they may import, after.
        let signedIn = try context.requirePrincipal()
        guard ImportKind.allCases.contains(where: { signedIn.can($0.permission) }) else { throw AppError.forbidden }
        guard signedIn.mayChange else { throw AppError.twoFactorRequired }
        guard !jobs.hasRunning(for: signedIn) else {
            return renderForm(.residents, context: context, errors: [FieldError("file", .importRunning)], status: .conflict)
        }
        let upload = try await Upload.checked(request, context: context)
        let kind = ImportKind(rawValue: upload.fields["kind"] ?? "") ?? .residents
        let principal = try context.require(kind.permission)
        let work: @Sendable (@escaping @Sendable (ImportProgress) -> Void) async throws -> ImportSummary
        do {
            guard let data = upload.data else { throw AppError.validation([FieldError("file", .required)]) }
            work = try kind.prepare(try SheetFiles.records(data), store: store, by: principal)
        } catch AppError.validation(let errors) {
            return renderForm(kind, context: context, errors: errors, status: .unprocessableContent)
        } catch let failure as RowValidationFailure {
            // The header is missing columns: named before anything else is tried.
            let errors = failure.errors.map { FieldError($0.field, $0.problem) }
            return renderForm(kind, context: context, errors: errors, status: .unprocessableContent)
        }
        let id = jobs.start(for: principal, kind: kind, fileName: upload.fileName, work: work)
        return redirect(to: ImportRoute.job.path(id))
    }

    @Sendable func job(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard let job = jobs.job(try context.parameters.require("id"), for: principal) else {
            // Progress lives with the server running the import: after a restart, or from another server, it is gone.
            return pages.errorPage(message: context.strings["import_unknown"], status: .notFound, context: context)
        }
        let strings = context.strings
        var model: [String: Any] = ["fileName": job.fileName.isEmpty ? "—" : job.fileName]
        var refresh: Int?
        switch job.outcome {
        case .running(let progress):
            refresh = 1
            model["running"] = true
            model["percent"] = progress.percent
            model["phase"] = strings.format(
                "import_phase_\(progress.phase.rawValue)", ["done": String(progress.done), "total": String(progress.total)])
        case .imported(let summary):
            model["imported"] = true
            model["summary"] = job.kind.summary(summary, strings)
        case .refused(let errors):
            model["refused"] = true
            model["summary"] = strings.format(
                "import_refused", ["rows": String(Set(errors.map(\.row)).count), "problems": String(errors.count)])
            model["errors"] = errors.prefix(Self.listedErrors).map { error in
                [
                    "row": String(error.row),
                    "column": error.column ?? strings.fieldName(error.field),
                    "reason": strings.message(for: error.problem),
                ]
            }
            if errors.count > Self.listedErrors {
                model["more"] = strings.format("import_more", ["n": String(errors.count - Self.listedErrors)])
            }
        case .failed:
            model["failed"] = true
        }
        model["again"] = ImportRoute.form.path().query(["kind": job.kind.rawValue])
        return pages.page(
            "importJob", title: strings["import_title_\(job.kind.rawValue)"], model: model, context: context, refreshSeconds: refresh)
    }
}
