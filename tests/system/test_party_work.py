"""Party work as members and the office use it, in headless Chromium on a phone-sized and a desktop window: a member
records a visit that raises a case, the case closes, and the member's results, the team's figures and the points
each move and open the records behind them; a points claim is rejected with a reason and the quarter is published."""
import json
import urllib.request

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import api_token, sign_out, totp, wait


def figure(driver, name):
    return int(driver.find_element(By.CSS_SELECTOR, f"#figure-{name} .figure-value").text)


def alert(driver):
    """The refusal a form came back with, once the page has it: read inside the wait, so a page still being
    replaced is looked at again."""
    return wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, ".error[role=alert]").text)


def enrol_two_factor(driver, server):
    driver.get(server.base + "/account")
    driver.find_element(By.CSS_SELECTOR, "#two-factor button").click()
    secret = WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(lambda d: d.find_element(By.ID, "totp-secret").text)
    driver.find_element(By.ID, "totp-code").send_keys(totp(secret))
    driver.find_element(By.CSS_SELECTOR, "form[action='/account/two-factor/confirm'] button").click()
    WebDriverWait(driver, 10).until(lambda d: "twofactor_enabled" in d.current_url)


def step(server, token, case_id, action, version, **extra):
    body = json.dumps({"action": action, "version": version, **extra}).encode()
    request = urllib.request.Request(server.base + f"/api/v1/cases/{case_id}/steps", data=body, method="POST",
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(request).read())


def team_figures(driver, server):
    driver.get(server.base + "/party/teams")
    driver.find_element(By.CSS_SELECTOR, "#teams tbody a").click()
    return figure(driver, "visits"), figure(driver, "problemsSolved")


def test_a_visit_that_raises_a_case_moves_every_figure(browser, demo_server):
    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/party/work")
    assert_fits(browser)
    visits, solved, points = figure(browser, "visits"), figure(browser, "problemsSolved"), figure(browser, "points")
    team_visits, team_solved = team_figures(browser, demo_server)

    # On the phone: choose a linked household not yet visited, say what was found and raise the problem as a case.
    browser.get(demo_server.base + "/party/work")
    browser.find_element(By.ID, "record-visit").click()
    assert_fits(browser)
    household = Select(browser.find_element(By.ID, "v-household"))
    household.select_by_index(len(household.options) - 1)
    browser.find_element(By.ID, "v-findings").send_keys("楼道灯坏了，老人晚上出门看不见")
    browser.find_element(By.ID, "v-with-case").click()
    Select(browser.find_element(By.ID, "v-category")).select_by_value("L0205")
    browser.find_element(By.ID, "v-case").send_keys("3 单元楼道杂物堆到楼梯口")
    browser.find_element(By.CSS_SELECTOR, "#visit-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/party/work" in d.current_url)
    assert "问题已上报" in browser.find_element(By.CSS_SELECTOR, ".flash").text
    case_url = browser.find_element(By.LINK_TEXT, "查看刚上报的事件").get_attribute("href")
    case_id = case_url.rsplit("/", 1)[1]
    assert figure(browser, "visits") == visits + 1
    assert figure(browser, "points") == points + 1, "the visit rule adds a point"
    assert figure(browser, "problemsSolved") == solved
    assert_fits(browser)

    # The grid worker handles it; the secretary checks it closed.
    worker = api_token(demo_server, "grid.worker")
    worker_id = json.loads(urllib.request.urlopen(urllib.request.Request(
        demo_server.base + "/api/v1/me", headers={"Authorization": f"Bearer {worker}"})).read())["id"]
    current = {"version": 1}
    for action in ["accept", "register", "dispatch", "signFor", "submitFeedback"]:
        extra = {"handlerAccountID": worker_id} if action == "dispatch" else {}
        current = step(demo_server, worker, case_id, action, current["version"], note="已清理", **extra)
    sign_out(browser)
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(case_url)
    browser.find_element(By.CSS_SELECTOR, "#step-check button[value=checkPassed]").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, "step-check"))
    sign_out(browser)

    # Every figure moved, and each opens the records behind it.
    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/party/work")
    assert figure(browser, "problemsSolved") == solved + 1
    assert figure(browser, "points") == points + 1 + 2, "the solved-problem rule adds two more"
    browser.find_element(By.ID, "figure-problemsSolved").click()
    assert "楼道堆放杂物" in browser.find_element(By.ID, "records").text
    assert_fits(browser)
    browser.back()
    browser.find_element(By.ID, "figure-visits").click()
    assert "楼道灯坏了" in browser.find_element(By.ID, "records").text
    browser.back()
    browser.find_element(By.ID, "figure-points").click()
    lines = browser.find_element(By.ID, "ledger-lines").text
    assert "推动解决群众实际问题" in lines and "入户走访联系户" in lines
    assert_fits(browser)
    assert team_figures(browser, demo_server) == (team_visits + 1, team_solved + 1)
    assert_fits(browser)


def test_a_rejected_claim_leaves_a_trace_and_the_quarter_lists_every_member(browser, demo_server):
    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/party/points")
    total = int(browser.find_element(By.ID, "ledger-total").text)
    Select(browser.find_element(By.ID, "cl-rule")).select_by_visible_text("获得表彰奖励（+5）")
    browser.execute_script("document.getElementById('cl-day').value = document.getElementById('cl-day').max")
    browser.find_element(By.CSS_SELECTOR, "#claim-form button[type=submit]").click()
    assert "佐证材料" in alert(browser), "evidence is required for this item"
    browser.find_element(By.ID, "cl-evidence").send_keys("街道优秀党员证书")
    browser.find_element(By.CSS_SELECTOR, "#claim-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "done=claim" in d.current_url)
    assert "待审核" in browser.find_element(By.ID, "my-claims").text
    assert_fits(browser)
    sign_out(browser)

    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + "/party/points")
    card = [c for c in browser.find_elements(By.CSS_SELECTOR, "section[data-claim]") if "表彰" in c.text][0]
    card.find_element(By.CSS_SELECTOR, "button[value=reject]").click()
    assert "理由" in alert(browser), "a rejection needs a reason"
    card = [c for c in browser.find_elements(By.CSS_SELECTOR, "section[data-claim]") if "表彰" in c.text][0]
    card.find_element(By.NAME, "reason").send_keys("当天签到表上没有本人")
    card.find_element(By.CSS_SELECTOR, "button[value=reject]").click()
    WebDriverWait(browser, 10).until(lambda d: "done=decided" in d.current_url)

    # The branch's publication lists every member of the branch with the year's points as the ranking has them.
    branch = Select(browser.find_element(By.ID, "p-org"))
    branch.select_by_visible_text("第一网格党支部")
    browser.find_element(By.CSS_SELECTOR, "form[action='/party/points'] button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "org=" in d.current_url)
    ranked = {row.find_elements(By.TAG_NAME, "td")[1].text for row in browser.find_elements(By.CSS_SELECTOR, "#ranking tbody tr")}
    published = {row.find_elements(By.TAG_NAME, "td")[0].text for row in browser.find_elements(By.CSS_SELECTOR, "table.publication tbody tr")}
    assert ranked and ranked == published
    assert_fits(browser)
    sign_out(browser)

    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/party/points")
    assert int(browser.find_element(By.ID, "ledger-total").text) == total, "a rejected claim earns nothing"
    lines = browser.find_element(By.ID, "ledger-lines").text
    assert "申报未通过" in lines and "当天签到表上没有本人" in lines
    assert "未通过" in browser.find_element(By.ID, "my-claims").text


def test_a_member_checks_in_on_the_phone_and_shows_a_card_on_the_public_board(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + "/party/meetings")
    Select(browser.find_element(By.ID, "mf-org")).select_by_visible_text("第一网格党支部")
    Select(browser.find_element(By.ID, "mf-kind")).select_by_value("partyLecture")
    browser.find_element(By.ID, "mf-title").send_keys("党课：把全会精神落到家门口")
    browser.execute_script("document.getElementById('mf-day').value = new Date().toLocaleDateString('sv', {timeZone: 'Asia/Shanghai'})")
    browser.find_element(By.CSS_SELECTOR, "#meeting-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/party/meetings/" in d.current_url)
    meeting_url = browser.current_url
    sign_out(browser)

    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/party/work")
    points = figure(browser, "points")
    browser.get(meeting_url)
    assert_fits(browser)
    browser.find_element(By.ID, "check-in").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "checked-in"))
    browser.get(demo_server.base + "/party/work")
    assert figure(browser, "points") == points + 3, "attendance earns the attendance rule's points"

    # The card: the phone appears on the public board only once the member consents to show it.
    browser.get(demo_server.base + "/party/me")
    board = browser.find_element(By.LINK_TEXT, "查看公示栏").get_attribute("href")
    contact = browser.find_element(By.NAME, "showContact")
    if not contact.is_selected():
        contact.click()
    phone = browser.find_element(By.ID, "card-phone")
    phone.clear()
    phone.send_keys("13912340000")
    browser.find_element(By.CSS_SELECTOR, "#card-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "done=card" in d.current_url)
    assert_fits(browser)
    sign_out(browser)
    browser.get(board)
    assert "13912340000" in browser.find_element(By.ID, "board").text
    assert "每季度走访全部联系户" in browser.find_element(By.ID, "board").text
    assert_fits(browser)
