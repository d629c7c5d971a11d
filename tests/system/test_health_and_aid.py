"""The health station and an aid project as people use them, in headless Chromium on a phone-sized and a desktop
window: the secretary records a clinic session and its 人次 count moves, a health record without the resident's
consent is refused by name, and the hospital's own account sees the sessions but no records; the aid project lists
its beneficiaries and the services delivered to them."""
import datetime

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import sign_out
from test_party_work import alert, enrol_two_factor
from test_partners import set_value


def figure(driver, figure_id):
    return int(driver.find_element(By.CSS_SELECTOR, f"#figure-{figure_id} .figure-value").text)


def test_a_session_counts_a_record_needs_consent_and_the_hospital_sees_counts_only(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + "/services/health")
    served = figure(browser, "served")  # the demo's weekly sessions that fall in the default period
    browser.find_element(By.CSS_SELECTOR, "#health-stations a.title").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "session-new"))
    set_value(browser, "se-day", str(datetime.date.today()))
    browser.find_element(By.ID, "se-service").send_keys("义诊")
    browser.find_element(By.ID, "se-served").send_keys("18")
    browser.find_element(By.ID, "se-doctor").send_keys("陈医生")
    browser.find_element(By.CSS_SELECTOR, "#session-new button[type=submit]").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "18" in [cell.text for cell in d.find_elements(By.CSS_SELECTOR, "#session-list td.served")])
    assert_fits(browser)

    # A record without consent is refused, naming consent, and nothing is listed.
    before = len(browser.find_elements(By.CSS_SELECTOR, "#record-list li"))
    browser.find_element(By.ID, "hr-id").send_keys("110105194912310021")
    browser.find_element(By.ID, "hr-purpose").send_keys("高血压随访")
    browser.find_element(By.ID, "hr-readings").send_keys("150/95")
    browser.find_element(By.CSS_SELECTOR, "#record-new button[type=submit]").click()
    assert "同意" in alert(browser), "the refusal names the consent"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#record-list li")) == before
    browser.get(demo_server.base + "/services/health")
    assert figure(browser, "served") == served + 18
    sign_out(browser)

    # The hospital's account: the sessions and counts of its station, never the records.
    sign_in(browser, demo_server, "partner")
    browser.get(demo_server.base + "/services/health")
    assert figure(browser, "served") == served + 18
    browser.find_element(By.CSS_SELECTOR, "#health-stations a.title").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "session-list"))
    assert not browser.find_elements(By.ID, "record-list"), "health records are for the office only"
    assert_fits(browser)


def test_an_aid_project_lists_its_beneficiaries_and_services(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + "/services/aid")
    project = browser.find_element(By.CSS_SELECTOR, "#aid-projects li")
    assert "独居老人关爱行动" in project.text
    beneficiaries = int(project.find_element(By.CSS_SELECTOR, ".beneficiaries").text)
    assert beneficiaries >= 1
    assert int(project.find_element(By.CSS_SELECTOR, ".reached").text) == beneficiaries
    project.find_element(By.CSS_SELECTOR, "a.title").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "beneficiary-list"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#beneficiary-list li")) == beneficiaries
    assert_fits(browser)
