"""A grid worker without signal (B9), in headless Chromium on a phone-sized and a desktop window: the pages opened
before still open, a report and a visit made offline wait on the phone as 待发送, and both arrive once when the
network is back. The network is switched off as DevTools does, for the page and for its service worker."""
import json
import sqlite3
import time
import urllib.request
import uuid

import websocket
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401


def network(driver, offline):
    """Emulates the network off or on for the page and for every service worker. A worker's emulation lasts while
    its DevTools session is open, so the sessions are kept until the network comes back."""
    conditions = {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    # The worker first, so that the page's "online" finds its worker online too.
    for session in getattr(driver, "worker_sessions", []):
        session.close()
    driver.worker_sessions = []
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", conditions)
    if not offline:
        return
    address = driver.capabilities["goog:chromeOptions"]["debuggerAddress"]
    targets = json.load(urllib.request.urlopen(f"http://{address}/json/list"))
    workers = [target for target in targets if target["type"] == "service_worker"]
    assert workers, "the service worker runs"
    for target in workers:
        session = websocket.create_connection(target["webSocketDebuggerUrl"], suppress_origin=True)
        for number, (method, params) in enumerate([("Network.enable", {}), ("Network.emulateNetworkConditions", conditions)], 1):
            session.send(json.dumps({"id": number, "method": method, "params": params}))
            while json.loads(session.recv()).get("id") != number:
                pass
        driver.worker_sessions.append(session)


def kept_pages(driver):
    return driver.execute_async_script(
        "var done = arguments[0]; caches.keys().then(function (names) { return Promise.all(names.map(function (name) {"
        " return caches.open(name).then(function (cache) { return cache.keys(); }); })); }).then(function (lists) {"
        " done([].concat.apply([], lists).map(function (request) { return new URL(request.url).pathname; })); })")


def open_kept(driver, server, paths):
    """Opens each page once the service worker runs, and waits until the phone keeps them all."""
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"),
                                    message="the service worker never took the page")
    for path in paths:
        driver.get(server.base + path)
    WebDriverWait(driver, 10).until(lambda d: set(paths) <= set(kept_pages(d)), message=f"kept: {kept_pages(driver)}")


def count(server, sql, value):
    with sqlite3.connect(server.database) as db:
        return db.execute(sql, (value,)).fetchone()[0]


def outbox(driver):
    # Read in one step: the script redraws the list as forms leave it.
    return driver.execute_script("return Array.from(document.querySelectorAll('#outbox li'), function (li) { return li.textContent; })")


def test_a_report_and_a_visit_made_offline_arrive_once(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    # The worker opens what they will need; the service worker keeps each page as it is opened.
    open_kept(browser, demo_server, ["/inbox", "/cases/new", "/visits/new"])
    report, finding = f"楼道堆满纸箱 {uuid.uuid4().hex[:8]}", f"独居老人，暖气不热 {uuid.uuid4().hex[:8]}"

    network(browser, offline=True)
    try:
        browser.get(demo_server.base + "/inbox")
        assert browser.find_element(By.TAG_NAME, "h1").text == "我的待办", "the inbox opens from the phone"
        browser.get(demo_server.base + "/cases/new")
        Select(browser.find_element(By.ID, "c-category")).select_by_visible_text("楼道堆放杂物")
        browser.find_element(By.NAME, "description").send_keys(report)
        browser.find_element(By.CSS_SELECTOR, "#main form[enctype] button[type=submit]").click()
        WebDriverWait(browser, 10).until(lambda d: "kept=1" in d.current_url)
        assert "没有网络：已存在本机" in browser.find_element(By.CSS_SELECTOR, "#outbox .kept").text
        assert [item for item in outbox(browser) if report in item and "待发送" in item]
        assert_fits(browser)

        browser.get(demo_server.base + "/visits/new")
        Select(browser.find_element(By.ID, "v-household")).select_by_index(1)
        browser.find_element(By.NAME, "findings").send_keys(finding)
        browser.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]").click()
        WebDriverWait(browser, 10).until(lambda d: "kept=1" in d.current_url)
        waiting = outbox(browser)
        assert len(waiting) == 2 and any(finding in item for item in waiting), waiting
        assert count(demo_server, "SELECT COUNT(*) FROM cases WHERE description = ?", report) == 0, "nothing reached the server"
    finally:
        network(browser, offline=False)

    # Back online: the outbox empties itself, and each form arrived once.
    WebDriverWait(browser, 20).until(lambda d: not outbox(d), message=f"still waiting: {outbox(browser)}")
    assert "都已发送" in browser.find_element(By.CSS_SELECTOR, "#outbox .kept").text
    assert count(demo_server, "SELECT COUNT(*) FROM cases WHERE description = ?", report) == 1
    assert count(demo_server, "SELECT COUNT(*) FROM visits WHERE findings = ?", finding) == 1
    # Asked to send again, and loaded again, nothing is sent twice.
    browser.execute_script("navigator.serviceWorker.controller.postMessage('send')")
    browser.get(demo_server.base + "/inbox")
    assert not outbox(browser)
    assert count(demo_server, "SELECT COUNT(*) FROM cases WHERE description = ?", report) == 1
    assert count(demo_server, "SELECT COUNT(*) FROM visits WHERE findings = ?", finding) == 1


def test_signing_out_clears_the_pages_kept_on_the_phone(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    open_kept(browser, demo_server, ["/inbox"])
    browser.find_element(By.CSS_SELECTOR, "header form[action='/logout'] button").click()
    WebDriverWait(browser, 10).until(lambda d: "/login" in d.current_url)
    assert kept_pages(browser) == [], "Clear-Site-Data removed the kept pages"


def test_a_form_kept_while_the_session_ended_waits_and_is_sent_after_signing_in_again(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    open_kept(browser, demo_server, ["/cases/new"])
    report = f"路灯不亮 {uuid.uuid4().hex[:8]}"
    network(browser, offline=True)
    try:
        browser.get(demo_server.base + "/cases/new")
        Select(browser.find_element(By.ID, "c-category")).select_by_visible_text("路灯损坏")
        browser.find_element(By.NAME, "description").send_keys(report)
        browser.find_element(By.CSS_SELECTOR, "#main form[enctype] button[type=submit]").click()
        WebDriverWait(browser, 10).until(lambda d: "kept=1" in d.current_url)
        # The session ends while the phone is offline (it timed out, say).
        browser.delete_all_cookies()
    finally:
        network(browser, offline=False)
    browser.execute_script("navigator.serviceWorker.controller.postMessage('send')")
    time.sleep(3)  # the worker's try: it finds no session and must keep the form
    assert [item for item in outbox(browser) if report in item and "待发送" in item], "kept, not taken for sent"
    assert count(demo_server, "SELECT COUNT(*) FROM cases WHERE description = ?", report) == 0
    # Signed in again, with a new session and its new CSRF token, the phone sends it once.
    sign_in(browser, demo_server, "grid.worker")
    WebDriverWait(browser, 30).until(lambda d: count(demo_server, "SELECT COUNT(*) FROM cases WHERE description = ?", report) == 1)
    WebDriverWait(browser, 10).until(lambda d: not outbox(d))
