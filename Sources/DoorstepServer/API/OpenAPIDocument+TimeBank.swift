/// The API paths of the time bank's catalogue, redemptions, donations and corrections, volunteer teams and star
/// thresholds.
extension OpenAPIDocument {
    static let timeBankPaths = #"""
{
  "/api/v1/time-bank/items": {
    "get": {
      "summary": "The redemption catalogue: for the office every item of a community (community, default the caller's own), for a volunteer the items on offer in their community; cost in credits (1 h = 1 credit), stock absent when not counted",
      "parameters": [
        {
          "name": "community",
          "in": "query",
          "required": false,
          "description": "Community code, for the office",
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
    },
    "post": {
      "summary": "Add an item to a community's catalogue: community, name (unique in the community), details, cost (whole credits), stock (absent for no limit), active; the volunteer office",
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
          "description": "The item"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/items/{id}": {
    "put": {
      "summary": "Change an item: name, details, cost, stock, active; redemptions already made keep the price they were made at",
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
          "description": "The item"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/redemptions": {
    "get": {
      "summary": "Redemptions, newest first: for the office a community's (status=pending: those still to hand over), for a volunteer their own",
      "parameters": [
        {
          "name": "community",
          "in": "query",
          "required": false,
          "description": "Community code, for the office",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "status",
          "in": "query",
          "required": false,
          "description": "pending for those not yet handed over",
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
    },
    "post": {
      "summary": "The signed-in volunteer redeems an item (itemID): one transfer of kind redeem to the community's redemptions account and the stock taken down, in one transaction; refused when the item is off the catalogue (itemID notOpen), none is left (stock tooSmall) or the balance is short (balance tooSmall with the cost)",
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
          "description": "The redemption"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/redemptions/{id}/handover": {
    "post": {
      "summary": "The office records that a redeemed item was handed over; once",
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
          "description": "The redemption"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/donations": {
    "post": {
      "summary": "The signed-in volunteer gives credits (a multiple of 0.5) to another volunteer of their community, named by recipientID or by recipientName and recipientPhone together, with an optional note; never more than their balance, never to themselves",
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
          "description": "The transfer"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/adjustments": {
    "post": {
      "summary": "The office corrects a volunteer's account: volunteerID, direction (credit: from the community's issuing account; debit: back to it, at most the balance), credits, reason (required, audited); a new transfer of kind adjust, never an edit",
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
          "description": "The transfer"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/time-bank/statement": {
    "get": {
      "summary": "A volunteer's statement: every transfer in or out of their account, newest first, with the signed change and the balance after each; the volunteer's own, or any volunteer's of the office's community (volunteer)",
      "parameters": [
        {
          "name": "volunteer",
          "in": "query",
          "required": false,
          "description": "Volunteer id; the caller's own when absent",
          "schema": {
            "type": "string"
          }
        }
      ],
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
  "/api/v1/volunteer-teams": {
    "get": {
      "summary": "Volunteer teams of the caller's territory (community narrows it) with members, activities and the hours confirmed at them; the volunteer office",
      "parameters": [
        {
          "name": "community",
          "in": "query",
          "required": false,
          "description": "Community code",
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
    },
    "post": {
      "summary": "Set up a volunteer team: community, name (unique in the community)",
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
          "description": "The team"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/volunteer-teams/{id}": {
    "get": {
      "summary": "One team: members with the hours confirmed to them at its activities, its activities newest first with the hours confirmed at each",
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
  "/api/v1/volunteer-teams/{id}/members": {
    "post": {
      "summary": "Add a registered volunteer of the team's community (volunteerID)",
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
          "description": "The team"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/volunteer-teams/{id}/members/{volunteer}": {
    "delete": {
      "summary": "Take a volunteer off the team; the hours they served stay theirs and the team's",
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "volunteer",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": {
        "204": {
          "description": "Removed"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/volunteer-teams/{id}/activities": {
    "post": {
      "summary": "Give an activity of the team's community (activityID) to the team",
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
          "description": "The team"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/volunteers/settings": {
    "get": {
      "summary": "A community's star thresholds: starHours, the five hours the stars start at (100, 300, 600, 1000, 1500 by default)",
      "parameters": [
        {
          "name": "community",
          "in": "query",
          "required": false,
          "description": "Community code, default the caller's own",
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
    },
    "put": {
      "summary": "Set a community's five star thresholds (starHours, strictly rising whole hours; each bad one named as starHours[i]); the volunteer office, audited",
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
          "description": "The thresholds"
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
