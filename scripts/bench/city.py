"""The suite's city-scale part (issue 16): `doorstep demo --scale city` builds the city, then the dispatch board, a
lane, the grid worker's inbox and the street, community and grid dashboards are measured on it at 1 and 16 clients,
beside the same dashboard figures counted by scanning the tables; with the server's peak memory and cold start on
the city's file."""
import datetime
import re
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

CLIENTS = (1, 16)


def build(bin, work, env, cases, residents):
    """Builds the city into a new file; returns its path, the seconds it took and the command's report."""
    path = work / "city.sqlite"
    started = time.monotonic()
    out = subprocess.run([bin, "demo", "--scale", "city", "--cases", str(cases), "--residents", str(residents),
                          "--database", str(path)], cwd=work, env=env, check=True, capture_output=True, text=True).stdout
    return path, time.monotonic() - started, out


def accounts(path):
    """The first city street's admin, its first community's secretary and its first grid's worker."""
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute(
            "SELECT username FROM accounts WHERE id LIKE 'city-%' ORDER BY scope_code LIMIT 3")]
    return dict(zip(["street", "community", "grid"], names))


def session(base, username, password):
    """Signs in through the login form, as a person does; returns the session cookie's value."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"_csrf": csrf, "username": username, "password": password, "next": "/"}).encode()
    opener.open(base + "/login", data=form)
    return next(cookie.value for cookie in jar if cookie.name == "doorstep_session")


def runs():
    """The pages measured: name, whose session, path."""
    year = f"from={datetime.date.today() - datetime.timedelta(days=364)}&to={datetime.date.today()}"
    return [
        ("GET /cases (dispatch board, street)", "street", "/cases"),
        ("GET /cases?lane=overdue (a lane, community)", "community", "/cases?lane=overdue"),
        ("GET /inbox (grid worker's inbox)", "grid", "/inbox"),
        ("GET / street dashboard (month)", "street", "/"),
        ("GET / street dashboard (year)", "street", "/?" + year),
        ("GET / community dashboard (month)", "community", "/"),
        ("GET / grid dashboard (month)", "grid", "/"),
    ]


def dashboards():
    """The dashboards of `runs`, without the lists."""
    return [run for run in runs() if run[0].startswith("GET / ")]


def measure(base, sessions, wrk, pages=None):
    """Every page of `pages` (default `runs()`) at each number of clients: [(name, clients, wrk summary)]. A page
    slower than the run answers nothing within it; it is then timed once, alone."""
    results = []
    for clients in CLIENTS:
        for name, who, path in pages or runs():
            cookie = f"doorstep_session={sessions[who]}"
            result = wrk(base + path, clients, "-H", f"Cookie: {cookie}")
            if result[4] == 0:
                started = time.monotonic()
                urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie}), timeout=600).read()
                seconds = time.monotonic() - started
                result = (1 / seconds, seconds * 1000, seconds * 1000, 0, 1)
                name += " (timed once: slower than the run)"
            results.append((name, clients, result))
    return results


def scan(path, street):
    """The street dashboard's closed-loop figures and visits for this month, counted by reading every row of the
    tables (no index): what a dashboard costs without the registry's indexes and tallies. Returns seconds, best of 3."""
    today = datetime.date.today()
    first = today.replace(day=1)
    start = f"{first - datetime.timedelta(days=1)}T16:00:00.000Z"  # China's midnight, in UTC
    end = f"{today}T16:00:00.000Z"
    place = "community_code >= :street AND community_code < :next"
    queries = [
        f"SELECT COUNT(*) FROM cases NOT INDEXED WHERE {place} AND created_at >= :start AND created_at < :end "
        "AND merged_into IS NULL",
        f"SELECT COUNT(*) FROM cases NOT INDEXED WHERE {place} AND created_at < :end AND merged_into IS NULL "
        "AND state NOT IN ('rejected', 'voided') AND (closed_at IS NULL OR closed_at >= :end)",
        f"SELECT SUM(closed_on_time = 1), COUNT(*) FROM cases NOT INDEXED WHERE {place} AND deadline >= :start "
        "AND deadline < :end AND state NOT IN ('rejected', 'voided', 'shelved')",
        f"SELECT SUM(satisfaction IN ('verySatisfied', 'satisfied')), COUNT(*) FROM cases NOT INDEXED WHERE {place} "
        "AND evaluated_at >= :start AND evaluated_at < :end",
        f"SELECT COUNT(*) FROM visits NOT INDEXED WHERE {place} AND visited_on >= :first AND visited_on <= :last",
    ]
    values = {"street": street, "next": street[:-1] + chr(ord(street[-1]) + 1), "start": start, "end": end,
              "first": str(first), "last": str(today)}
    best = float("inf")
    with sqlite3.connect(path) as db:
        for _ in range(3):
            started = time.monotonic()
            for query in queries:
                db.execute(query, values).fetchall()
            best = min(best, time.monotonic() - started)
    return best
