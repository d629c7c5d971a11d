"""The binary as an operator runs it: graceful stop, kill -9 during writes, and a tampered audit log."""
import concurrent.futures
import datetime
import json
import os
import pathlib
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
import zoneinfo

import pytest

from conftest import BINARY, DEMO_PASSWORD, ENGINES, Server, fresh_postgres_database, make_server


def post_json(url, body, token=None, timeout=10):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read())


def send_json(method, url, body, token, timeout=10):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method=method,
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read())


def query(server, sql):
    """One value read straight from the server's database, SQLite file or PostgreSQL URL."""
    if server.database.startswith("postgres"):
        return subprocess.run(["psql", server.database, "-At", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()
    with sqlite3.connect(server.database) as db:
        return db.execute(sql).fetchone()[0]


def get_json(url, token):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def token_for(server, username):
    status, body = post_json(server.base + "/api/v1/auth/tokens", {"username": username, "password": DEMO_PASSWORD, "name": "test"})
    assert status == 201
    return body["token"]


# Rounds of kill -9 in the crash loop: a small default for CI, more for a long run (DOORSTEP_CRASH_ROUNDS=50).
CRASH_ROUNDS = int(os.environ.get("DOORSTEP_CRASH_ROUNDS", "2"))


def post_case(server, token, key):
    body = {"categoryCode": "L0202", "description": f"楼道堆物 {key}", "address": "3号楼"}
    request = urllib.request.Request(server.base + "/api/v1/cases", data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {token}", "Idempotency-Key": key})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, json.loads(response.read())


def settle(edits, stored):
    """After a restart, a resident's name is the last acknowledged one, or the one sent as the server died (committed
    but unanswered, counted so its audit row is expected); nothing else may stand."""
    assert stored in (edits["stood"], edits["sent"]), f"a half-written or lost correction: {stored} {edits}"
    if stored == edits["sent"]:
        edits["unanswered"] += 1
    edits["stood"], edits["sent"] = stored, None


def shared_commits(server):
    """SQLite's writes committed so far and the commits they took (`/metrics`): more writes than commits means
    writes were committed together."""
    with urllib.request.urlopen(server.base + "/metrics", timeout=5) as response:
        text = response.read().decode()
    counts = {name: sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(name + " ") or line.startswith(name + "{"))
              for name in ("doorstep_sqlite_writes_committed", "doorstep_sqlite_commits")}
    return counts["doorstep_sqlite_writes_committed"], counts["doorstep_sqlite_commits"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_crash_loop_loses_no_acknowledged_write_and_leaves_no_half(engine, workdir):
    """kill -9 at a random moment while cases (each with its history line and notices), tokens (each with its audit
    rows), household visits (each with its points line), audited corrections of residents and time-bank donations
    between two volunteers are written from several clients, round after round (on SQLite, many of them committed
    together: the test checks they were); then every 2xx is found, each correction and its audit row are there
    together or not at all, the ledger still sums to zero with no credit made or lost, the file is sound and the
    audit chain verifies."""
    server = make_server(engine, workdir, "doorstep_crash")
    server.env_extra["DOORSTEP_DEMO_YEAR"] = "1"  # the year registers the volunteers whose donations are written
    server.start()
    rng = random.Random(f"crash-{engine}")
    cases, tokens, visits, lock = [], [], [], threading.Lock()
    visited = set()  # a household is visited once a day by a member
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date().isoformat()
    worker = token_for(server, "grid.worker")
    # Each corrected resident: the names acknowledged, in order, and the one sent when the server died, if any.
    corrected = {item["id"]: {"stood": item["name"], "acked": [], "sent": None, "unanswered": 0}
                 for item in get_json(server.base + "/api/v1/residents?limit=3", worker)["items"]}
    givers = {name: token_for(server, name) for name in ("volunteer2", "volunteer3")}
    purse = {name: get_json(server.base + "/api/v1/time-bank/statement", token) for name, token in givers.items()}
    credits_before = sum(statement["balance"] for statement in purse.values())
    donations = []
    grouped = []  # on SQLite, each round's writes committed and commits, read just before the kill
    for round_number in range(CRASH_ROUNDS):
        if round_number:
            server.start(demo=False)
            worker = token_for(server, "grid.worker")
            givers = {name: token_for(server, name) for name in givers}
            for resident in corrected:
                settle(corrected[resident], get_json(server.base + f"/api/v1/residents/{resident}", worker)["name"])
        member = token_for(server, "party.member")
        households = [item["householdID"] for item in get_json(server.base + "/api/v1/visits/plan", member)["items"]
                      if item["householdID"] not in visited]
        running = [True]

        def visit_writer():
            while running[0]:
                with lock:
                    if not households:
                        return
                    household = households.pop()
                    visited.add(household)
                try:
                    status, body = post_json(server.base + "/api/v1/visits",
                                             {"householdID": household, "visitedOn": today, "findings": "入户走访，老人身体好"},
                                             token=member, timeout=5)
                    if status == 201:
                        with lock:
                            visits.append(body["id"])
                except (OSError, urllib.error.URLError):
                    pass

        def case_writer(n):
            i = 0
            while running[0]:
                i += 1
                try:
                    status, body = post_case(server, worker, f"crash-{round_number}-{n}-{i}")
                    if status in (200, 201):
                        with lock:
                            cases.append(body["id"])
                except (OSError, urllib.error.URLError):
                    pass

        def correction_writer(resident):
            edits = corrected[resident]
            while running[0]:
                name = "居民" + "".join("零一二三四五六七八九"[int(d)] for d in str(len(edits["acked"]) + 100 * round_number + 1))
                edits["sent"] = name
                try:
                    status, _ = send_json("PATCH", server.base + f"/api/v1/residents/{resident}", {"name": name, "reason": "核对更正"},
                                          token=worker, timeout=5)
                    if status == 200:
                        edits["acked"].append(name)
                        edits["stood"], edits["sent"] = name, None
                except (OSError, urllib.error.URLError):
                    return

        def donation_writer(giver, taker):
            while running[0]:
                try:
                    status, body = post_json(server.base + "/api/v1/time-bank/donations",
                                             {"recipientID": purse[taker]["volunteerID"], "credits": 0.5, "note": "互助"},
                                             token=givers[giver], timeout=5)
                    if status == 201:
                        with lock:
                            donations.append(body["id"])
                except (OSError, urllib.error.URLError):
                    pass

        def token_writer(n):
            while running[0]:
                try:
                    status, body = post_json(server.base + "/api/v1/auth/tokens",
                                             {"username": "volunteer", "password": DEMO_PASSWORD, "name": f"c{n}"}, timeout=5)
                    if status == 201:
                        with lock:
                            tokens.append(body["id"])
                except (OSError, urllib.error.URLError):
                    pass

        with concurrent.futures.ThreadPoolExecutor(max_workers=11) as pool:
            for n in range(3):
                pool.submit(case_writer, n)
                pool.submit(token_writer, n)
            pool.submit(visit_writer)
            for resident in corrected:
                pool.submit(correction_writer, resident)
            pool.submit(donation_writer, "volunteer2", "volunteer3")
            pool.submit(donation_writer, "volunteer3", "volunteer2")
            time.sleep(rng.uniform(0.8, 2.5))
            if engine == "sqlite":
                grouped.append(shared_commits(server))
            server.process.send_signal(signal.SIGKILL)
            server.process.wait(timeout=10)
            running[0] = False

    assert len(cases) > 10 and len(tokens) > 10, "the stream of writes was too short to mean anything"
    if engine == "sqlite":
        assert any(writes > commits > 0 for writes, commits in grouped), f"no writes were committed together: {grouped}"
    server.start(demo=False)
    worker = token_for(server, "grid.worker")
    lost_cases = []
    for case_id in cases:
        try:
            get_json(server.base + f"/api/v1/cases/{case_id}", worker)
        except urllib.error.HTTPError:
            lost_cases.append(case_id)
    assert not lost_cases, f"{len(lost_cases)} acknowledged cases were lost"
    for case_id in rng.sample(cases, min(10, len(cases))):
        history = get_json(server.base + f"/api/v1/cases/{case_id}/history", worker)["items"]
        assert [line["action"] for line in history][:1] == ["report"], "a case without its first history line is half-written"
    member = token_for(server, "party.member")
    for visit_id in visits:
        assert get_json(server.base + f"/api/v1/visits/{visit_id}", member)["id"] == visit_id, "an acknowledged visit was lost"
    volunteer = token_for(server, "volunteer")
    stored = {item["id"] for item in get_json(server.base + "/api/v1/auth/tokens", volunteer)["items"]}
    missing = [i for i in tokens if i not in stored]
    assert not missing, f"{len(missing)} acknowledged tokens were lost"

    assert sum(len(edits["acked"]) for edits in corrected.values()) > 3, "too few corrections to mean anything"
    for resident, edits in corrected.items():
        settle(edits, get_json(server.base + f"/api/v1/residents/{resident}", worker)["name"])
        rows = int(query(server, f"SELECT COUNT(*) FROM audit_log WHERE action = 'residentCorrected' AND subject = 'resident:{resident}'"))
        assert rows == len(edits["acked"]) + edits["unanswered"], f"{rows} audit rows for {resident}: {edits}"

    assert len(donations) > 3, "too few donations to mean anything"
    givers = {name: token_for(server, name) for name in givers}
    purse = {name: get_json(server.base + "/api/v1/time-bank/statement", token) for name, token in givers.items()}
    # Read from the database: a statement shows only its newest 500 lines, fewer than a fast run's donations.
    acknowledged = set(donations)
    listed = ", ".join(f"'{i}'" for i in acknowledged)
    found = int(query(server, f"SELECT COUNT(*) FROM time_bank_transfers WHERE kind = 'donate' AND id IN ({listed})"))
    assert found == len(acknowledged), f"{len(acknowledged) - found} of {len(acknowledged)} acknowledged donations were lost"
    assert sum(statement["balance"] for statement in purse.values()) == credits_before, "credits were made or lost"
    assert all(statement["balance"] >= 0 for statement in purse.values())
    assert server.stop() == 0
    if engine == "sqlite":
        with sqlite3.connect(server.database) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    verify = server.cli("audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_backup_taken_under_load_restores_every_write_acknowledged_before_it(workdir):
    server = make_server("sqlite", workdir, "unused").start()
    acknowledged, lock, running = [], threading.Lock(), [True]

    def writer(n):
        while running[0]:
            try:
                status, body = post_json(server.base + "/api/v1/auth/tokens",
                                         {"username": "volunteer", "password": DEMO_PASSWORD, "name": f"b{n}"}, timeout=5)
                if status == 201:
                    with lock:
                        acknowledged.append(body["id"])
            except (OSError, urllib.error.URLError):
                pass

    backup = pathlib.Path(workdir) / "backup.sqlite"
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        for n in range(4):
            pool.submit(writer, n)
        time.sleep(1.5)
        with lock:
            before = list(acknowledged)
        taken = server.cli("backup", str(backup))
        time.sleep(0.5)
        running[0] = False
    assert taken.returncode == 0, taken.stdout + taken.stderr
    assert len(before) > 10, "the writes under way were too few to mean anything"
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(backup) as copy:
        residents, sealed = copy.execute(
            "SELECT COUNT(*), SUM(id_number_sealed LIKE 'v1:%' AND birth_date_sealed LIKE 'v1:%') FROM residents").fetchone()
        assert residents > 0 and sealed == residents, "sealed values stay sealed in the copy"
    assert server.stop() == 0

    refused = server.cli("restore", str(pathlib.Path(workdir) / "missing.sqlite"))
    assert refused.returncode != 0
    restored = server.cli("restore", str(backup))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    with sqlite3.connect(server.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    server.start(demo=False)
    token = token_for(server, "volunteer")
    stored = {item["id"] for item in get_json(server.base + "/api/v1/auth/tokens", token)["items"]}
    missing = [i for i in before if i not in stored]
    assert not missing, f"{len(missing)} writes acknowledged before the backup began are not in it"
    assert server.stop() == 0
    verify = server.cli("audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr


@pytest.mark.skipif("postgres" not in ENGINES, reason="needs the test PostgreSQL server")
def test_a_postgres_database_dumped_and_restored_as_the_docs_say_verifies(workdir):
    server = make_server("postgres", workdir, "doorstep_dump").start()
    token_for(server, "secretary")
    assert server.stop() == 0
    dump = pathlib.Path(workdir) / "doorstep.dump"
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), server.database], check=True, capture_output=True)
    target = fresh_postgres_database("doorstep_restored")
    subprocess.run(["pg_restore", "--no-owner", "-d", target, str(dump)], check=True, capture_output=True)
    restored = Server(target, workdir)
    verify = restored.cli("audit", "verify")
    assert verify.returncode == 0 and "审计日志完好" in verify.stdout, verify.stdout + verify.stderr
    refused = restored.cli("backup", str(pathlib.Path(workdir) / "x.sqlite"))
    assert refused.returncode != 0 and "pg_dump" in refused.stderr


def test_sigterm_finishes_in_flight_requests_and_exits_0(workdir):
    server = make_server("sqlite", workdir, "unused").start()
    results = []

    def request():
        try:
            status, _ = post_json(server.base + "/api/v1/auth/tokens", {"username": "resident", "password": DEMO_PASSWORD})
            results.append(status)
        except urllib.error.HTTPError as error:  # an answer, but not a good one: it must not pass as "not served"
            results.append(error.code)
        except (OSError, urllib.error.URLError):
            results.append("not served")

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(16):
            pool.submit(request)
        time.sleep(0.05)
        code = server.stop(signal.SIGTERM)
    assert code == 0
    # Each request was either answered properly or not served at all (refused once the server stopped listening);
    # none got an error answer because the server was stopping.
    assert all(r in (201, "not served") for r in results), results
    assert 201 in results, "the stop came before any request was answered"


def test_audit_verify_names_a_row_edited_in_the_sqlite_shell(workdir):
    server = make_server("sqlite", workdir, "unused").start()
    for _ in range(5):
        try:
            post_json(server.base + "/api/v1/auth/tokens", {"username": "partner", "password": "wrong-password"})
        except urllib.error.HTTPError as error:
            assert error.code in (401, 403)
    problem = None
    try:
        post_json(server.base + "/api/v1/auth/tokens", {"username": "partner", "password": DEMO_PASSWORD})
    except urllib.error.HTTPError as error:
        problem = json.loads(error.read())
    assert problem and problem["type"].endswith("tooManyAttempts") and "retryAt" in problem
    assert server.stop() == 0

    intact = server.cli("audit", "verify")
    assert intact.returncode == 0 and "审计日志完好" in intact.stdout
    with sqlite3.connect(server.database) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert actions.count("loginFailed") >= 5 and "signInThrottled" in actions
        db.execute("UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = 7")
    broken = server.cli("audit", "verify")
    assert broken.returncode == 2
    assert "第 7 行被改动" in broken.stdout


def test_a_new_deployment_is_set_up_from_the_shell(workdir):
    """Territory first, then the first administrator, then sign-in: the path operations.md describes."""
    server = make_server("sqlite", workdir, "unused")
    for code, name in [("320106005", "宁海路街道"), ("320106005001", "西康路社区"), ("320106005001001", "第一网格")]:
        added = server.cli("territory", "add", "--code", code, "--name", name)
        assert added.returncode == 0, added.stderr
    orphan = server.cli("territory", "add", "--code", "320106009001", "--name", "无街道社区")
    assert orphan.returncode != 0 and "parent:" in orphan.stderr and "(notFound)" in orphan.stderr
    weak = server.cli("users", "create", "--username", "li.ming", "--role", "communityAdmin", "--scope",
                      "community:320106005001", "--password", "weakpass")
    assert weak.returncode != 0 and "password:" in weak.stderr and "(tooFewCharacterClasses)" in weak.stderr
    created = server.cli("users", "create", "--username", "li.ming", "--role", "communityAdmin", "--scope",
                         "community:320106005001", "--display-name", "李明", "--password", "Strong-Pass-1")
    assert created.returncode == 0, created.stderr
    server.start(demo=False)
    status, body = post_json(server.base + "/api/v1/auth/tokens", {"username": "li.ming", "password": "Strong-Pass-1"})
    assert status == 201 and body["account"]["scope"] == "community:320106005001"
    grids = get_json(server.base + "/api/v1/grids", body["token"])
    assert [g["name"] for g in grids["items"]] == ["第一网格"]
    assert server.stop() == 0


def test_every_demo_account_signs_in_through_the_api(demo_server):
    usernames = re.findall(r"^  (\S+)\s+(streetAdmin|communityAdmin|gridWorker|partyMember|volunteer|partner|resident|auditor)\s",
                           demo_server.log(), re.MULTILINE)
    assert {role for _, role in usernames} == {"streetAdmin", "communityAdmin", "gridWorker", "partyMember", "volunteer",
                                                 "partner", "resident", "auditor"}
    for username, role in usernames:
        token = token_for(demo_server, username)
        assert get_json(demo_server.base + "/api/v1/me", token)["role"] == role


def test_no_id_number_or_phone_is_readable_in_the_sqlite_file(workdir):
    server = make_server("sqlite", workdir, "unused").start()
    worker = token_for(server, "grid.worker")
    grid = get_json(server.base + "/api/v1/me", worker)["scope"].split(":")[1]
    _, building = post_json(server.base + "/api/v1/buildings", {"gridCode": grid, "name": "7号楼", "address": "测试路 7 号"}, worker)
    _, household = post_json(server.base + "/api/v1/households", {"buildingID": building["id"], "unit": "1单元", "room": "101"}, worker)
    people = [("11010519491231002X", "13800138000"), ("320106198802290033", "13912345678"), ("440304200001010017", "15011112222")]
    for id_number, phone in people:
        status, _ = post_json(server.base + "/api/v1/residents", {
            "householdID": household["id"], "name": "测试居民", "idNumber": id_number, "phone": phone,
            "relationToHead": "家庭成员", "residenceStatus": "registered"}, worker)
        assert status == 201
    assert server.stop() == 0
    raw = b"".join(p.read_bytes() for p in pathlib.Path(workdir).glob("doorstep.sqlite*"))
    for id_number, phone in people:
        for secret in (id_number, phone, id_number[6:14]):
            assert secret.encode() not in raw, f"{secret} is readable in the database file"
    server.start(demo=False)
    admin = token_for(server, "secretary")
    found = get_json(server.base + "/api/v1/residents?idNumber=320106198802290033", admin)["items"]
    assert [r["idNumberMasked"] for r in found] == ["320106********0033"]
    assert server.stop() == 0


def test_a_csv_saved_by_excel_on_a_chinese_windows_imports(demo_server):
    """Excel's plain "CSV" on a Chinese Windows is GBK: the template's columns in GBK import through the API."""
    worker = token_for(demo_server, "grid.worker")
    grid = get_json(demo_server.base + "/api/v1/me", worker)["scope"].split(":")[1]
    header = "网格代码,楼栋,单元,房号,姓名,证件类型,证件号码,联系电话,与户主关系,居住类型,关爱类别\r\n"
    row = f"{grid},1号楼,8单元,801,龚秀兰,居民身份证,11010519491231002X,13800138000,户主,户籍,独居老人\r\n"
    request = urllib.request.Request(demo_server.base + "/api/v1/residents/import", data=(header + row).encode("gbk"),
                                     method="POST", headers={"Authorization": f"Bearer {worker}", "Content-Type": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status in (200, 201), response.read()
    # By the ID number, not a page of the grid: a page holds at most 500 and lists in id order, not newest first.
    found = get_json(demo_server.base + "/api/v1/residents?idNumber=11010519491231002X", worker)["items"]
    assert [resident["name"] for resident in found] == ["龚秀兰"]


def test_residents_import_from_the_shell_is_all_or_nothing(demo_server, workdir):
    grid = re.search(r"grid\.worker\s+gridWorker\s+grid:(\d{15})", demo_server.log()).group(1)
    header = "网格代码,楼栋,单元,房号,姓名,证件类型,证件号码,联系电话,与户主关系,居住类型,关爱类别\n"
    good = f"{grid},1号楼,9单元,901,导入甲,,11010519491231002X,13800138000,户主,户籍,独居老人\n"
    bad = f"{grid},1号楼,9单元,901,导入乙,,110105194912310021,,配偶,户籍,\n"
    path = pathlib.Path(workdir) / "residents.csv"
    path.write_text(header + good + bad, encoding="utf-8")
    refused = demo_server.cli("import", "residents", str(path), "--as", "grid.worker")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "第 3 行「证件号码」：身份证号校验位不正确，请核对是否抄错。 [idNumberCheckCharacter]" in refused.stdout
    path.write_text(header + good, encoding="utf-8")
    imported = demo_server.cli("import", "residents", str(path), "--as", "grid.worker")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "已导入 1 名居民，新建 1 户。" in imported.stdout


def with_check(seventeen):
    """An 18-digit ID number with its GB 11643 check character."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(d) * w for d, w in zip(seventeen, weights)) % 11]


def test_a_workbook_written_by_openpyxl_imports_and_the_export_opens_in_openpyxl(demo_server, workdir):
    import openpyxl
    grid = re.search(r"grid\.worker\s+gridWorker\s+grid:(\d{15})", demo_server.log()).group(1)
    header = ["网格代码", "楼栋", "单元", "房号", "姓名", "证件类型", "证件号码", "联系电话", "与户主关系", "居住类型", "关爱类别"]
    good = [grid, "1号楼", "7单元", 701, "表格甲", "居民身份证", with_check("11010519560101123"), 13800138000, "户主", "户籍", "独居老人"]
    right = with_check("11010519560101124")
    wrong_check = right[:-1] + ("0" if right[-1] != "0" else "1")
    bad = [grid, "1号楼", "7单元", 702, "表格乙", "", wrong_check, "", "户主", "常住", ""]

    def write(rows, name):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "居民"
        for row in rows:
            sheet.append(row)
        path = pathlib.Path(workdir) / name
        workbook.save(path)
        return path

    # openpyxl writes strings to the shared-string table and the room and phone as numbers, as Excel does.
    refused = demo_server.cli("import", "residents", str(write([header, good, [], bad], "planted.xlsx")), "--as", "grid.worker")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "有 1 行需要更正" in refused.stdout
    assert "第 4 行「证件号码」" in refused.stdout, "row numbers are Excel's, past the blank row"
    imported = demo_server.cli("import", "residents", str(write([header, good], "corrected.xlsx")), "--as", "grid.worker")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "已导入 1 名居民，新建 1 户。" in imported.stdout

    export = pathlib.Path(workdir) / "export.xlsx"
    written = demo_server.cli("export", "residents", str(export), "--as", "grid.worker")
    assert written.returncode == 0, written.stdout + written.stderr
    assert oct(export.stat().st_mode & 0o777) == "0o600"
    rows = list(openpyxl.load_workbook(export, read_only=True).active.iter_rows(values_only=True))
    assert list(rows[0]) == header
    mine = [row for row in rows[1:] if row[4] == "表格甲"]
    assert len(mine) == 1 and mine[0][6] == good[6][:6] + "********" + good[6][-4:] and mine[0][7] == "138****8000"
    assert len(rows) > 100, "the grid's demo residents are in the export"


def test_an_administrator_exports_from_the_shell_only_with_a_code_or_an_audited_override(demo_server, workdir):
    full = pathlib.Path(workdir) / "full.csv"
    asked = ("export", "residents", str(full), "--as", "secretary", "--reason", "报送街道核对")
    refused = demo_server.cli(*asked)
    assert refused.returncode != 0 and "--code" in refused.stderr and not full.exists(), refused.stderr
    wrong = demo_server.cli(*asked, "--code", "000000")
    assert wrong.returncode != 0 and not full.exists(), wrong.stdout + wrong.stderr
    vouched = demo_server.cli(*asked, "--operator-override")
    assert vouched.returncode == 0, vouched.stdout + vouched.stderr
    assert oct(full.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(demo_server.database) as db:
        detail, reason = db.execute(
            "SELECT detail, reason FROM audit_log WHERE action = 'personalDataExported' ORDER BY seq DESC LIMIT 1").fetchone()
    assert json.loads(detail) == {"masked": "false", "operatorOverride": "true", "rows": json.loads(detail)["rows"]}
    assert reason == "报送街道核对"


@pytest.mark.skipif("postgres" not in ENGINES, reason="needs the test PostgreSQL server")
def test_the_demo_street_joins_a_district_database_with_every_figure_unchanged(workdir, demo_template):
    """`doorstep migrate-to` as operations.md describes it: the street's file and key file, the district's URL and key file."""
    directory, _ = demo_template
    street_dir = pathlib.Path(workdir) / "street"
    district_dir = pathlib.Path(workdir) / "district"
    street_dir.mkdir()
    district_dir.mkdir()
    for name in os.listdir(directory):
        shutil.copy(directory / name, street_dir / name)
    street = Server(str(street_dir / "doorstep.sqlite"), street_dir)
    anchor = street.cli("audit", "anchor").stdout.strip()
    district = Server(fresh_postgres_database("doorstep_district"), district_dir)
    for code, name in [("320106005", "宁海路街道"), ("320106005001", "西康路社区")]:
        assert district.cli("territory", "add", "--code", code, "--name", name).returncode == 0
    district.cli("users", "create", "--username", "secretary", "--role", "communityAdmin", "--scope",
                 "community:320106005001", "--display-name", "李明", "--password", "Strong-Pass-1")

    def migrate(*extra):
        return subprocess.run(
            [str(BINARY), "migrate-to", district.database, "--database", street.database, "--source-key-file",
             str(street_dir / "doorstep.key"), "--target-key-file", str(district_dir / "doorstep.key"), *extra],
            cwd=workdir, env=street.env(), capture_output=True, text=True, timeout=600)

    refused = migrate("--check")
    assert refused.returncode != 0 and "accounts.username" in refused.stderr and "(usernameExists)" in refused.stderr
    moved = migrate("--username-suffix", ".demo", "--source-anchor", anchor)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert "0 个不一致" in moved.stdout, moved.stdout
    carry = re.search(r"迁移编号 ([0-9a-f-]+)", moved.stdout).group(1)
    assert district.cli("audit", "verify").returncode == 0
    old_chain = district.cli("audit", "verify", "--carried", carry, "--source-key-file", str(street_dir / "doorstep.key"),
                             "--anchor", anchor)
    assert old_chain.returncode == 0 and "审计日志完好" in old_chain.stdout, old_chain.stdout + old_chain.stderr
    figures = district.cli("figures", "verify")
    assert figures.returncode == 0 and "没有差异" in figures.stdout, figures.stdout + figures.stderr
    district.start(demo=False)
    status, body = post_json(district.base + "/api/v1/auth/tokens", {"username": "secretary.demo", "password": DEMO_PASSWORD})
    assert status == 201 and body["account"]["username"] == "secretary.demo" and "320106005" not in body["account"]["scope"]
    assert district.stop() == 0
