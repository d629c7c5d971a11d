import Foundation

/// The OpenAPI 3.1 description of the API: the base below (information, shared parameters and schemas), and a path
/// item for every API route, written beside its domain (`…OpenAPI.swift`) as the route's `operations`. The paths come
/// from the route values themselves, so none can be described under a path the router does not have, and the
/// compiler asks for the description of every new API route.
enum OpenAPIDocument {
    static let json: String = {
        var document = (try? JSONSerialization.jsonObject(with: Data(base.utf8))) as? [String: Any] ?? [:]
        var paths: [String: Any] = [:]
        for set in RouteTable.apiSets {
            paths.merge(pathItems(set)) { _, _ in preconditionFailure("an OpenAPI path appears twice") }
        }
        document["paths"] = paths
        let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? base
    }()

    private static func pathItems<Set: APIRouteSet>(_ set: Set.Type) -> [String: Any] {
        Dictionary(uniqueKeysWithValues: Set.allCases.map { route in
            // A description that is not JSON is a bug the OpenAPI test finds at once.
            (route.openAPIPath, (try? JSONSerialization.jsonObject(with: Data(route.operations.utf8))) ?? [:])
        })
    }

    static let base = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Doorstep API",
        "version": "1.0.0",
        "description": "Community governance (家门口). Every call but token creation needs `Authorization: Bearer <token>`. Errors are RFC 9457 problem documents in the request's language (Accept-Language: zh-CN or en). Records outside the caller's territorial scope answer 404."
      },
      "servers": [{"url": "/"}],
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "parameters": {
          "code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]+$"}},
          "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}
        },
        "responses": {
          "Problem": {"description": "A problem document", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        },
        "schemas": {
          "SurveyQuestionInput": {"type": "object", "required": ["kind", "text"], "properties": {"kind": {"type": "string", "enum": ["scale", "text"]}, "text": {"type": "string", "maxLength": 200}}},
          "Survey": {"type": "object", "properties": {"id": {"type": "string"}, "communityCode": {"type": "string"}, "place": {"type": "string", "description": "community:<code>, estate:<id> or grid:<code>"}, "placeName": {"type": "string"}, "title": {"type": "string"}, "opensOn": {"type": "string", "format": "date"}, "closesOn": {"type": "string", "format": "date"}, "questions": {"type": "array", "items": {"type": "object", "properties": {"key": {"type": "string"}, "position": {"type": "integer"}, "kind": {"type": "string", "enum": ["scale", "text"]}, "text": {"type": "string"}}}}, "overallQuestion": {"type": ["string", "null"]}, "publicPath": {"type": "string"}}},
          "SatisfactionRate": {"type": "object", "description": "满意率 = households answering 非常满意 or 满意 to the overall question / households answering it", "properties": {"satisfied": {"type": "integer"}, "answers": {"type": "integer"}, "percent": {"type": ["number", "null"], "description": "One decimal; null when nobody answered"}, "levels": {"type": "object", "additionalProperties": {"type": "integer"}}, "text": {"type": "string"}}},
          "SurveyFigure": {"type": "object", "properties": {"survey": {"$ref": "#/components/schemas/Survey"}, "rate": {"$ref": "#/components/schemas/SatisfactionRate"}}},
          "Visit": {"type": "object", "properties": {"id": {"type": "string"}, "householdID": {"type": "string"}, "householdLabel": {"type": "string"}, "memberID": {"type": "string"}, "visitorName": {"type": "string"}, "visitedOn": {"type": "string"}, "findings": {"type": "string"}, "opinionID": {"type": "string"}, "caseID": {"type": "string"}, "activityID": {"type": "string"}, "hasPhoto": {"type": "boolean"}}},
          "DueVisit": {"type": "object", "properties": {"householdID": {"type": "string"}, "householdLabel": {"type": "string"}, "memberID": {"type": "string"}, "memberName": {"type": "string"}, "lastVisitedOn": {"type": "string"}, "dueOn": {"type": "string"}}},
          "Opinion": {"type": "object", "properties": {"id": {"type": "string"}, "topic": {"type": "string"}, "content": {"type": "string"}, "communityCode": {"type": "string"}, "gridCode": {"type": "string"}, "householdID": {"type": "string"}, "memberID": {"type": "string"}, "collectorName": {"type": "string"}, "collectedOn": {"type": "string"}, "answer": {"type": "string"}, "caseID": {"type": "string"}, "visitID": {"type": "string"}, "source": {"type": "string", "enum": ["visit", "meeting", "publicPage", "hotline"]}, "status": {"type": "string", "enum": ["open", "answered", "caseRaised"]}}},
          "FigureRecord": {"type": "object", "properties": {"kind": {"type": "string"}, "id": {"type": "string"}, "day": {"type": "string"}, "summary": {"type": "string"}, "by": {"type": "string"}}},
          "Exemplar": {"type": "object", "properties": {"measure": {"type": "string"}, "memberID": {"type": "string"}, "memberName": {"type": "string"}, "count": {"type": "integer"}}},
          "PointRule": {"type": "object", "properties": {"id": {"type": "string"}, "communityCode": {"type": "string"}, "item": {"type": "string"}, "points": {"type": "integer"}, "capPerYear": {"type": "integer"}, "evidenceRequired": {"type": "boolean"}, "active": {"type": "boolean"}, "trigger": {"type": "string", "enum": ["visit", "opinion", "caseSolved", "disputeSettled", "attendance", "pledgeFulfilled", "claimed", "deduction"]}}},
          "PointEntry": {"type": "object", "description": "A ledger line; lines are never changed or removed.", "properties": {"id": {"type": "string"}, "memberID": {"type": "string"}, "ruleID": {"type": "string"}, "item": {"type": "string"}, "points": {"type": "integer"}, "earnedOn": {"type": "string"}, "reason": {"type": "string"}, "source": {"type": "string"}, "recordedBy": {"type": "string"}, "kind": {"type": "string", "enum": ["automatic", "approvedClaim", "rejectedClaim", "deduction", "correction"]}}},
          "PointClaim": {"type": "object", "properties": {"id": {"type": "string"}, "memberID": {"type": "string"}, "memberName": {"type": "string"}, "ruleID": {"type": "string"}, "item": {"type": "string"}, "points": {"type": "integer"}, "earnedOn": {"type": "string"}, "evidence": {"type": "string"}, "decisionReason": {"type": "string"}, "status": {"type": "string", "enum": ["pending", "approved", "rejected"]}}},
          "PointsPublication": {"type": "object", "properties": {"id": {"type": "string"}, "orgID": {"type": "string"}, "publishedAt": {"type": "string"}, "objectionsUntil": {"type": "string"}, "quarter": {"type": "object", "properties": {"year": {"type": "integer"}, "number": {"type": "integer"}}}, "lines": {"type": "array", "items": {"type": "object", "properties": {"memberID": {"type": "string"}, "memberName": {"type": "string"}, "quarterPoints": {"type": "integer"}, "yearPoints": {"type": "integer"}, "exempt": {"type": "boolean"}}}}}},
          "VanguardTeam": {"type": "object", "properties": {"id": {"type": "string"}, "communityCode": {"type": "string"}, "name": {"type": "string"}, "memberIDs": {"type": "array", "items": {"type": "string"}}}},
          "TeamActivity": {"type": "object", "properties": {"id": {"type": "string"}, "teamID": {"type": "string"}, "title": {"type": "string"}, "heldOn": {"type": "string"}, "result": {"type": "string"}, "visits": {"type": "integer", "description": "Visits recorded as part of it"}, "opinions": {"type": "integer"}, "kind": {"type": "string", "enum": ["policyPublicity", "opinionCollection", "mediation", "volunteerService"]}, "participantIDs": {"type": "array", "items": {"type": "string"}}}},
          "CaseState": {"type": "string", "enum": ["reported", "accepted", "registered", "dispatched", "inProgress", "feedback", "checking", "closed", "evaluated", "rejected", "voided", "returned", "shelved"]},
          "Satisfaction": {"type": "string", "enum": ["verySatisfied", "satisfied", "fairlySatisfied", "dissatisfied", "veryDissatisfied"]},
          "Case": {
            "type": "object",
            "description": "A case of the closed loop. Every step raises `version`; a step names the version it saw.",
            "required": ["id", "trackingCode", "version", "state", "source", "kind", "categoryCode", "categoryName", "urgency", "limit", "description", "communityCode"],
            "properties": {
              "id": {"type": "string"}, "trackingCode": {"type": "string"}, "version": {"type": "integer"},
              "state": {"$ref": "#/components/schemas/CaseState"},
              "source": {"type": "string", "enum": ["patrol", "visit", "selfReport", "hotline12345", "walkIn", "superior", "partner"]},
              "kind": {"type": "string", "enum": ["event", "component", "request", "dispute"]},
              "categoryCode": {"type": "string"}, "categoryName": {"type": "string"},
              "urgency": {"type": "string", "enum": ["routine", "urgent", "emergency"]},
              "limit": {"type": "string", "description": "working hours (8h) or working days (3d)"},
              "description": {"type": "string"}, "address": {"type": "string"},
              "latitude": {"type": ["number", "null"]}, "longitude": {"type": ["number", "null"]},
              "buildingID": {"type": ["string", "null"]}, "communityCode": {"type": "string"}, "gridCode": {"type": ["string", "null"]},
              "reporterName": {"type": "string"}, "anonymous": {"type": "boolean"}, "reporterPhoneMasked": {"type": ["string", "null"]},
              "handler": {"type": ["object", "null"], "properties": {"accountID": {"type": ["string", "null"]}, "name": {"type": "string"}}},
              "dispatchedAt": {"type": ["string", "null"], "format": "date-time"}, "respondedAt": {"type": ["string", "null"], "format": "date-time"},
              "warnAt": {"type": ["string", "null"], "format": "date-time"}, "deadline": {"type": ["string", "null"], "format": "date-time"},
              "pausedAt": {"type": ["string", "null"], "format": "date-time"},
              "escalation": {"type": "string", "enum": ["grid", "community", "street"]},
              "reworkCount": {"type": "integer"}, "reopenCount": {"type": "integer"},
              "closedAt": {"type": ["string", "null"], "format": "date-time"}, "closedOnTime": {"type": ["boolean", "null"]},
              "evaluation": {"type": ["object", "null"], "properties": {"solved": {"type": "boolean"}, "satisfaction": {"$ref": "#/components/schemas/Satisfaction"}, "at": {"type": "string", "format": "date-time"}}},
              "clock": {"type": "string", "enum": ["none", "green", "yellow", "red", "stopped"]}
            }
          },
          "CaseEvent": {
            "type": "object",
            "required": ["caseID", "version", "action", "from", "to", "actorName", "note", "at"],
            "properties": {
              "caseID": {"type": "string"}, "version": {"type": "integer"}, "action": {"type": "string"},
              "from": {"$ref": "#/components/schemas/CaseState"}, "to": {"$ref": "#/components/schemas/CaseState"},
              "actorID": {"type": "string"}, "actorName": {"type": "string"}, "actorStanding": {"type": "string", "enum": ["staff", "gridWorker", "reporter", "system"]},
              "note": {"type": "string"}, "isPublic": {"type": "boolean"}, "noteIsPublic": {"type": "boolean"}, "at": {"type": "string", "format": "date-time"}
            }
          },
          "CaseCategory": {
            "type": "object",
            "required": ["kind", "code", "version", "name", "defaultHandler", "limits", "responseLimit", "isLocal"],
            "properties": {
              "standardRef": {"type": ["string", "null"]}, "kind": {"type": "string", "enum": ["event", "component", "request", "dispute"]},
              "code": {"type": "string"}, "version": {"type": "integer"}, "name": {"type": "string"}, "parentCode": {"type": ["string", "null"]},
              "defaultHandler": {"type": "string", "enum": ["grid", "community", "street"]},
              "limits": {"type": "object", "properties": {"routine": {"type": "string"}, "urgent": {"type": "string"}, "emergency": {"type": "string"}}},
              "responseLimit": {"type": "string"}, "registerCondition": {"type": "string"}, "closeCondition": {"type": "string"},
              "isLocal": {"type": "boolean"}, "communityCode": {"type": ["string", "null"]}, "active": {"type": "boolean"}
            }
          },
          "CaseStep": {
            "type": "object",
            "required": ["action", "version"],
            "properties": {
              "action": {"type": "string", "enum": ["accept", "reject", "register", "void", "merge", "dispatch", "signFor", "return", "requestExtension", "approveExtension", "refuseExtension", "shelve", "resume", "submitFeedback", "startCheck", "checkPassed", "checkFailed", "evaluate"]},
              "version": {"type": "integer", "description": "the version of the case the step acts on"},
              "note": {"type": "string"}, "categoryCode": {"type": "string"}, "urgency": {"type": "string"},
              "handlerAccountID": {"type": "string"}, "handlerUnit": {"type": "string"}, "workingDays": {"type": "integer"},
              "reviewOn": {"type": "string", "format": "date"}, "into": {"type": "string"}, "solved": {"type": "boolean"},
              "satisfaction": {"$ref": "#/components/schemas/Satisfaction"},
              "photos": {"type": "array", "items": {"type": "object", "properties": {"data": {"type": "string", "contentEncoding": "base64"}}}}
            }
          },
          "PublicCase": {
            "type": "object",
            "properties": {
              "trackingCode": {"type": "string"}, "state": {"$ref": "#/components/schemas/CaseState"}, "categoryName": {"type": "string"},
              "description": {"type": "string"}, "communityName": {"type": "string"}, "reportedAt": {"type": "string", "format": "date-time"},
              "closedAt": {"type": ["string", "null"], "format": "date-time"}, "version": {"type": "integer"},
              "history": {"type": "array", "items": {"$ref": "#/components/schemas/CaseEvent"}}
            }
          },
          "Notice": {
            "type": "object",
            "properties": {
              "id": {"type": "string"}, "caseID": {"type": ["string", "null"]},
              "kind": {"type": "string", "enum": ["reported", "dispatched", "rework", "reopened", "warning", "escalated", "extensionRequested", "awaitingCheck", "returned", "reviewDue"]},
              "detail": {"type": "string"}, "caseTitle": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"},
              "readAt": {"type": ["string", "null"], "format": "date-time"}
            }
          },
          "Problem": {
            "type": "object",
            "required": ["type", "title", "status"],
            "properties": {
              "type": {"type": "string"},
              "title": {"type": "string"},
              "status": {"type": "integer"},
              "detail": {"type": "string"},
              "retryAt": {"type": "string", "format": "date-time", "description": "For 429 tooManyAttempts: when the next try may be made"},
              "current": {"$ref": "#/components/schemas/Case", "description": "For 409 caseMoved: the case as it now stands"},
              "rows": {"type": "array", "items": {"type": "object", "required": ["row", "field", "code", "message"], "properties": {
                "row": {"type": "integer"}, "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}}},
              "errors": {"type": "array", "items": {"type": "object", "required": ["field", "code", "message"], "properties": {
                "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"},
                "allowed": {"type": "array", "items": {"type": "string"}, "description": "For unknownValue: the codes allowed; the message names them in words"}}}}
            }
          },
          "Role": {"type": "string", "enum": ["streetAdmin", "communityAdmin", "gridWorker", "partyMember", "volunteer", "partner", "resident", "auditor"]},
          "Account": {
            "type": "object",
            "required": ["id", "username", "displayName", "role", "scope", "twoFactorEnabled", "disabled", "createdAt"],
            "properties": {
              "id": {"type": "string"}, "username": {"type": "string"}, "displayName": {"type": "string"},
              "role": {"$ref": "#/components/schemas/Role"},
              "scope": {"type": "string", "description": "level:code, e.g. grid:320106005001001"},
              "language": {"type": ["string", "null"], "enum": ["zh-CN", "en", null]},
              "twoFactorEnabled": {"type": "boolean"}, "disabled": {"type": "boolean"},
              "createdAt": {"type": "string", "format": "date-time"}
            }
          },
          "AccountInput": {
            "type": "object",
            "properties": {
              "username": {"type": "string"}, "displayName": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"},
              "scope": {"type": "string"}, "password": {"type": "string", "format": "password"}
            }
          },
          "Street": {"type": "object", "required": ["code", "name"], "properties": {"code": {"type": "string"}, "name": {"type": "string"}}},
          "Community": {"type": "object", "required": ["code", "streetCode", "name"], "properties": {"code": {"type": "string"}, "streetCode": {"type": "string"}, "name": {"type": "string"}}},
          "Grid": {"type": "object", "required": ["code", "communityCode", "name"], "properties": {"code": {"type": "string"}, "communityCode": {"type": "string"}, "name": {"type": "string"}, "boundary": {"description": "A GeoJSON Polygon (longitude, latitude), when drawn", "type": ["object", "null"]}, "householdTarget": {"type": ["integer", "null"], "minimum": 0}}},
          "Estate": {"type": "object", "required": ["id", "communityCode", "name", "address"], "properties": {"id": {"type": "string"}, "communityCode": {"type": "string"}, "name": {"type": "string"}, "address": {"type": "string"}}},
          "Token": {
            "type": "object",
            "required": ["id", "name", "createdAt", "expiresAt"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"},
              "createdAt": {"type": "string", "format": "date-time"}, "expiresAt": {"type": "string", "format": "date-time"},
              "lastUsedAt": {"type": ["string", "null"], "format": "date-time"}, "revokedAt": {"type": ["string", "null"], "format": "date-time"}
            }
          },
          "AuditEntry": {
            "type": "object",
            "properties": {
              "sequence": {"type": "integer"}, "at": {"type": "string", "format": "date-time"}, "actorId": {"type": ["string", "null"]},
              "actorName": {"type": "string"}, "action": {"type": "string"}, "subject": {"type": "string"},
              "territoryCode": {"type": ["string", "null"]}, "detail": {"type": "string"}, "reason": {"type": ["string", "null"]}, "hash": {"type": "string"}
            }
          },
          "Building": {"type": "object", "required": ["id", "gridCode", "name", "address"], "properties": {
            "id": {"type": "string"}, "gridCode": {"type": "string"}, "name": {"type": "string"}, "address": {"type": "string"},
            "latitude": {"type": ["number", "null"]}, "longitude": {"type": ["number", "null"]}, "estateID": {"type": ["string", "null"]}}},
          "Household": {"type": "object", "required": ["id", "buildingID", "gridCode", "unit", "room"], "properties": {
            "id": {"type": "string"}, "buildingID": {"type": "string"}, "gridCode": {"type": "string"}, "unit": {"type": "string"}, "room": {"type": "string"}}},
          "DataRequest": {
            "type": "object",
            "description": "A resident's request to correct or delete their own record; a sensitive proposed value is masked.",
            "properties": {
              "id": {"type": "string"}, "residentID": {"type": "string"}, "residentName": {"type": "string"}, "gridCode": {"type": "string"},
              "kind": {"type": "string", "enum": ["correction", "deletion"]},
              "field": {"type": ["string", "null"], "enum": ["name", "idNumber", "phone", "relationToHead", "residenceStatus", "other", null]},
              "proposedValue": {"type": ["string", "null"]}, "note": {"type": "string"},
              "status": {"type": "string", "enum": ["open", "done", "refused"]},
              "createdAt": {"type": "string", "format": "date-time"}, "decidedAt": {"type": ["string", "null"], "format": "date-time"},
              "decisionNote": {"type": ["string", "null"]}
            }
          },
          "OwnRecord": {
            "type": "object",
            "description": "The signed-in resident's own record, in full (the access is audited).",
            "properties": {
              "name": {"type": "string"}, "idDocumentType": {"type": "string"}, "idNumber": {"type": "string"}, "phone": {"type": ["string", "null"]},
              "sex": {"type": ["string", "null"]}, "birthDate": {"type": ["string", "null"]}, "relationToHead": {"type": "string"},
              "residenceStatus": {"type": "string"}, "careCategories": {"type": "array", "items": {"type": "string"}},
              "building": {"type": "string"}, "address": {"type": "string"}, "unit": {"type": "string"}, "room": {"type": "string"},
              "registeredAt": {"type": "string", "format": "date-time"}
            }
          },
          "Resident": {
            "type": "object",
            "description": "Personal fields are masked; see /reveal.",
            "properties": {
              "id": {"type": "string"}, "householdID": {"type": "string"}, "gridCode": {"type": "string"}, "name": {"type": "string"},
              "idDocumentType": {"type": "string", "enum": ["residentIDCard", "travelPermit", "passport"]},
              "idNumberMasked": {"type": "string", "examples": ["110105********0123"]},
              "phoneMasked": {"type": ["string", "null"], "examples": ["138****8000"]},
              "sex": {"type": ["string", "null"], "enum": ["male", "female", null]},
              "ageBand": {"type": ["string", "null"], "description": "The decade of life; the birth date needs a reveal", "examples": ["70-79"]},
              "relationToHead": {"type": "string"}, "residenceStatus": {"type": "string", "enum": ["registered", "permanent", "floating"]},
              "hasCareCategories": {"type": "boolean"}
            }
          },
          "ResidentInput": {
            "type": "object",
            "properties": {
              "householdID": {"type": "string"}, "name": {"type": "string"},
              "idDocumentType": {"type": "string", "enum": ["residentIDCard", "travelPermit", "passport"], "default": "residentIDCard"},
              "idNumber": {"type": "string", "description": "GB 11643 for residentIDCard: check character, real past birth date; lower-case x accepted"},
              "phone": {"type": "string", "description": "mainland mobile or landline with area code"},
              "relationToHead": {"type": "string"}, "residenceStatus": {"type": "string", "enum": ["registered", "permanent", "floating"]},
              "careCategories": {"type": "array", "items": {"type": "string", "enum": ["elderlyLivingAlone", "disabled", "lowIncome", "childInHardship"]}}
            }
          },
          "PartyOrg": {"type": "object", "properties": {
            "id": {"type": "string"}, "kind": {"type": "string", "enum": ["workCommittee", "communityCommittee", "gridBranch", "buildingGroup"]},
            "name": {"type": "string"}, "parentID": {"type": ["string", "null"]}, "territoryCode": {"type": "string"},
            "gridCodes": {"type": "array", "items": {"type": "string"}}, "buildingIDs": {"type": "array", "items": {"type": "string"}}}},
          "PartyMember": {"type": "object", "properties": {
            "id": {"type": "string"}, "orgID": {"type": "string"}, "name": {"type": "string"}, "residentID": {"type": ["string", "null"]},
            "dualCheckIn": {"type": "boolean"}, "status": {"type": "string", "enum": ["full", "probationary"]},
            "employment": {"type": "string", "enum": ["employed", "retired", "mobile"]}, "joinedOn": {"type": "string", "format": "date"}}},
          "PartyFigures": {"type": "object", "description": "S1: members, branches and groups of the caller's scope; grids with no branch and no group", "properties": {
            "members": {"type": "integer"}, "fullMembers": {"type": "integer"}, "probationaryMembers": {"type": "integer"},
            "communityCommittees": {"type": "integer"}, "gridBranches": {"type": "integer"}, "buildingGroups": {"type": "integer"},
            "grids": {"type": "integer"}, "uncoveredGrids": {"type": "array", "items": {"type": "string"}}}},
          "GridWorker": {"type": "object", "properties": {"id": {"type": "string"}, "gridCode": {"type": "string"}, "name": {"type": "string"},
            "accountID": {"type": ["string", "null"]}, "fullTime": {"type": "boolean"}, "isLeader": {"type": "boolean"}}},
          "PartyMemberHub": {"type": "object", "properties": {"id": {"type": "string"}, "memberID": {"type": "string"}, "householdID": {"type": "string"},
            "gridCode": {"type": "string"}, "linkedHouseholdIDs": {"type": "array", "items": {"type": "string"}}}},
          "Figures": {"type": "object", "properties": {"communities": {"type": "integer"}, "grids": {"type": "integer"}, "accounts": {"type": ["integer", "null"]}}}
        }
      },
      "security": [{"bearer": []}]
    }
    """#
}

/// The served OpenAPI text, for tests that compare it with the router.
public var openAPIDocumentText: String { OpenAPIDocument.json }
