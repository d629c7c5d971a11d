"""The closed loop as people use it, in headless Chromium on a phone-sized and a desktop window: a resident reports
with their location and a photo, the grid worker takes it from the inbox and reports back with an after-photo, the
secretary checks it, and the resident rates it from the tracking link."""
import base64
import hmac
import json
import struct
import time
import urllib.error
import urllib.request

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, grid_codes, pytest_runtest_makereport, sign_in  # noqa: F401
from conftest import DEMO_PASSWORD


def jpeg_with_location():
    """A tiny JPEG whose Exif block carries an orientation and a GPS marker that must not survive the upload."""
    gps = b"GPS-30.6586N-104.0648E"
    tiff = (b"II*\x00\x08\x00\x00\x00\x02\x00" + b"\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00"
            + b"\x25\x88\x04\x00\x01\x00\x00\x00\x26\x00\x00\x00" + b"\x00\x00\x00\x00" + gps)
    exif = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    return b"\xff\xd8" + app1 + b"\xff\xda\x00\x02\x01\xff\xd9"


def totp(secret, at=None):
    key = base64.b32decode(secret)
    mac = hmac.new(key, struct.pack(">Q", int((at or time.time()) // 30)), "sha1").digest()
    offset = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def api_token(server, username):
    request = urllib.request.Request(server.base + "/api/v1/auth/tokens", method="POST",
                                     data=json.dumps({"username": username, "password": DEMO_PASSWORD}).encode(),
                                     headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(request).read())["token"]


def centre_of_grid(server, grid, username="grid.worker"):
    """The middle of a grid's boundary, read by an account that may see the grid."""
    request = urllib.request.Request(server.base + f"/api/v1/grids/{grid}",
                                     headers={"Authorization": f"Bearer {api_token(server, username)}"})
    ring = json.loads(urllib.request.urlopen(request).read())["boundary"]["coordinates"][0][:-1]
    return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)


def sign_out(driver):
    driver.find_element(By.CSS_SELECTOR, "form[action='/logout'] button").click()
    WebDriverWait(driver, 10).until(lambda d: "/login" in d.current_url)


def state_of(driver):
    return driver.find_element(By.CSS_SELECTOR, "p.lead").text


def test_a_report_goes_round_the_whole_loop(browser, demo_server, tmp_path):
    grid = grid_codes(demo_server)[0]
    latitude, longitude = centre_of_grid(demo_server, grid)
    photo = tmp_path / "楼道.jpg"
    photo.write_bytes(jpeg_with_location())

    # The resident, without an account, reports from where they stand.
    browser.execute_cdp_cmd("Browser.grantPermissions", {"origin": demo_server.base, "permissions": ["geolocation"]})
    browser.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": latitude, "longitude": longitude, "accuracy": 5})
    browser.get(demo_server.base + "/report")
    assert_fits(browser)
    Select(browser.find_element(By.ID, "r-community")).select_by_value(grid[:12])
    Select(browser.find_element(By.ID, "r-category")).select_by_value("L0202")
    browser.find_element(By.ID, "r-description").send_keys("楼道里有人给电动车充电")
    browser.find_element(By.CSS_SELECTOR, "button[data-locate]").click()
    WebDriverWait(browser, 10).until(lambda d: "," in d.find_element(By.ID, "r-located").text)
    browser.find_element(By.ID, "r-photos").send_keys(str(photo))
    browser.find_element(By.ID, "r-phone").send_keys("13912345678")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/track/" in d.current_url)
    code = browser.find_element(By.ID, "public-code").text
    track = demo_server.base + "/track/" + code
    assert "13912345678" not in browser.page_source
    assert_fits(browser)

    # The grid worker finds it in the inbox (placed in their grid by the location) and takes it in one tap.
    sign_in(browser, demo_server, "grid.worker")
    browser.get(demo_server.base + "/inbox")
    card = browser.find_element(By.CSS_SELECTOR, f"li[data-tracking='{code}']")
    assert_fits(browser)
    card.find_element(By.CSS_SELECTOR, "button[value=take]").click()
    WebDriverWait(browser, 10).until(lambda d: "/cases/" in d.current_url and d.find_elements(By.ID, "step-submitFeedback"))
    case_url = browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "p.flash").text == "已完成：受理、立案、派遣、签收。", "each step of the tap says it worked"
    assert "139****5678" in browser.page_source, "the phone is shown masked"
    form = browser.find_element(By.ID, "step-submitFeedback")
    form.find_element(By.NAME, "note").send_keys("已劝导，电动车移到充电棚")
    form.find_element(By.NAME, "photos").send_keys(str(photo))
    form.find_element(By.CSS_SELECTOR, "button[value=submitFeedback]").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, "step-submitFeedback"))
    assert browser.find_element(By.CSS_SELECTOR, "p.flash").text == "已完成：处置反馈。", "a step says it worked"
    assert not browser.find_elements(By.ID, "step-check"), "the handler cannot check their own work"
    assert len(browser.find_elements(By.CSS_SELECTOR, ".photos img")) == 2
    assert_fits(browser)
    sign_out(browser)

    # Someone else checks it: the secretary, after turning on two-step verification as administrators must.
    sign_in(browser, demo_server, "secretary")
    browser.get(demo_server.base + "/account")
    browser.find_element(By.CSS_SELECTOR, "#two-factor button").click()
    secret = WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(lambda d: d.find_element(By.ID, "totp-secret").text)
    browser.find_element(By.ID, "totp-code").send_keys(totp(secret))
    browser.find_element(By.CSS_SELECTOR, "form[action='/account/two-factor/confirm'] button").click()
    WebDriverWait(browser, 10).until(lambda d: "twofactor_enabled" in d.current_url)
    browser.get(case_url)
    photo_src = browser.find_elements(By.CSS_SELECTOR, ".photos img")[0].get_attribute("src")
    session = browser.get_cookie("doorstep_session")["value"]
    stored = urllib.request.urlopen(urllib.request.Request(photo_src, headers={"Cookie": f"doorstep_session={session}"})).read()
    assert stored.startswith(b"\xff\xd8") and b"GPS" not in stored, "the location is stripped from the stored photo"
    browser.find_element(By.CSS_SELECTOR, "#step-check button[value=checkPassed]").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, "step-check"))
    sign_out(browser)

    # The resident rates it from the tracking link; every step is in the public history.
    browser.get(track)
    browser.find_element(By.CSS_SELECTOR, "#rating input[name=solved][value=\"1\"]").click()
    browser.find_element(By.CSS_SELECTOR, "#rating input[value=verySatisfied]").click()
    browser.find_element(By.CSS_SELECTOR, "#rating button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, "rating"))
    steps = [li.find_element(By.TAG_NAME, "strong").text for li in browser.find_elements(By.CSS_SELECTOR, "#public-history li")]
    assert len(steps) == 8, steps  # report, accept, register, dispatch, sign for, feedback, check passed, rating
    assert "李" not in " ".join(li.text for li in browser.find_elements(By.CSS_SELECTOR, "#public-history li .when"))
    assert_fits(browser)

    # The staff view has the same steps with who took them.
    sign_in(browser, demo_server, "grid.worker")
    browser.get(case_url)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#case-history li")) == 8


def test_large_text_and_a_clear_error_on_the_public_page(browser, demo_server):
    browser.get(demo_server.base + "/report")
    toggle = browser.find_element(By.ID, "large-toggle")
    assert (toggle.text, toggle.get_attribute("aria-pressed")) == ("大字：关", "false")
    hint_before = browser.execute_script("return parseFloat(getComputedStyle(document.querySelector('.hint')).fontSize)")
    toggle.click()
    assert "large" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
    toggle = browser.find_element(By.ID, "large-toggle")
    assert (toggle.text, toggle.get_attribute("aria-pressed")) == ("大字：开", "true"), "the switch shows it is on"
    hint_after = browser.execute_script("return parseFloat(getComputedStyle(document.querySelector('.hint')).fontSize)")
    assert hint_after >= hint_before * 1.2, f"hints grow with the labels ({hint_before}px → {hint_after}px)"
    Select(browser.find_element(By.ID, "r-category")).select_by_value("E0102")
    browser.find_element(By.ID, "r-description").send_keys("垃圾没人收")
    browser.find_element(By.ID, "r-phone").send_keys("12345")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    error = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".field-error, .error"))[0]
    assert "电话" in error.text or "手机" in error.text
    assert browser.find_element(By.ID, "r-description").get_attribute("value") == "垃圾没人收", "nothing typed is lost"
    browser.get(demo_server.base + "/report")
    assert "large" in browser.find_element(By.TAG_NAME, "body").get_attribute("class"), "the choice is remembered"
    assert_fits(browser)


def wait(driver):
    """A wait that looks again when the page it looked at was replaced by the next one (Chromium then reports a stale
    element, or a node that no longer belongs to the document)."""
    return WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException, WebDriverException))


def test_grid_worker_mediates_a_dispute(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    browser.get(demo_server.base + "/inbox")
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, ".cases a.title") if a.text == "邻里纠纷")
    link.click()
    start = wait(browser).until(lambda d: d.find_elements(By.ID, "mediation-start"))[0]
    start.find_element(By.ID, "m-mediator").send_keys("老党员王大爷")
    start.find_element(By.ID, "m-party1").send_keys("刘建国")
    start.find_element(By.ID, "m-party2").send_keys("张秀英")
    start.find_element(By.CSS_SELECTOR, "button").click()
    parties = wait(browser).until(lambda d: d.find_element(By.ID, "mediation-parties").text)
    assert "刘**" in parties and "张**" in parties and "刘建国" not in browser.page_source
    browser.execute_script("document.getElementById('m-held').value = arguments[0]", time.strftime("%Y-%m-%d"))
    browser.find_element(By.ID, "m-notes").send_keys("双方各自陈述，约定装修避开午休")
    browser.find_element(By.CSS_SELECTOR, "#mediation-session button").click()
    wait(browser).until(lambda d: "午休" in d.find_element(By.ID, "mediation-sessions").text)
    Select(browser.find_element(By.ID, "m-outcome")).select_by_value("agreementReached")
    browser.find_element(By.CSS_SELECTOR, "#mediation-conclude button").click()
    error = wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, ".field-error, .error").text)
    assert "协议内容" in error, "an agreement must be written down"
    Select(browser.find_element(By.ID, "m-outcome")).select_by_value("agreementReached")
    browser.find_element(By.ID, "m-agreement").send_keys("楼上装修每日 12:00–14:00 停工")
    browser.find_element(By.CSS_SELECTOR, "#mediation-conclude button").click()
    outcome = wait(browser).until(lambda d: d.find_element(By.ID, "mediation-outcome").text)
    assert outcome == "达成协议"
    assert_fits(browser)


def test_street_admin_imports_next_years_holidays(browser, demo_server, tmp_path):
    sign_in(browser, demo_server, "street.admin")
    browser.get(demo_server.base + "/account")
    browser.find_element(By.CSS_SELECTOR, "#two-factor button").click()
    secret = wait(browser).until(lambda d: d.find_element(By.ID, "totp-secret").text)
    browser.find_element(By.ID, "totp-code").send_keys(totp(secret))
    browser.find_element(By.CSS_SELECTOR, "form[action='/account/two-factor/confirm'] button").click()
    WebDriverWait(browser, 10).until(lambda d: "twofactor_enabled" in d.current_url)
    browser.get(demo_server.base + "/cases/calendar?year=2027")
    assert browser.find_elements(By.CSS_SELECTOR, "p.warning"), "no holidays yet for 2027"
    bad = tmp_path / "2027-bad.csv"
    bad.write_text("日期,类型,名称\n2027-01-01,休,元旦\n2027-02-30,休,春节\n2027-02-20,放,春节调休\n", encoding="utf-8")
    browser.find_element(By.ID, "cal-file").send_keys(str(bad))
    browser.find_element(By.CSS_SELECTOR, "#calendar-import button").click()
    problems = wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".error li"))
    assert len(problems) == 2 and "第 3 行" in problems[0].text and "第 4 行" in problems[1].text, [p.text for p in problems]
    assert not browser.find_elements(By.CSS_SELECTOR, "#calendar-days tbody tr"), "nothing is saved from a bad file"
    good = tmp_path / "2027.csv"
    good.write_text("日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n", encoding="utf-8")
    browser.find_element(By.ID, "cal-file").send_keys(str(good))
    browser.find_element(By.CSS_SELECTOR, "#calendar-import button").click()
    rows = wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#calendar-days tbody tr"))
    assert [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows] == ["2027-01-01", "2027-02-06"]
    assert_fits(browser)


def test_a_public_report_sent_twice_files_one_case(demo_server):
    """A double tap, or a resend after the answer was lost, carries the form's own key: one case, one tracking code."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(), NoRedirect())
    page = opener.open(demo_server.base + "/report").read().decode()
    field = lambda name: page.split(f'name="{name}" value="', 1)[1].split('"', 1)[0]  # noqa: E731
    community = page.split('name="communityCode"', 1)[1].split('<option value="', 1)[1].split('"', 1)[0]
    fields = {"_csrf": field("_csrf"), "formKey": field("formKey"), "communityCode": community, "categoryCode": "L0202",
              "description": "楼道里堆了很多纸箱，走不过去", "address": "3号楼2单元"}
    boundary = "----doorstep-twice"
    body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields.items())
    body = (body + f"--{boundary}--\r\n").encode()
    places = []
    for _ in range(2):
        request = urllib.request.Request(demo_server.base + "/report", data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            opener.open(request)
        except urllib.error.HTTPError as answer:
            assert answer.code == 303, answer.read().decode()[:2000]
            places.append(answer.headers["Location"])
    assert len(places) == 2 and places[0] == places[1] and "/track/" in places[0], places


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_inbox_shows_the_twenty_most_urgent_and_links_to_every_case_in_hand(browser, demo_server):
    """A grid worker holding more cases than a phone can scroll sees the twenty due soonest, then how many they hold,
    and signs for one from the list of them all."""
    token = api_token(demo_server, "grid.worker")

    def call(path, body):
        request = urllib.request.Request(demo_server.base + path, data=json.dumps(body).encode(), method="POST",
                                         headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        return json.loads(urllib.request.urlopen(request).read())

    me = json.loads(urllib.request.urlopen(urllib.request.Request(
        demo_server.base + "/api/v1/me", headers={"Authorization": f"Bearer {token}"})).read())["id"]
    for n in range(22):
        case = call("/api/v1/cases", {"categoryCode": "L0201", "description": f"消防通道堆物 {n}"})
        for action in ["accept", "register", "dispatch"]:
            extra = {"handlerAccountID": me} if action == "dispatch" else {}
            case = call(f"/api/v1/cases/{case['id']}/steps", {"action": action, "version": case["version"], **extra})
    sign_in(browser, demo_server, "grid.worker")
    browser.get(demo_server.base + "/inbox")
    link = browser.find_element(By.ID, "all-in-hand")
    held = int(link.text.split("共有 ")[1].split(" 件")[0])
    assert held >= 22 and link.text.startswith("以上是最急的 20 件")
    assert_fits(browser)
    link.click()
    wait(browser).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "我经办的全部事件")
    assert len(browser.find_elements(By.CSS_SELECTOR, "ul.cases > li")) == held
    assert_fits(browser)
    signs = len(browser.find_elements(By.CSS_SELECTOR, "button[value=signFor]"))
    browser.find_element(By.CSS_SELECTOR, "button[value=signFor]").click()
    wait(browser).until(lambda d: "已完成：签收。" in d.find_element(By.CSS_SELECTOR, "p.flash").text)
    browser.get(demo_server.base + "/inbox/in-hand")
    assert len(browser.find_elements(By.CSS_SELECTOR, "button[value=signFor]")) == signs - 1
