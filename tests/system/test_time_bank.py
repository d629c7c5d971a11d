"""The time bank as people use it, in headless Chromium on a phone-sized and a desktop window: a volunteer earns 2.5
hours at the demo's activity under way, redeems a haircut voucher from the community's catalogue on the phone — the
balance and the stock move, a voucher they cannot afford is refused, the ledger still sums to zero — and prints their
record of service, which lists the activity with its hours and leaves the navigation and forms off the paper."""
import base64
import json
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, follow_menu, sign_in  # noqa: F401
from test_cases import api_token, sign_out, wait
from test_party_work import alert, enrol_two_factor


def api(server, token, path, body=None):
    """Status and JSON of an API call; a refusal is read, not raised."""
    request = urllib.request.Request(server.base + path, method="POST" if body is not None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def item_card(driver, name):
    return [c for c in driver.find_elements(By.CSS_SELECTOR, "#timebank-items li") if name in c.text][0]


def test_a_volunteer_redeems_an_item_and_prints_their_record(browser, demo_server):
    # The volunteer registers and is on duty at the activity under way, as in test_volunteers.
    sign_in(browser, demo_server, "volunteer")
    follow_menu(browser, "志愿服务")
    browser.find_element(By.ID, "vr-name").send_keys("刘洋")
    browser.find_element(By.ID, "vr-phone").send_keys("13800002222")
    browser.find_element(By.CSS_SELECTOR, "#volunteer-register button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "volunteer-summary"))
    card = [c for c in browser.find_elements(By.CSS_SELECTOR, "#volunteer-activities li") if "敬老义剪" in c.text][0]
    activity = card.get_attribute("data-activity")
    card.find_element(By.CSS_SELECTOR, "form[action$='/signup'] button").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkin']"))
    browser.find_element(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkin'] button").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkout']"))
    browser.get(demo_server.base + "/volunteer/time-bank")
    assert browser.find_element(By.ID, "timebank-balance").text == "0"
    assert not item_card(browser, "理发券").find_elements(By.CSS_SELECTOR, "form"), "nothing to redeem with yet"
    sign_out(browser)

    # The organiser checks them out and confirms 2.5 hours: 2.5 credits.
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + f"/volunteer/activities/{activity}")
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "#signups li") if "刘洋" in r.text][0]
    volunteer = row.get_attribute("data-volunteer")
    row.find_element(By.CSS_SELECTOR, "form[action$='/checkout'] button").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, f"h-{volunteer}"))
    hours = browser.find_element(By.ID, f"h-{volunteer}")
    hours.clear()
    hours.send_keys("2.5")
    browser.find_element(By.CSS_SELECTOR, f"li[data-volunteer='{volunteer}'] form[action$='/confirm'] button").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, f"h-{volunteer}"))
    sign_out(browser)

    # On the phone: the catalogue, a redemption, the balance and the stock move.
    sign_in(browser, demo_server, "volunteer")
    browser.get(demo_server.base + "/volunteer/time-bank")
    assert browser.find_element(By.ID, "timebank-balance").text == "2.5"
    haircut = item_card(browser, "理发券")
    assert "剩余 20 份" in haircut.text
    assert "还差 2.5 个时间币" in item_card(browser, "爱心超市兑换券").text, "5 credits is out of reach"
    assert_fits(browser)
    haircut.find_element(By.CSS_SELECTOR, "form[action='/volunteer/time-bank/redemptions'] button").click()
    wait(browser).until(lambda d: d.find_element(By.ID, "timebank-balance").text == "0.5")
    assert "兑换成功" in wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, ".flash").text)
    assert "剩余 19 份" in item_card(browser, "理发券").text
    mine = browser.find_element(By.ID, "timebank-redemptions").text
    assert "理发券" in mine and "待领取" in mine
    statement = browser.find_element(By.ID, "timebank-statement").text
    assert "−2" in statement and "+2.5" in statement, "the redemption and the hours, newest first"
    assert_fits(browser)

    # A gift to someone who is not a volunteer here is refused with the reason, on the phone.
    browser.find_element(By.ID, "dn-name").send_keys("不存在")
    browser.find_element(By.ID, "dn-phone").send_keys("13900009999")
    browser.find_element(By.ID, "dn-credits").send_keys("0.5")
    browser.find_element(By.CSS_SELECTOR, "#donate-form button[type=submit]").click()
    assert "没有找到这位志愿者" in alert(browser)
    assert browser.find_element(By.ID, "timebank-balance").text == "0.5"
    assert_fits(browser)

    # Over the API, the voucher beyond the balance is refused and names the balance; the ledger sums to zero.
    token = api_token(demo_server, "volunteer")
    status, items = api(demo_server, token, "/api/v1/time-bank/items")
    assert status == 200
    market = [i for i in items["items"] if i["name"] == "爱心超市兑换券"][0]
    status, problem = api(demo_server, token, "/api/v1/time-bank/redemptions", {"itemID": market["id"]})
    assert status == 422 and [e["field"] for e in problem["errors"]] == ["balance"]
    status, statement = api(demo_server, token, "/api/v1/time-bank/statement")
    assert status == 200 and statement["balance"] == 0.5
    assert [line["transfer"]["kind"] for line in statement["lines"]] == ["redeem", "earn"]

    # The record of service: the activity with its hours, laid out for paper.
    browser.get(demo_server.base + "/volunteer/time-bank")
    browser.find_element(By.ID, "record-link").click()
    wait(browser).until(lambda d: "志愿服务记录证明" in d.find_element(By.TAG_NAME, "h1").text)
    record = browser.find_element(By.ID, "service-record").text
    assert "刘洋" in record and "138****2222" in record and "13800002222" not in record
    rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#record-activities tbody tr")]
    assert len(rows) == 1 and "敬老义剪" in rows[0] and "2.5" in rows[0]
    assert browser.find_element(By.ID, "record-total").text == "2.5"
    assert_fits(browser)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.execute_script(
        "return ['.nav', '#record-print', 'footer'].map(s => getComputedStyle(document.querySelector(s)).display)")
    assert hidden == ["none", "none", "none"], "on paper: the certificate only"
    assert browser.find_element(By.ID, "service-record").is_displayed()
    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert_fits(browser)
