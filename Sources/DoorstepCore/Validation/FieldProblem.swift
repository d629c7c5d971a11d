/// Why one field of an input was refused. The server turns each into a message in the user's language; the case
/// names are stable and appear in API errors as `code`.
public enum FieldProblem: Error, Sendable, Equatable, Codable, Hashable {
    case required
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    case tooFewCharacterClasses(minimum: Int)
    case codeFormat(digits: Int)
    case codeNotUnderParent(parent: String)
    case unknownValue(allowed: [String])
    case alreadyExists
    case notFound
    case scopeNotAllowedForRole(role: Role)
    case outsideYourScope
    case roleNotAssignable
    case usernameFormat
    case mismatch
    case invalidOneTimeCode
    case scopeFormat
    case idNumberLength
    case idNumberCharacters
    case idNumberBirthDate
    case idNumberCheckCharacter
    case phoneFormat
    /// The ID number is already registered, at the (masked) place named.
    case duplicateIDNumber(place: String)
    /// The same value appears in an earlier row of the same file.
    case duplicateInFile(row: Int)
    /// The ID number is already registered outside the caller's scope; where is not said.
    case duplicateIDNumberElsewhere
    /// An uploaded CSV that is not UTF-8 (Excel's plain "CSV" on a Chinese Windows is GBK).
    case fileNotUTF8
    /// An upload that is neither CSV nor an XLSX workbook (an old .xls, for example).
    case fileNotWorkbook
    /// An upload, or a part inside a workbook, over the size limit.
    case fileTooLarge
    /// A workbook whose insides are broken.
    case fileDamaged
    /// Not a GeoJSON polygon of at least three points with valid longitudes and latitudes.
    case boundaryFormat
    /// A number below the least allowed.
    case tooSmall(minimum: Int)
    /// A number above the most allowed.
    case tooLarge(maximum: Int)
    /// A change to the value it already has.
    case sameAsBefore
    /// A name that fits more than one record; the message says how to tell them apart.
    case ambiguous
    /// Not a real date on or before today.
    case dateFormat
    /// Not a whole number.
    case notANumber
    /// The account already has an import running.
    case importRunning
    /// A photo that is not a JPEG, PNG or WebP image.
    case photoFormat
    /// A category code that is not 1 to 12 letters or digits.
    case categoryCodeFormat
    /// A photo over the size limit, in megabytes.
    case photoTooLarge(maximumMegabytes: Int)
    /// Too many photos on one step.
    case tooManyPhotos(maximum: Int)
    /// Asked for after the deadline had passed.
    case pastDeadline
    /// A day further back than records of this kind may be written.
    case tooLongAgo(maximumDays: Int)
    /// A points rule's cap for the year is already reached.
    case capReached(maximum: Int)
    /// A decision the one who asked for it may not take.
    case ownRequest
    /// The account is not linked to the record the action needs (a Party member's own record).
    case notLinked
    /// A record about a person that may only be kept with their (or their guardian's) consent, given without it.
    case consentRequired
    /// A person who is not among those authorised for this (a child's pick-up).
    case notAuthorised
    /// Outside the time the record is open for (a survey before it opens or after it closes).
    case notOpen
    /// Not a valid calendar day (any day, past or future).
    case dayFormat
    /// An end before its start.
    case beforeStart
    /// Text holding a control character (NUL, escape, …), which no one types and no page can show.
    case controlCharacters
    /// A value of the wrong kind in a JSON body: text where a number belongs, a number where text does.
    case wrongType(expected: JSONKind)
    /// A sheet's header without these columns (as the template names them).
    case missingColumns([String])
    /// A value as a masked export shows it (`110105********002X`, `138****8000`), not the value itself.
    case maskedValue
    /// An ID number Excel turned into a number (`1.10105E+17`), which has lost its last digits.
    case storedAsNumber
    /// An old Excel file (.xls) or a workbook with a password, which must be saved as a plain .xlsx first.
    case fileOldExcel

    /// The stable identifier of the problem, used in API errors.
    public var code: String {
        switch self {
        case .required: "required"
        case .tooShort: "tooShort"
        case .tooLong: "tooLong"
        case .tooFewCharacterClasses: "tooFewCharacterClasses"
        case .codeFormat: "codeFormat"
        case .codeNotUnderParent: "codeNotUnderParent"
        case .unknownValue: "unknownValue"
        case .alreadyExists: "alreadyExists"
        case .notFound: "notFound"
        case .scopeNotAllowedForRole: "scopeNotAllowedForRole"
        case .outsideYourScope: "outsideYourScope"
        case .roleNotAssignable: "roleNotAssignable"
        case .usernameFormat: "usernameFormat"
        case .mismatch: "mismatch"
        case .invalidOneTimeCode: "invalidOneTimeCode"
        case .scopeFormat: "scopeFormat"
        case .idNumberLength: "idNumberLength"
        case .idNumberCharacters: "idNumberCharacters"
        case .idNumberBirthDate: "idNumberBirthDate"
        case .idNumberCheckCharacter: "idNumberCheckCharacter"
        case .phoneFormat: "phoneFormat"
        case .duplicateIDNumber: "duplicateIDNumber"
        case .duplicateInFile: "duplicateInFile"
        case .duplicateIDNumberElsewhere: "duplicateIDNumberElsewhere"
        case .fileNotUTF8: "fileNotUTF8"
        case .fileNotWorkbook: "fileNotWorkbook"
        case .fileTooLarge: "fileTooLarge"
        case .fileDamaged: "fileDamaged"
        case .boundaryFormat: "boundaryFormat"
        case .tooSmall: "tooSmall"
        case .tooLarge: "tooLarge"
        case .sameAsBefore: "sameAsBefore"
        case .ambiguous: "ambiguous"
        case .dateFormat: "dateFormat"
        case .notANumber: "notANumber"
        case .importRunning: "importRunning"
        case .photoFormat: "photoFormat"
        case .categoryCodeFormat: "categoryCodeFormat"
        case .photoTooLarge: "photoTooLarge"
        case .tooManyPhotos: "tooManyPhotos"
        case .pastDeadline: "pastDeadline"
        case .tooLongAgo: "tooLongAgo"
        case .capReached: "capReached"
        case .ownRequest: "ownRequest"
        case .notLinked: "notLinked"
        case .consentRequired: "consentRequired"
        case .notAuthorised: "notAuthorised"
        case .notOpen: "notOpen"
        case .dayFormat: "dayFormat"
        case .beforeStart: "beforeStart"
        case .controlCharacters: "controlCharacters"
        case .wrongType: "wrongType"
        case .missingColumns: "missingColumns"
        case .maskedValue: "maskedValue"
        case .storedAsNumber: "storedAsNumber"
        case .fileOldExcel: "fileOldExcel"
        }
    }
}

/// One refused field: its name as the client sent it, and why.
public struct FieldError: Sendable, Equatable, Codable, Hashable {
    public var field: String
    public var problem: FieldProblem

    public init(_ field: String, _ problem: FieldProblem) {
        self.field = field
        self.problem = problem
    }
}

/// An input refused for one or more fields. All bad fields are collected before this is thrown, so the user
/// sees every problem at once.
public struct ValidationFailure: Error, Sendable, Equatable {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) {
        self.errors = errors
    }
}

/// Collects field problems and throws them together.
public struct Validator: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func check(_ field: String, _ problem: FieldProblem?) {
        if let problem { errors.append(FieldError(field, problem)) }
    }

    /// Checks that a required text field is present and not longer than `maximum`.
    public mutating func text(_ field: String, _ value: String?, maximum: Int = 200) {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            errors.append(FieldError(field, .required))
        } else if trimmed.count > maximum {
            errors.append(FieldError(field, .tooLong(maximum: maximum)))
        }
    }

    /// Checks the reason given for looking at personal data in full: written, at least two characters, at most 200.
    public mutating func reason(_ value: String, field: String = "reason") {
        text(field, value, maximum: 200)
        if !value.trimmingCharacters(in: .whitespaces).isEmpty, value.trimmingCharacters(in: .whitespaces).count < 2 {
            check(field, .tooShort(minimum: 2))
        }
    }

    public func throwIfAny() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}

import Foundation

/// One refused row of a batch (an import file): its 1-based number, the field and why.
public struct RowError: Sendable, Equatable, Codable, Hashable {
    public var row: Int
    public var field: String
    public var problem: FieldProblem
    /// The column as the file's header names it (证件号码), when the rows came from a sheet.
    public var column: String?

    public init(_ row: Int, _ field: String, _ problem: FieldProblem, column: String? = nil) {
        self.row = row
        self.field = field
        self.problem = problem
        self.column = column
    }
}

/// A batch refused as a whole, with every bad row named.
public struct RowValidationFailure: Error, Sendable, Equatable {
    public var errors: [RowError]

    public init(_ errors: [RowError]) {
        self.errors = errors
    }
}
