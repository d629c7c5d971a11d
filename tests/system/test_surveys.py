"""Satisfaction surveys as the office, a grid worker's door-to-door round and a resident use them, in headless Chromium
on a phone-sized and a desktop window: last quarter's survey of an estate (set up and answered over the API), this
quarter's set up on the office page and answered at the door and by a resident on the public page, and the
before/after comparison for the estate with the counts behind both rates."""
import json
import urllib.request
from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, follow_menu, sign_in  # noqa: F401
from test_cases import api_token
from test_party_work import alert, enrol_two_factor

PHONE = "13987650001"


def replaced(element):
    """Whether the page holding the element has been replaced: Chrome says so either as a stale reference or, while
    the new document is being built, as a node that no longer belongs to the document."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def call(server, path, body=None, token=None, session=None):
    """A JSON call with a bearer token or a signed-in page session."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if session:
        headers["Cookie"] = f"doorstep_session={session}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(server.base + path, data=data, method="GET" if body is None else "POST", headers=headers)
    return json.loads(urllib.request.urlopen(request).read())


def china_today():
    return datetime.now(timezone(timedelta(hours=8))).date()


def test_two_surveys_a_quarter_apart_compare_one_estate(browser, demo_server):
    # The grid worker's first building lies in an estate; a resident of one of its households registers a phone.
    worker = api_token(demo_server, "grid.worker")
    building = next(b for b in call(demo_server, "/api/v1/buildings", token=worker)["items"] if b.get("estateID"))
    estate = building["estateID"]
    households = call(demo_server, f"/api/v1/buildings/{building['id']}/households", token=worker)["items"]
    home = households[-1]
    call(demo_server, "/api/v1/residents", {
        "householdID": home["id"], "name": "孙桂兰", "idDocumentType": "passport", "idNumber": "E20260001", "phone": PHONE,
        "relationToHead": "户主", "residenceStatus": "registered"}, token=worker)

    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    session = browser.get_cookie("doorstep_session")["value"]

    # Last quarter, over the API: 8 households of the estate, 5 of them satisfied.
    today = china_today()
    before = call(demo_server, "/api/v1/surveys", {
        "title": "上季度小区满意度测评", "place": f"estate:{estate}", "opensOn": str(today - timedelta(days=91)),
        "closesOn": str(today), "questions": [{"kind": "scale", "text": "总体满意度"}, {"kind": "text", "text": "意见建议"}]},
        session=session)
    estate_buildings = [b for b in call(demo_server, "/api/v1/buildings", session=session)["items"] if b.get("estateID") == estate]
    other = next(b for b in estate_buildings if b["id"] != building["id"])
    others = call(demo_server, f"/api/v1/buildings/{other['id']}/households", session=session)["items"]
    levels = ["verySatisfied"] * 3 + ["satisfied"] * 2 + ["fairlySatisfied"] * 2 + ["dissatisfied"]
    for household, level in zip(others, levels):
        call(demo_server, f"/api/v1/surveys/{before['id']}/answers", {"householdID": household["id"], "answers": {"q1": level}},
             session=session)

    # This quarter, on the office page: the estate, the suggested questions, open from today for two weeks.
    follow_menu(browser, "满意度测评")
    assert_fits(browser)
    browser.find_element(By.ID, "s-title").send_keys("本季度小区满意度测评")
    Select(browser.find_element(By.ID, "s-place")).select_by_value(f"estate:{estate}")
    browser.find_element(By.CSS_SELECTOR, "#survey-new button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "door"))
    after = browser.current_url.split("?")[0].rsplit("/", 1)[1]
    assert browser.find_element(By.ID, "survey-state").text == "进行中"
    assert_fits(browser)

    # Door to door on the phone: three households of the worker's building.
    for household, level in zip(households[:3], ["satisfied", "satisfied", "fairlySatisfied"]):
        if not browser.find_elements(By.ID, "door-household"):
            Select(browser.find_element(By.ID, "door-building")).select_by_value(building["id"])
            browser.find_element(By.CSS_SELECTOR, "#door-choose button").click()
            WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "door-household"))
        Select(browser.find_element(By.ID, "door-household")).select_by_value(household["id"])
        browser.find_element(By.ID, f"q1-{level}").click()
        submit = browser.find_element(By.CSS_SELECTOR, "#door-answer button[type=submit]")
        submit.click()
        # Back on the same building for the next household, once the page that was submitted has gone.
        WebDriverWait(browser, 10).until(lambda d: replaced(submit))
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "door-household"))
        assert "已保存" in browser.find_element(By.CSS_SELECTOR, ".flash").text
        assert_fits(browser)
    answered = browser.find_element(By.CSS_SELECTOR, f"#door-household option[value='{households[0]['id']}']")
    assert answered.get_attribute("disabled") is not None, "a household that answered cannot be chosen again"
    assert browser.find_element(By.CSS_SELECTOR, "#survey-rate .figure-value").text == "66.7%"
    assert browser.find_element(By.ID, "survey-rate-counts").text == "2/3 户"

    # A resident on the public page, signed out: big type; the wrong phone is refused, the registered one taken.
    browser.delete_cookie("doorstep_session")
    browser.get(demo_server.base + f"/s/{after}")
    assert "large" in (browser.find_element(By.TAG_NAME, "body").get_attribute("class") or "")
    assert_fits(browser)
    Select(browser.find_element(By.ID, "p-building")).select_by_value(building["id"])
    browser.find_element(By.ID, "p-unit").send_keys(home["unit"].replace("单元", ""))
    browser.find_element(By.ID, "p-room").send_keys(home["room"])
    browser.find_element(By.ID, "p-phone").send_keys("13900009999")
    browser.find_element(By.ID, "q1-verySatisfied").click()
    browser.find_element(By.CSS_SELECTOR, "#public-survey button[type=submit]").click()
    assert "电话对不上" in alert(browser)
    assert_fits(browser)
    phone = browser.find_element(By.ID, "p-phone")
    phone.clear()
    phone.send_keys(PHONE)
    browser.find_element(By.CSS_SELECTOR, "#public-survey button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "public-thanks"))
    assert not browser.find_elements(By.ID, "public-survey")
    assert_fits(browser)

    # Back in the office: one more answer over the API, then the list, the results and the comparison.
    browser.add_cookie({"name": "doorstep_session", "value": session, "path": "/"})
    call(demo_server, f"/api/v1/surveys/{after}/answers", {"householdID": others[0]["id"], "answers": {"q1": "verySatisfied"}},
         session=session)
    browser.get(demo_server.base + "/surveys")
    row = browser.find_element(By.CSS_SELECTOR, f"li[data-survey='{after}']")
    assert row.find_element(By.CSS_SELECTOR, ".survey-rate").text == "80.0%"
    assert row.find_element(By.CSS_SELECTOR, ".survey-counts").text == "（4/5）"
    assert browser.find_element(By.CSS_SELECTOR, f"li[data-survey='{before['id']}'] .survey-counts").text == "（5/8）"
    assert_fits(browser)
    row.find_element(By.CSS_SELECTOR, ".survey-compare").click()
    summary = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "compare-summary").text)
    assert "满意率由 62.5%（5/8）升至 80.0%（4/5），提高 17.5 个百分点" in summary
    assert browser.find_element(By.ID, "compare-before-answers").text == "8"
    assert browser.find_element(By.ID, "compare-after-answers").text == "5"
    assert browser.find_element(By.ID, "compare-before-satisfied").text == "5"
    assert browser.find_element(By.ID, "compare-after-satisfied").text == "4"
    assert_fits(browser)

    body = call(demo_server, f"/api/v1/surveys/compare?before={before['id']}&after={after}", session=session)
    assert (body["before"]["rate"]["satisfied"], body["before"]["rate"]["answers"]) == (5, 8)
    assert (body["after"]["rate"]["satisfied"], body["after"]["rate"]["answers"]) == (4, 5)
    assert body["change"] == 17.5 and body["summary"] == summary
