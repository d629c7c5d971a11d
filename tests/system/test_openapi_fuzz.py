"""Every API operation fuzzed from the OpenAPI document by schemathesis, as each demo role: no answer may be a server
error, and every answer must agree with the document's schema. Bounded for CI; DOORSTEP_FUZZ_EXAMPLES raises it."""
import json
import os
import subprocess
import sys
import urllib.request

import pytest

from conftest import DEMO_PASSWORD

EXAMPLES = os.environ.get("DOORSTEP_FUZZ_EXAMPLES", "3")
ROLES = ["secretary", "grid.worker", "party.member", "volunteer", "partner", "resident", "auditor"]


def token(server, username):
    request = urllib.request.Request(
        server.base + "/api/v1/auth/tokens", method="POST", headers={"Content-Type": "application/json"},
        data=json.dumps({"username": username, "password": DEMO_PASSWORD, "name": "fuzz"}).encode())
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["token"]


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_fuzzed_as_each_role_answers_without_error_and_as_documented(demo_server, role):
    result = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", demo_server.base + "/api/openapi.json", "-H", f"Authorization: Bearer {token(demo_server, role)}",
         "--checks", "not_a_server_error,response_schema_conformance", "--max-examples", EXAMPLES,
         "--phases", "examples,fuzzing", "--workers", "2", "--seed", "2026"],
        capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert demo_server.process.poll() is None, "the server stopped under fuzzing:\n" + demo_server.log()[-4000:]
