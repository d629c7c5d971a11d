/// The API paths of partners, co-building agreements and the three lists.
extension OpenAPIDocument {
    static let partnersPaths = #"""
{
  "/api/v1/partners": {
    "get": {
      "summary": "Partners of the caller's territory (a partner account: itself)",
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    },
    "post": {
      "summary": "Register a partner: kind (hospital, school, company, agency, socialOrganisation), name, contact, contactPhone (sealed), partyOrganisation; administrators",
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The partner"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/partners/{id}/report": {
    "get": {
      "summary": "A partner's report: agreements and commitments, members who reported (双报到), resources, projects with target and 人次 reached",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    }
  },
  "/api/v1/partners/{id}/account": {
    "put": {
      "summary": "Link a partner-role account of the same community (username) to the partner",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/partners/{id}/members": {
    "post": {
      "summary": "Record an employed Party member reporting to the community (在职党员双报到)",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/partners/{id}/agreements": {
    "post": {
      "summary": "Sign a co-building agreement with its commitments (kind, content, owner, dueOn), all or nothing",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/partners/{id}/resources": {
    "post": {
      "summary": "Offer a partner's resource (kind, category, capacity and unit, place, available span); the office or the partner",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/commitments/{id}/fulfilment": {
    "post": {
      "summary": "Fulfil a commitment with its evidence (final); the office or the partner",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/agreements/renewals": {
    "get": {
      "summary": "Agreements ending within 30 days or ended, with no later agreement with the same partner",
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    }
  },
  "/api/v1/needs": {
    "get": {
      "summary": "Residents' needs of the caller's territory, open ones first",
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    },
    "post": {
      "summary": "Put a need on the list: place (community or grid code), category, description, wanted span, source (visit, opinion, survey, microWish, other) and sourceID",
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/needs/{id}/suggestions": {
    "get": {
      "summary": "Resources that could meet the need: same category, reaching its place, available while wanted, with capacity left; best first",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    }
  },
  "/api/v1/needs/{id}/project": {
    "post": {
      "summary": "Accept a match: the need becomes a project with the resource (resourceID), title, owner, schedule, uses and targetPeople",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/resources": {
    "get": {
      "summary": "Partners' resources of the caller's territory (a partner account: its own)",
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    }
  },
  "/api/v1/projects": {
    "get": {
      "summary": "Projects of the caller's territory (a partner account: those it takes part in) with target and 人次 reached",
      "responses": {
        "200": {
          "description": "OK"
        }
      }
    }
  },
  "/api/v1/projects/{id}/deliveries": {
    "post": {
      "summary": "Record what a project delivered on a day: peopleReached (人次) and a note",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object"
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "OK"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/services/figures": {
    "get": {
      "summary": "The figures of volunteering and co-building (registered volunteers, teams, hours, partners with agreements, commitments fulfilled, projects, people served) for the caller's territory and a period, each with its definition",
      "parameters": [
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": {
        "200": {
          "description": "The figures"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/services/records": {
    "get": {
      "summary": "The records one figure counted",
      "parameters": [
        {
          "name": "measure",
          "in": "query",
          "required": true,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": {
        "200": {
          "description": "The records"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  }
}
"""#
}
