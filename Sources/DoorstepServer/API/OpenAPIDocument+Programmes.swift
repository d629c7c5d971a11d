/// The API paths of the health station (健康驿站) and aid projects (助老/助残/助困).
extension OpenAPIDocument {
    static let programmesPaths = #"""
{
  "/api/v1/health/stations": {
    "get": {
      "summary": "Health stations (健康驿站) the caller may see, with their weekly free clinics: the territory's for the office, its own for a hospital's account",
      "responses": {
        "200": {
          "description": "Stations",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "communityCode": {
                          "type": "string"
                        },
                        "partnerID": {
                          "type": "string"
                        },
                        "partnerName": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "place": {
                          "type": "string"
                        },
                        "schedule": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "id": {
                                "type": "string"
                              },
                              "stationID": {
                                "type": "string"
                              },
                              "weekday": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 7
                              },
                              "startsAt": {
                                "type": "string"
                              },
                              "endsAt": {
                                "type": "string"
                              },
                              "service": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        }
      }
    },
    "post": {
      "summary": "Set up a community's health station, run by a partner hospital of that community (one per community; a partner of another kind is refused on partnerID)",
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "communityCode": {
                  "type": "string"
                },
                "partnerID": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "place": {
                  "type": "string"
                }
              },
              "required": [
                "partnerID",
                "name",
                "place"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The station",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "communityCode": {
                    "type": "string"
                  },
                  "partnerID": {
                    "type": "string"
                  },
                  "partnerName": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "place": {
                    "type": "string"
                  },
                  "schedule": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "stationID": {
                          "type": "string"
                        },
                        "weekday": {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 7
                        },
                        "startsAt": {
                          "type": "string"
                        },
                        "endsAt": {
                          "type": "string"
                        },
                        "service": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/stations/{id}": {
    "get": {
      "summary": "One station with its schedule",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "responses": {
        "200": {
          "description": "The station",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "communityCode": {
                    "type": "string"
                  },
                  "partnerID": {
                    "type": "string"
                  },
                  "partnerName": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "place": {
                    "type": "string"
                  },
                  "schedule": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "stationID": {
                          "type": "string"
                        },
                        "weekday": {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 7
                        },
                        "startsAt": {
                          "type": "string"
                        },
                        "endsAt": {
                          "type": "string"
                        },
                        "service": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/stations/{id}/schedule": {
    "post": {
      "summary": "Add a weekly free clinic: weekday (1 Monday … 7 Sunday), HH:MM times, service such as 量血压, 义诊, 中医理疗 (office)",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "weekday": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 7
                },
                "startsAt": {
                  "type": "string"
                },
                "endsAt": {
                  "type": "string"
                },
                "service": {
                  "type": "string"
                }
              },
              "required": [
                "weekday",
                "startsAt",
                "endsAt",
                "service"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The clinic",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "stationID": {
                    "type": "string"
                  },
                  "weekday": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 7
                  },
                  "startsAt": {
                    "type": "string"
                  },
                  "endsAt": {
                    "type": "string"
                  },
                  "service": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/schedule/{id}": {
    "delete": {
      "summary": "Take a free clinic off the schedule (office); sessions held stay",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "responses": {
        "204": {
          "description": "Removed"
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/stations/{id}/sessions": {
    "get": {
      "summary": "A station's sessions, newest first (optionally of a period)",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        },
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "First day of the period; month to date when neither end is given"
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "Last day of the period"
        }
      ],
      "responses": {
        "200": {
          "description": "Sessions",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "stationID": {
                          "type": "string"
                        },
                        "day": {
                          "type": "string",
                          "format": "date"
                        },
                        "service": {
                          "type": "string"
                        },
                        "served": {
                          "type": "integer",
                          "minimum": 0
                        },
                        "doctorName": {
                          "type": "string"
                        },
                        "recordedBy": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    },
    "post": {
      "summary": "Record a free clinic held: day (not in the future), service, people served (人次, ≥ 0), doctor; by the office or the hospital's own account",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "day": {
                  "type": "string",
                  "format": "date"
                },
                "service": {
                  "type": "string"
                },
                "served": {
                  "type": "integer",
                  "minimum": 0
                },
                "doctorName": {
                  "type": "string"
                }
              },
              "required": [
                "day",
                "service",
                "served",
                "doctorName"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The session",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "stationID": {
                    "type": "string"
                  },
                  "day": {
                    "type": "string",
                    "format": "date"
                  },
                  "service": {
                    "type": "string"
                  },
                  "served": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "doctorName": {
                    "type": "string"
                  },
                  "recordedBy": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/stations/{id}/records": {
    "get": {
      "summary": "A station's individual health records, masked (office only; never a hospital's account)",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "responses": {
        "200": {
          "description": "Records",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "description": "Listed masked: no readings or notes",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "stationID": {
                          "type": "string"
                        },
                        "residentID": {
                          "type": "string"
                        },
                        "residentNameMasked": {
                          "type": "string"
                        },
                        "consentBy": {
                          "type": "string",
                          "enum": [
                            "resident",
                            "guardian"
                          ]
                        },
                        "purpose": {
                          "type": "string"
                        },
                        "recordedOn": {
                          "type": "string",
                          "format": "date"
                        },
                        "recordedBy": {
                          "type": "string"
                        },
                        "withdrawnOn": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "format": "date"
                        }
                      }
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    },
    "post": {
      "summary": "Write a resident's health record, for a resident of the station's community, with their or their guardian's consent and a stated purpose; the readings and notes are sealed; audited without the content",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "residentID": {
                  "type": "string"
                },
                "consent": {
                  "type": "boolean"
                },
                "consentBy": {
                  "type": "string",
                  "enum": [
                    "resident",
                    "guardian"
                  ]
                },
                "purpose": {
                  "type": "string",
                  "minLength": 2
                },
                "readings": {
                  "type": "string"
                },
                "notes": {
                  "type": "string"
                }
              },
              "required": [
                "residentID",
                "consent",
                "consentBy",
                "purpose"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The record, masked",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "description": "Listed masked: no readings or notes",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "stationID": {
                    "type": "string"
                  },
                  "residentID": {
                    "type": "string"
                  },
                  "residentNameMasked": {
                    "type": "string"
                  },
                  "consentBy": {
                    "type": "string",
                    "enum": [
                      "resident",
                      "guardian"
                    ]
                  },
                  "purpose": {
                    "type": "string"
                  },
                  "recordedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "recordedBy": {
                    "type": "string"
                  },
                  "withdrawnOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/records/{id}/reveal": {
    "post": {
      "summary": "Open one health record in full, giving a reason that is written to the audit log (office only)",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "reason": {
                  "type": "string",
                  "minLength": 2
                }
              },
              "required": [
                "reason"
              ]
            }
          }
        }
      },
      "responses": {
        "200": {
          "description": "The readings and notes",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "readings": {
                    "type": "string"
                  },
                  "notes": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/records/{id}/withdrawal": {
    "post": {
      "summary": "The resident withdraws consent: the content of every record of theirs at that station is erased, the rows kept and marked withdrawn",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "responses": {
        "200": {
          "description": "How many records were erased",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "recordsErased": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/figures": {
    "get": {
      "summary": "The health station's figures for the caller's stations and a period, each with its definition and the records it counted (at most 200 each): sessions, people served (人次), health records written with consent (a hospital's account gets that count without the records)",
      "parameters": [
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "First day of the period; month to date when neither end is given"
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "Last day of the period"
        }
      ],
      "responses": {
        "200": {
          "description": "Figures with their records",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "figures": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "measure": {
                          "type": "string",
                          "enum": [
                            "sessions",
                            "served",
                            "consentedRecords"
                          ]
                        },
                        "name": {
                          "type": "string"
                        },
                        "unit": {
                          "type": "string"
                        },
                        "definitionKey": {
                          "type": "string"
                        },
                        "definition": {
                          "type": "string"
                        },
                        "count": {
                          "type": "integer"
                        },
                        "records": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FigureRecord"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/health/figures/{measure}": {
    "get": {
      "summary": "Every record one health-station figure counted (up to 1000), newest first",
      "parameters": [
        {
          "name": "measure",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "enum": [
              "sessions",
              "served",
              "consentedRecords"
            ]
          }
        },
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "First day of the period; month to date when neither end is given"
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "Last day of the period"
        }
      ],
      "responses": {
        "200": {
          "description": "The figure with its records",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "figure": {
                    "type": "object",
                    "properties": {
                      "measure": {
                        "type": "string",
                        "enum": [
                          "sessions",
                          "served",
                          "consentedRecords"
                        ]
                      },
                      "name": {
                        "type": "string"
                      },
                      "unit": {
                        "type": "string"
                      },
                      "definitionKey": {
                        "type": "string"
                      },
                      "definition": {
                        "type": "string"
                      },
                      "count": {
                        "type": "integer"
                      },
                      "records": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/FigureRecord"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/projects": {
    "get": {
      "summary": "Aid projects (助老/助残/助困) the caller may see, with beneficiaries now, services and distinct people reached: the territory's for the office, those it runs for a social organisation's account",
      "responses": {
        "200": {
          "description": "Projects",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "project": {
                          "type": "object",
                          "properties": {
                            "id": {
                              "type": "string"
                            },
                            "communityCode": {
                              "type": "string"
                            },
                            "partnerID": {
                              "type": "string"
                            },
                            "partnerName": {
                              "type": "string"
                            },
                            "title": {
                              "type": "string"
                            },
                            "kind": {
                              "type": "string",
                              "enum": [
                                "elderly",
                                "disability",
                                "hardship"
                              ]
                            },
                            "careCategories": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "enum": [
                                  "elderlyLivingAlone",
                                  "disabled",
                                  "lowIncome",
                                  "childInHardship"
                                ]
                              }
                            },
                            "startsOn": {
                              "type": "string",
                              "format": "date"
                            },
                            "endsOn": {
                              "type": "string",
                              "format": "date"
                            }
                          }
                        },
                        "beneficiaries": {
                          "type": "integer"
                        },
                        "services": {
                          "type": "integer"
                        },
                        "peopleReached": {
                          "type": "integer",
                          "description": "Distinct residents served"
                        }
                      }
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        }
      }
    },
    "post": {
      "summary": "Set up a project run by a social organisation of the community: title, projectKind (elderly, disability, hardship), optionally some of the kind's care categories, span (office)",
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "communityCode": {
                  "type": "string"
                },
                "partnerID": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "projectKind": {
                  "type": "string",
                  "enum": [
                    "elderly",
                    "disability",
                    "hardship"
                  ]
                },
                "careCategories": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "enum": [
                      "elderlyLivingAlone",
                      "disabled",
                      "lowIncome",
                      "childInHardship"
                    ]
                  }
                },
                "startsOn": {
                  "type": "string",
                  "format": "date"
                },
                "endsOn": {
                  "type": "string",
                  "format": "date"
                }
              },
              "required": [
                "partnerID",
                "title",
                "projectKind",
                "startsOn",
                "endsOn"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The project",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "communityCode": {
                    "type": "string"
                  },
                  "partnerID": {
                    "type": "string"
                  },
                  "partnerName": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "elderly",
                      "disability",
                      "hardship"
                    ]
                  },
                  "careCategories": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "elderlyLivingAlone",
                        "disabled",
                        "lowIncome",
                        "childInHardship"
                      ]
                    }
                  },
                  "startsOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "endsOn": {
                    "type": "string",
                    "format": "date"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/projects/{id}": {
    "get": {
      "summary": "One project with its beneficiaries now (masked for the running organisation) and its services",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "responses": {
        "200": {
          "description": "The project",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "project": {
                    "type": "object",
                    "properties": {
                      "id": {
                        "type": "string"
                      },
                      "communityCode": {
                        "type": "string"
                      },
                      "partnerID": {
                        "type": "string"
                      },
                      "partnerName": {
                        "type": "string"
                      },
                      "title": {
                        "type": "string"
                      },
                      "kind": {
                        "type": "string",
                        "enum": [
                          "elderly",
                          "disability",
                          "hardship"
                        ]
                      },
                      "careCategories": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "enum": [
                            "elderlyLivingAlone",
                            "disabled",
                            "lowIncome",
                            "childInHardship"
                          ]
                        }
                      },
                      "startsOn": {
                        "type": "string",
                        "format": "date"
                      },
                      "endsOn": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  },
                  "beneficiaries": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "projectID": {
                          "type": "string"
                        },
                        "residentID": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string",
                          "description": "Masked (张*) for the running organisation's account"
                        },
                        "addedOn": {
                          "type": "string",
                          "format": "date"
                        },
                        "servicesReceived": {
                          "type": "integer"
                        }
                      }
                    }
                  },
                  "services": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "projectID": {
                          "type": "string"
                        },
                        "day": {
                          "type": "string",
                          "format": "date"
                        },
                        "note": {
                          "type": "string"
                        },
                        "residentIDs": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "recordedBy": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/projects/{id}/beneficiaries": {
    "post": {
      "summary": "Take a resident of the project's community into it: only one whose care categories include one the project serves (else residentID notAuthorised); audited without care detail (office)",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "residentID": {
                  "type": "string"
                }
              },
              "required": [
                "residentID"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The beneficiary",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "projectID": {
                    "type": "string"
                  },
                  "residentID": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string",
                    "description": "Masked (张*) for the running organisation's account"
                  },
                  "addedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "servicesReceived": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/projects/{id}/beneficiaries/{resident}": {
    "delete": {
      "summary": "Take a resident out of the project (audited); services already delivered keep counting",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        },
        {
          "name": "resident",
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
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/projects/{id}/services": {
    "post": {
      "summary": "Record a service delivered: day inside the project's span and not in the future, the beneficiaries served, a note; by the office or the running organisation's account",
      "parameters": [
        {
          "$ref": "#/components/parameters/id"
        }
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "day": {
                  "type": "string",
                  "format": "date"
                },
                "residentIDs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "note": {
                  "type": "string"
                }
              },
              "required": [
                "day",
                "residentIDs"
              ]
            }
          }
        }
      },
      "responses": {
        "201": {
          "description": "The service",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "projectID": {
                    "type": "string"
                  },
                  "day": {
                    "type": "string",
                    "format": "date"
                  },
                  "note": {
                    "type": "string"
                  },
                  "residentIDs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "recordedBy": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "404": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/figures": {
    "get": {
      "summary": "The aid figures for the caller's projects and a period, each with its definition and the records it counted (at most 200 each): projects active in the period, services delivered, distinct people reached (masked in the records)",
      "parameters": [
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "First day of the period; month to date when neither end is given"
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "Last day of the period"
        }
      ],
      "responses": {
        "200": {
          "description": "Figures with their records",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "figures": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "measure": {
                          "type": "string",
                          "enum": [
                            "activeProjects",
                            "services",
                            "peopleReached"
                          ]
                        },
                        "name": {
                          "type": "string"
                        },
                        "unit": {
                          "type": "string"
                        },
                        "definitionKey": {
                          "type": "string"
                        },
                        "definition": {
                          "type": "string"
                        },
                        "count": {
                          "type": "integer"
                        },
                        "records": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/FigureRecord"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
        },
        "422": {
          "$ref": "#/components/responses/Problem"
        }
      }
    }
  },
  "/api/v1/aid/figures/{measure}": {
    "get": {
      "summary": "Every record one aid figure counted (up to 1000), newest first",
      "parameters": [
        {
          "name": "measure",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "enum": [
              "activeProjects",
              "services",
              "peopleReached"
            ]
          }
        },
        {
          "name": "from",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "First day of the period; month to date when neither end is given"
        },
        {
          "name": "to",
          "in": "query",
          "schema": {
            "type": "string",
            "format": "date"
          },
          "description": "Last day of the period"
        }
      ],
      "responses": {
        "200": {
          "description": "The figure with its records",
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "figure": {
                    "type": "object",
                    "properties": {
                      "measure": {
                        "type": "string",
                        "enum": [
                          "activeProjects",
                          "services",
                          "peopleReached"
                        ]
                      },
                      "name": {
                        "type": "string"
                      },
                      "unit": {
                        "type": "string"
                      },
                      "definitionKey": {
                        "type": "string"
                      },
                      "definition": {
                        "type": "string"
                      },
                      "count": {
                        "type": "integer"
                      },
                      "records": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/FigureRecord"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "403": {
          "$ref": "#/components/responses/Problem"
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
