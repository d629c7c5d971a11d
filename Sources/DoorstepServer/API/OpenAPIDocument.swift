/// The OpenAPI 3.1 description of the API, written by hand and kept true by a test that compares it with the
/// router: a route missing here fails the build's tests.
enum OpenAPIDocument {
    static let json = #"""
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
              "lockedUntil": {"type": "string", "format": "date-time"},
              "current": {"$ref": "#/components/schemas/Case", "description": "For 409 caseMoved: the case as it now stands"},
              "rows": {"type": "array", "items": {"type": "object", "required": ["row", "field", "code", "message"], "properties": {
                "row": {"type": "integer"}, "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}}},
              "errors": {"type": "array", "items": {"type": "object", "required": ["field", "code", "message"], "properties": {
                "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}}}
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
              "lockedUntil": {"type": ["string", "null"], "format": "date-time"},
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
              "sex": {"type": ["string", "null"], "enum": ["male", "female", null]}, "birthDate": {"type": ["string", "null"], "format": "date"},
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
      "security": [{"bearer": []}],
      "paths": {
        "/healthz": {"get": {"summary": "200 when the database answers", "security": [], "responses": {"200": {"description": "healthy"}, "503": {"description": "database unavailable"}}}},
        "/metrics": {"get": {"summary": "Prometheus metrics", "security": [], "responses": {"200": {"description": "text exposition format"}}}},
        "/api/openapi.json": {"get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        "/api/v1/auth/tokens": {
          "post": {
            "summary": "Exchange a username and password (and the one-time code when enrolled) for a bearer token",
            "security": [],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {
              "username": {"type": "string"}, "password": {"type": "string"}, "oneTimeCode": {"type": "string"}, "name": {"type": "string"}}}}}},
            "responses": {
              "201": {"description": "The token; its secret is shown only here", "content": {"application/json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Token"}, {"type": "object", "properties": {"token": {"type": "string"}, "account": {"$ref": "#/components/schemas/Account"}}}]}}}},
              "401": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}
            }
          },
          "get": {"summary": "The caller's tokens", "responses": {"200": {"description": "A list of tokens", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}, "nextCursor": {"type": ["string", "null"]}}}}}}}}
        },
        "/api/v1/auth/tokens/{id}": {
          "delete": {"summary": "Revoke one of the caller's tokens", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"204": {"description": "Revoked"}, "404": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/me": {"get": {"summary": "The caller's account", "responses": {"200": {"description": "Account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}}, "401": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/me/figures": {"get": {"summary": "Counts of the caller's territory, as on the home page", "responses": {"200": {"description": "Figures", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Figures"}}}}}}},
        "/api/v1/accounts": {
          "get": {"summary": "Accounts within the caller's scope", "responses": {"200": {"description": "A list of accounts"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Open an account within the caller's scope (administrators with two-factor on)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountInput"}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/accounts/{id}": {
          "get": {"summary": "One account within the caller's scope", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Account"}, "404": {"$ref": "#/components/responses/Problem"}}},
          "patch": {"summary": "Change an account's role and scope (audited)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"role": {"$ref": "#/components/schemas/Role"}, "scope": {"type": "string"}}}}}}, "responses": {"200": {"description": "Account"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/streets": {"get": {"summary": "Streets within the caller's scope", "responses": {"200": {"description": "A list of streets"}}}},
        "/api/v1/streets/{code}": {"get": {"summary": "One street", "parameters": [{"$ref": "#/components/parameters/code"}], "responses": {"200": {"description": "Street", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Street"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/communities": {"get": {"summary": "Communities within the caller's scope", "responses": {"200": {"description": "A list of communities"}}}},
        "/api/v1/communities/{code}": {"get": {"summary": "One community", "parameters": [{"$ref": "#/components/parameters/code"}], "responses": {"200": {"description": "Community", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Community"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/grids": {"get": {"summary": "Grids within the caller's scope", "parameters": [{"name": "community", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of grids"}}}},
        "/api/v1/grids/{code}": {"get": {"summary": "One grid", "parameters": [{"$ref": "#/components/parameters/code"}], "responses": {"200": {"description": "Grid", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grid"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}, "put": {"summary": "Rename a grid and set or clear its boundary and household target (audited)", "parameters": [{"$ref": "#/components/parameters/code"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "boundary": {"description": "GeoJSON Polygon or Feature, as an object or as text; null clears it", "type": ["object", "string", "null"]}, "householdTarget": {"type": ["integer", "null"], "minimum": 0}}}}}}, "responses": {"200": {"description": "The grid", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grid"}}}}, "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/estates": {
          "get": {"summary": "Estates (小区) of the communities in the caller's scope", "responses": {"200": {"description": "Estates", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Estate"}}}}}}}}},
          "post": {"summary": "Register an estate in a community (community or street scope)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["communityCode", "name", "address"], "properties": {"communityCode": {"type": "string"}, "name": {"type": "string"}, "address": {"type": "string"}}}}}}, "responses": {"201": {"description": "The estate", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Estate"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/buildings": {
          "get": {"summary": "Buildings within the caller's scope", "parameters": [{"name": "grid", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of buildings"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Register a building in a grid", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"gridCode": {"type": "string"}, "name": {"type": "string"}, "address": {"type": "string"}, "latitude": {"type": "number"}, "longitude": {"type": "number"}, "estateID": {"type": "string"}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Building"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/buildings/{id}": {"get": {"summary": "One building", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Building", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Building"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/buildings/{id}/households": {"get": {"summary": "A building's households", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "A list of households"}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/party/members/template.csv": {"get": {"summary": "The Party members' import template (CSV, Chinese headers, an example row)", "responses": {"200": {"description": "text/csv"}}}},
        "/api/v1/party/members/template.xlsx": {"get": {"summary": "The Party members' import template as an Excel workbook", "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}}},
        "/api/v1/party/members/import": {"post": {"summary": "Import Party members from XLSX or CSV (linked to residents by ID number through the keyed hash): every row checked first, then all or none", "requestBody": {"required": true, "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}, "text/csv": {"schema": {"type": "string"}}}}, "responses": {"200": {"description": "What was imported", "content": {"application/json": {"schema": {"type": "object", "properties": {"members": {"type": "integer"}}}}}}, "422": {"description": "Every bad row, with its number, column and reason", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
        "/api/v1/buildings/template.csv": {"get": {"summary": "The buildings' import template (CSV, Chinese headers, an example row)", "responses": {"200": {"description": "text/csv"}}}},
        "/api/v1/buildings/template.xlsx": {"get": {"summary": "The buildings' import template as an Excel workbook", "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}}},
        "/api/v1/buildings/import": {"post": {"summary": "Import buildings from XLSX or CSV: every row checked first, then all or none", "requestBody": {"required": true, "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}, "text/csv": {"schema": {"type": "string"}}}}, "responses": {"200": {"description": "What was imported", "content": {"application/json": {"schema": {"type": "object", "properties": {"buildings": {"type": "integer"}}}}}}, "422": {"description": "Every bad row, with its number, column and reason", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
        "/api/v1/buildings/export.csv": {"get": {"summary": "The buildings of the caller's scope as CSV (the import's columns)", "responses": {"200": {"description": "text/csv"}}}},
        "/api/v1/buildings/export.xlsx": {"get": {"summary": "The same as an Excel workbook", "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}}},
        "/api/v1/buildings/{id}/move": {"post": {"summary": "Move a building, with its households and residents, to another grid (audited with the reason)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["gridCode", "reason"], "properties": {"gridCode": {"type": "string"}, "reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "The building", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Building"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/households": {"post": {"summary": "Register a household at a room of a building", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"buildingID": {"type": "string"}, "unit": {"type": "string"}, "room": {"type": "string"}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Household"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/residents": {
          "get": {"summary": "Residents within the caller's scope (masked), or an exact search by ID number or phone", "parameters": [{"name": "grid", "in": "query", "schema": {"type": "string"}}, {"name": "cursor", "in": "query", "schema": {"type": "string"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 500}}, {"name": "idNumber", "in": "query", "schema": {"type": "string"}}, {"name": "phone", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A page of residents", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Resident"}}, "nextCursor": {"type": ["string", "null"]}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Register a resident in a household", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ResidentInput"}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resident"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/residents/template.csv": {"get": {"summary": "The import template (CSV, Chinese headers, an example row)", "responses": {"200": {"description": "text/csv"}}}},
        "/api/v1/residents/template.xlsx": {"get": {"summary": "The import template as an Excel workbook (text-formatted columns)", "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}}},
        "/api/v1/residents/import": {"post": {"summary": "Import residents from XLSX or CSV (told apart by the bytes, up to 64 MiB): every row checked first, then all or none", "requestBody": {"required": true, "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}, "text/csv": {"schema": {"type": "string"}}}}, "responses": {"200": {"description": "What was imported", "content": {"application/json": {"schema": {"type": "object", "properties": {"residents": {"type": "integer"}, "householdsCreated": {"type": "integer"}, "buildings": {"type": "integer"}, "members": {"type": "integer"}}}}}}, "422": {"description": "Every bad row, with its number, column and reason", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
        "/api/v1/residents/export.csv": {
          "get": {"summary": "Residents of the caller's scope as CSV, masked (logged)", "responses": {"200": {"description": "text/csv"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "The same in full, for roles that may see every personal field, with a reason (logged)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "text/csv"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/residents/export.xlsx": {
          "get": {"summary": "Residents of the caller's scope as XLSX, masked (logged)", "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "The same in full, for roles that may see every personal field, with a reason (logged)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/residents/{id}": {"get": {"summary": "One resident (masked)", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Resident", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resident"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}, "patch": {"summary": "Correct fields of a resident (only those present change; checked as a whole; audited by field name)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}, "idNumber": {"type": "string"}, "phone": {"type": "string"}, "relationToHead": {"type": "string"}, "residenceStatus": {"type": "string"}, "reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "The corrected resident", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resident"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/residents/{id}/account": {"post": {"summary": "Link a resident's account to this record; the ID number from the person's document must be the record's", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["username", "idNumber"], "properties": {"username": {"type": "string"}, "idNumber": {"type": "string"}}}}}}, "responses": {"204": {"description": "Linked"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/me/record": {"get": {"summary": "The signed-in resident's own record in full (audited)", "responses": {"200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OwnRecord"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/me/record/export": {"get": {"summary": "The same record as a JSON file to keep (audited)", "responses": {"200": {"description": "application/json attachment"}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/me/requests": {
          "get": {"summary": "The signed-in resident's requests, newest first", "responses": {"200": {"description": "Requests", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/DataRequest"}}}}}}}}},
          "post": {"summary": "Ask to correct a field of one's own record, or to be deleted (anonymised)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["correction", "deletion"]}, "field": {"type": "string"}, "value": {"type": "string"}, "note": {"type": "string"}}}}}}, "responses": {"201": {"description": "The request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataRequest"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/data-requests": {"get": {"summary": "Residents' requests inside the caller's scope", "parameters": [{"name": "status", "in": "query", "schema": {"type": "string", "enum": ["open", "done", "refused", "all"], "default": "open"}}], "responses": {"200": {"description": "Requests", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/DataRequest"}}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/data-requests/{id}/decision": {"post": {"summary": "Carry out (correct, or anonymise) or refuse a request; a refusal needs a note", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["carryOut"], "properties": {"carryOut": {"type": "boolean"}, "note": {"type": "string"}}}}}}, "responses": {"200": {"description": "The decided request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DataRequest"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/residents/{id}/reveal": {"post": {"summary": "The full value of one personal field, with a reason (audited)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["field", "reason"], "properties": {"field": {"type": "string", "enum": ["idNumber", "phone", "careCategories"]}, "reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "The value", "content": {"application/json": {"schema": {"type": "object", "properties": {"field": {"type": "string"}, "value": {"type": "string"}}}}}}, "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/party/orgs": {
          "get": {"summary": "The Party organisations of the caller's street or community", "responses": {"200": {"description": "A list of organisations"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Set up an organisation under its parent (administrators with two-step on)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"kind": {"type": "string"}, "name": {"type": "string"}, "parentID": {"type": "string"}, "territoryCode": {"type": "string"}, "gridCodes": {"type": "array", "items": {"type": "string"}}, "buildingIDs": {"type": "array", "items": {"type": "string"}}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyOrg"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/party/members": {
          "get": {"summary": "Members within the caller's scope", "parameters": [{"name": "org", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of members"}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Record a member", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"orgID": {"type": "string"}, "name": {"type": "string"}, "residentID": {"type": "string"}, "dualCheckIn": {"type": "boolean"}, "status": {"type": "string"}, "employment": {"type": "string"}, "joinedOn": {"type": "string", "format": "date"}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyMember"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/party/figures": {"get": {"summary": "S1 figures and coverage of the caller's scope", "responses": {"200": {"description": "Figures", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyFigures"}}}}}}},
        "/api/v1/grid-workers": {
          "get": {"summary": "Grid workers within the caller's scope, leaders first", "parameters": [{"name": "grid", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of grid workers"}}},
          "post": {"summary": "Bind a full- or part-time worker to a grid; a new leader replaces the last", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"gridCode": {"type": "string"}, "name": {"type": "string"}, "accountID": {"type": "string"}, "fullTime": {"type": "boolean"}, "isLeader": {"type": "boolean"}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GridWorker"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/party/hubs": {
          "get": {"summary": "Party-member hubs with their linked households", "parameters": [{"name": "grid", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "A list of hubs"}}},
          "post": {"summary": "Make a member's household a hub", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"memberID": {"type": "string"}}}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PartyMemberHub"}}}}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/party/hubs/{id}/households": {"post": {"summary": "Link households to a hub (each to one hub, up to the configured limit)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"householdIDs": {"type": "array", "items": {"type": "string"}}}}}}}, "responses": {"204": {"description": "Linked"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/case-categories": {
          "get": {"summary": "The category dictionary a community uses: shipped national and local entries and its own, current versions", "parameters": [{"name": "community", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "Categories", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/CaseCategory"}}}}}}}, "422": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Publish a local category, or a new version of one (community administrators)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseCategory"}}}}, "responses": {"201": {"description": "The published entry"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/cases": {
          "get": {"summary": "One lane of the dispatch board within the caller's scope, fifty at a time", "parameters": [{"name": "lane", "in": "query", "schema": {"type": "string", "enum": ["unassigned", "overdue", "awaitingCheck", "inHand", "awaitingEvaluation", "finished"], "default": "unassigned"}}, {"name": "grid", "in": "query", "schema": {"type": "string"}}, {"name": "cursor", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "Cases", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Case"}}, "nextCursor": {"type": ["string", "null"]}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Report a case; placed by building, else by the grid whose boundary holds its location, else in the community named. A repeated Idempotency-Key returns the first case with 200.", "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "maxLength": 200}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["categoryCode", "description"], "properties": {"source": {"type": "string"}, "categoryCode": {"type": "string"}, "urgency": {"type": "string"}, "description": {"type": "string"}, "address": {"type": "string"}, "latitude": {"type": "number"}, "longitude": {"type": "number"}, "buildingID": {"type": "string"}, "communityCode": {"type": "string"}, "reporterName": {"type": "string"}, "reporterPhone": {"type": "string"}, "anonymous": {"type": "boolean"}, "photos": {"type": "array", "items": {"type": "object", "properties": {"data": {"type": "string", "contentEncoding": "base64"}}}}}}}}}, "responses": {"201": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}}, "200": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/cases/{id}": {"get": {"summary": "A case the caller may see", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/history": {"get": {"summary": "Every step of the case, oldest first (reporters see the public steps only)", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "History", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/CaseEvent"}}}}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/photos": {"get": {"summary": "The case's photos: id, the version of the step they came with, type", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Photos"}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/photos/{photo}": {"get": {"summary": "One photo's bytes (location data removed at upload)", "parameters": [{"$ref": "#/components/parameters/id"}, {"name": "photo", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "image/jpeg, image/png or image/webp"}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/duplicates": {"get": {"summary": "Open cases of the same category in the same building or within 100 m", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "Cases", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Case"}}, "nextCursor": {"type": ["string", "null"]}}}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/steps": {"post": {"summary": "Take one step of the loop on the version named; 409 caseMoved with the current case when it moved, 409 caseState when the step does not apply", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseStep"}}}}, "responses": {"200": {"description": "The case", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}}, "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/reporter-phone": {"post": {"summary": "The reporter's phone in full for the call-back, with a reason (audited)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string"}}}}}}, "responses": {"200": {"description": "The number", "content": {"application/json": {"schema": {"type": "object", "properties": {"value": {"type": "string"}}}}}}, "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/notices": {"get": {"summary": "The signed-in account's inbox, unread first", "responses": {"200": {"description": "Notices", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}}}}}}}},
        "/api/v1/notices/read": {"post": {"summary": "Mark one notice (id) or all of them read", "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}, "responses": {"204": {"description": "Done"}}}},
        "/api/v1/public/cases/{code}": {"get": {"summary": "A case by its tracking code, as its reporter sees it (no account needed)", "security": [], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "The case as its reporter sees it", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublicCase"}}}}, "404": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/public/cases/{code}/evaluation": {"post": {"summary": "The reporter's rating of a closed case; 'not solved' reopens it", "security": [], "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["version", "solved", "satisfaction"], "properties": {"version": {"type": "integer"}, "solved": {"type": "boolean"}, "satisfaction": {"$ref": "#/components/schemas/Satisfaction"}, "note": {"type": "string"}}}}}}, "responses": {"200": {"description": "The case as its reporter sees it", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublicCase"}}}}, "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/case-rates": {"get": {"summary": "The six rates of the closed loop for the caller's territory and each territory one level down, with their definitions in the request's language (default: the month so far)", "parameters": [{"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}}, {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}}], "responses": {"200": {"description": "Rates: total and parts, each figure with metric, name, definition, numerator, denominator and percent (null when nothing was counted)"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/case-rates/cases": {"get": {"summary": "The cases behind one part of a rate", "parameters": [{"name": "set", "in": "query", "required": true, "schema": {"type": "string", "enum": ["dueInPeriod", "closedOfDue", "closedOnTimeOfDue", "handledInPeriod", "reworkedOfHandled", "dispatchedInPeriod", "respondedInTimeOfDispatched", "ratedInPeriod", "solvedOfRated", "satisfiedOfRated"]}}, {"name": "territory", "in": "query", "schema": {"type": "string"}}, {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}}, {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}}, {"name": "cursor", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "Cases"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/mediation": {
          "get": {"summary": "The mediation of a dispute case", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "The mediation, parties masked", "content": {"application/json": {"schema": {"type": "object", "properties": {"caseID": {"type": "string"}, "mediatorName": {"type": "string"}, "mediatorMemberID": {"type": ["string", "null"]}, "parties": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "nameMasked": {"type": "string"}, "side": {"type": "string", "enum": ["applicant", "respondent", "other"]}, "residentID": {"type": ["string", "null"]}}}}, "sessions": {"type": "array", "items": {"type": "object"}}, "outcome": {"type": ["string", "null"], "enum": ["agreementReached", "partial", "failed", "referred", null]}, "agreement": {"type": ["string", "null"]}, "concludedAt": {"type": ["string", "null"], "format": "date-time"}, "startedAt": {"type": "string", "format": "date-time"}}}}}}, "404": {"$ref": "#/components/responses/Problem"}}},
          "post": {"summary": "Start mediating a dispute case: a mediator and at least two parties (names sealed)", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["mediatorName", "parties"], "properties": {"mediatorName": {"type": "string"}, "mediatorMemberID": {"type": "string"}, "parties": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "side": {"type": "string", "enum": ["applicant", "respondent", "other"]}, "residentID": {"type": "string"}}}}}}}}}, "responses": {"201": {"description": "The mediation, parties masked", "content": {"application/json": {"schema": {"type": "object", "properties": {"caseID": {"type": "string"}, "mediatorName": {"type": "string"}, "mediatorMemberID": {"type": ["string", "null"]}, "parties": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "nameMasked": {"type": "string"}, "side": {"type": "string", "enum": ["applicant", "respondent", "other"]}, "residentID": {"type": ["string", "null"]}}}}, "sessions": {"type": "array", "items": {"type": "object"}}, "outcome": {"type": ["string", "null"], "enum": ["agreementReached", "partial", "failed", "referred", null]}, "agreement": {"type": ["string", "null"]}, "concludedAt": {"type": ["string", "null"], "format": "date-time"}, "startedAt": {"type": "string", "format": "date-time"}}}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/cases/{id}/mediation/sessions": {"post": {"summary": "Record a sitting", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["heldOn", "notes"], "properties": {"heldOn": {"type": "string", "format": "date"}, "place": {"type": "string"}, "notes": {"type": "string"}}}}}}, "responses": {"200": {"description": "The mediation, parties masked", "content": {"application/json": {"schema": {"type": "object", "properties": {"caseID": {"type": "string"}, "mediatorName": {"type": "string"}, "mediatorMemberID": {"type": ["string", "null"]}, "parties": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "nameMasked": {"type": "string"}, "side": {"type": "string", "enum": ["applicant", "respondent", "other"]}, "residentID": {"type": ["string", "null"]}}}}, "sessions": {"type": "array", "items": {"type": "object"}}, "outcome": {"type": ["string", "null"], "enum": ["agreementReached", "partial", "failed", "referred", null]}, "agreement": {"type": ["string", "null"]}, "concludedAt": {"type": ["string", "null"], "format": "date-time"}, "startedAt": {"type": "string", "format": "date-time"}}}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/cases/{id}/mediation/outcome": {"post": {"summary": "End the mediation; an agreement (full or partial) must be written down", "parameters": [{"$ref": "#/components/parameters/id"}], "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["outcome"], "properties": {"outcome": {"type": "string", "enum": ["agreementReached", "partial", "failed", "referred"]}, "agreement": {"type": "string"}}}}}}, "responses": {"200": {"description": "The mediation, parties masked", "content": {"application/json": {"schema": {"type": "object", "properties": {"caseID": {"type": "string"}, "mediatorName": {"type": "string"}, "mediatorMemberID": {"type": ["string", "null"]}, "parties": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "nameMasked": {"type": "string"}, "side": {"type": "string", "enum": ["applicant", "respondent", "other"]}, "residentID": {"type": ["string", "null"]}}}}, "sessions": {"type": "array", "items": {"type": "object"}}, "outcome": {"type": ["string", "null"], "enum": ["agreementReached", "partial", "failed", "referred", null]}, "agreement": {"type": ["string", "null"]}, "concludedAt": {"type": ["string", "null"], "format": "date-time"}, "startedAt": {"type": "string", "format": "date-time"}}}}}}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/work-calendar": {
          "get": {"summary": "A year's days off and make-up workdays as deadlines count them, and the days set by hand", "parameters": [{"name": "year", "in": "query", "schema": {"type": "integer"}}], "responses": {"200": {"description": "The year"}}},
          "post": {"summary": "Set days, all or none (street administrators; audited)", "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["days"], "properties": {"days": {"type": "array", "items": {"type": "object", "properties": {"day": {"type": "string", "format": "date"}, "kind": {"type": "string", "enum": ["holiday", "workday", "ordinary", "休", "班", "常"]}, "name": {"type": "string"}}}}}}}}}, "responses": {"204": {"description": "Saved"}, "403": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/audit": {"get": {"summary": "Audit rows of the caller's territory, newest first", "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "integer"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 500}}], "responses": {"200": {"description": "A page of audit rows", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}}, "nextCursor": {"type": ["string", "null"]}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}}},
        "/api/v1/audit/verification": {"get": {"summary": "Check the audit hash chain", "responses": {"200": {"description": "The first changed or removed row, if any", "content": {"application/json": {"schema": {"type": "object", "properties": {"intact": {"type": "boolean"}, "rows": {"type": "integer"}, "changedSequence": {"type": "integer"}, "removedSequence": {"type": "integer"}}}}}}, "403": {"$ref": "#/components/responses/Problem"}}}}
      }
    }
    """#
}

/// The served OpenAPI text, for tests that compare it with the router.
public var openAPIDocumentText: String { OpenAPIDocument.json }
