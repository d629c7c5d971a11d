import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Foundation
import Hummingbird

/// Importing residents from a page: the templates to download, an upload form, and a page that follows the
/// import with a progress bar and ends with what went in or every row that needs correcting.
struct ImportPages: Sendable {
    let store: Store
    let pages: PageRenderer
    let jobs: ImportJobs

    /// Beyond this many, refused rows are counted rather than listed; the file is refused whole anyway.
    static let listedErrors = 500

    func register(on router: Router<AppRequestContext>) {
        router.get("/registry/template.csv", use: template)
        router.get("/registry/template.xlsx", use: template)
        router.get("/registry/import", use: form)
        router.post("/registry/import", use: upload)
        router.get("/registry/imports/:id", use: job)
    }

    @Sendable func template(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.viewRegistry)
        return SheetFiles.download(
            ResidentSheet.templateRows, as: SheetFormat(path: request.uri.path), name: "residents-template",
            sheetName: context.strings["import_sheet_residents"])
    }

    @Sendable func form(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.editRegistry)
        return renderForm(context: context)
    }

    private func renderForm(context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok)
        -> Response
    {
        pages.page(
            "importForm", title: context.strings["import_title"],
            model: ["fieldErrors": Display.fieldErrors(errors, context.strings), "hasFieldErrors": !errors.isEmpty],
            context: context, status: status)
    }

    @Sendable func upload(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let rows: [ResidentSheet.Row]
        let upload: Upload
        do {
            upload = try await Upload.checked(request, context: context)
            rows = try ResidentSheet.rows(try SheetFiles.rows(upload.data))
        } catch AppError.validation(let errors) {
            return renderForm(context: context, errors: errors, status: .unprocessableContent)
        } catch let failure as RowValidationFailure {
            // The header is missing columns: named before anything else is tried.
            return renderForm(
                context: context, errors: failure.errors.map { FieldError($0.field, $0.problem) },
                status: .unprocessableContent)
        }
        let residents = store.residents
        let id = jobs.start(for: principal, fileName: upload.fileName) { progress in
            try await residents.importRows(rows, by: principal, progress: progress)
        }
        return redirect(to: "/registry/imports/\(id)")
    }

    @Sendable func job(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.editRegistry)
        guard let job = jobs.job(try context.parameters.require("id"), for: principal) else { throw AppError.notFound }
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
            model["summary"] = strings.format(
                "import_done", ["residents": String(summary.residents), "households": String(summary.householdsCreated)])
        case .refused(let errors):
            model["refused"] = true
            model["summary"] = strings.format(
                "import_refused", ["rows": String(Set(errors.map(\.row)).count), "problems": String(errors.count)])
            model["errors"] = errors.prefix(Self.listedErrors).map { error in
                [
                    "row": String(error.row),
                    "column": ResidentSheet.Column.allCases.first { $0.field == error.field }?.rawValue
                        ?? strings.fieldName(error.field),
                    "reason": strings.message(for: error.problem),
                ]
            }
            if errors.count > Self.listedErrors {
                model["more"] = strings.format("import_more", ["n": String(errors.count - Self.listedErrors)])
            }
        case .failed:
            model["failed"] = true
        }
        return pages.page(
            "importJob", title: strings["import_title"], model: model, context: context, refreshSeconds: refresh)
    }
}
