"""Volunteering as people use it, in headless Chromium on a phone-sized and a desktop window: a volunteer registers
and signs up on the phone, is checked in and out, the organiser confirms 2.5 hours, and the volunteer's hours, star
progress and time-bank credits move; the ledger sums to zero."""
import json
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, follow_menu, sign_in  # noqa: F401
from test_cases import sign_out
from test_party_work import alert, enrol_two_factor


def test_confirmed_hours_move_hours_stars_and_credits(browser, demo_server):
    sign_in(browser, demo_server, "volunteer")
    follow_menu(browser, "志愿服务")
    assert_fits(browser)
    browser.find_element(By.ID, "vr-name").send_keys("刘洋")
    browser.find_element(By.ID, "vr-phone").send_keys("1380000")
    browser.find_element(By.CSS_SELECTOR, "#volunteer-register button[type=submit]").click()
    assert "电话" in alert(browser), "a bad phone is named"
    phone = browser.find_element(By.ID, "vr-phone")
    phone.clear()
    phone.send_keys("13800002222")
    browser.find_element(By.ID, "vr-skills").send_keys("电脑、摄影")
    browser.find_element(By.CSS_SELECTOR, "#volunteer-register button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "volunteer-summary"))
    assert browser.find_element(By.ID, "volunteer-hours").text == "0"

    # The activity under way: sign up and check in on the phone.
    card = [c for c in browser.find_elements(By.CSS_SELECTOR, "#volunteer-activities li") if "敬老义剪" in c.text][0]
    activity = card.get_attribute("data-activity")
    card.find_element(By.CSS_SELECTOR, "form[action$='/signup'] button").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkin']"))
    browser.find_element(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkin'] button").click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"li[data-activity='{activity}'] form[action$='/checkout']"))
    assert_fits(browser)
    sign_out(browser)

    # The organiser checks them out and confirms 2.5 hours.
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
    assert "2.5" in browser.find_element(By.CSS_SELECTOR, f"li[data-volunteer='{volunteer}']").text
    assert_fits(browser)
    session = browser.get_cookie("doorstep_session")["value"]
    request = urllib.request.Request(demo_server.base + "/api/v1/time-bank/balances",
                                     headers={"Cookie": f"doorstep_session={session}"})
    body = json.loads(urllib.request.urlopen(request).read())
    assert body["sum"] == 0, "every credit that arrived left the community's issuing account"
    assert body["accounts"][f"volunteer:{volunteer}"] == 2.5
    sign_out(browser)

    sign_in(browser, demo_server, "volunteer")
    browser.get(demo_server.base + "/volunteer")
    assert browser.find_element(By.ID, "volunteer-hours").text == "2.5"
    assert browser.find_element(By.ID, "volunteer-balance").text == "2.5"
    assert "97.5" in browser.find_element(By.ID, "volunteer-summary").text, "97.5 hours to the first star at 100"
    assert_fits(browser)
