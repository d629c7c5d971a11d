"""Partners and the three lists as people use them, in headless Chromium on a phone-sized and a desktop window: the
secretary puts a need heard on a visit on the list, is offered the hospital's resource, accepts the match as a
project, and the project's figures appear in the partner's report, which the hospital reads with its own account
and where it records what it delivered."""
import datetime

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import sign_out
from test_party_work import alert, enrol_two_factor


def set_value(driver, element_id, value):
    """Date inputs take their value as typed in the browser's locale; setting it is the same on every window."""
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)


def test_need_from_a_visit_matched_into_a_project_in_the_partners_report(browser, demo_server):
    today = datetime.date.today()
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)
    browser.get(demo_server.base + "/lists")
    heard = Select(browser.find_element(By.ID, "n-from"))
    visit = [o for o in heard.options if o.get_attribute("value").startswith("visit:")][0]
    heard.select_by_value(visit.get_attribute("value"))
    places = Select(browser.find_element(By.ID, "n-place"))
    places.select_by_index(1)  # the first grid
    Select(browser.find_element(By.ID, "n-category")).select_by_value("health")
    browser.find_element(By.ID, "n-description").send_keys("独居老人希望每周有人上门量血压")
    set_value(browser, "n-wanted-from", str(today + datetime.timedelta(days=30)))
    set_value(browser, "n-wanted-until", str(today))
    browser.find_element(By.CSS_SELECTOR, "#need-new button[type=submit]").click()
    assert "不能早于开始日期" in alert(browser), "a span that ends before it starts is named"
    set_value(browser, "n-wanted-from", str(today))
    set_value(browser, "n-wanted-until", str(today + datetime.timedelta(days=90)))
    browser.find_element(By.CSS_SELECTOR, "#need-new button[type=submit]").click()

    # The need's page suggests the hospital's resource, and only resources of its category.
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#suggestions li"))
    suggestions = browser.find_elements(By.CSS_SELECTOR, "#suggestions li")
    assert len(suggestions) == 1 and "区人民医院" in suggestions[0].text
    assert_fits(browser)
    resource = suggestions[0].get_attribute("data-resource")
    browser.find_element(By.ID, f"pr-title-{resource}").send_keys("独居老人上门测血压")
    browser.find_element(By.ID, f"pr-owner-{resource}").send_keys("陈主任")
    browser.find_element(By.ID, f"pr-uses-{resource}").send_keys("500")
    browser.find_element(By.ID, f"pr-target-{resource}").send_keys("24")
    browser.find_element(By.CSS_SELECTOR, f"li[data-resource='{resource}'] button[type=submit]").click()
    assert "占用资源数量" in alert(browser), "more than the resource has left is refused"
    uses = browser.find_element(By.ID, f"pr-uses-{resource}")
    uses.clear()
    uses.send_keys("24")
    browser.find_element(By.ID, f"pr-title-{resource}").send_keys("独居老人上门测血压")
    browser.find_element(By.ID, f"pr-owner-{resource}").send_keys("陈主任")
    browser.find_element(By.ID, f"pr-target-{resource}").send_keys("24")
    browser.find_element(By.CSS_SELECTOR, f"li[data-resource='{resource}'] button[type=submit]").click()

    # The partner's report now counts the project and its target.
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "独居老人上门测血压" in d.find_element(By.ID, "projects").text)
    assert browser.find_element(By.ID, "fig-projects").text == "2"
    assert browser.find_element(By.ID, "fig-reached").text == "14/84", "the demo project's 14 of 60, and this one's target 24"
    assert_fits(browser)
    sign_out(browser)

    # The hospital signs in, lands on its own report, and records a delivery.
    sign_in(browser, demo_server, "partner")
    browser.get(demo_server.base + "/partners")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "partner-figures"))
    assert "区人民医院" in browser.find_element(By.TAG_NAME, "h1").text
    project = [li for li in browser.find_elements(By.CSS_SELECTOR, "#projects li") if "独居老人上门测血压" in li.text][0]
    project_id = project.get_attribute("data-project")
    browser.find_element(By.ID, f"d-people-{project_id}").send_keys("9")
    browser.find_element(By.CSS_SELECTOR, f"li[data-project='{project_id}'] button[type=submit]").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.find_element(By.ID, "fig-reached").text == "23/84")
    assert browser.find_element(By.CSS_SELECTOR, f"li[data-project='{project_id}'] .reached").text == "9"
    assert not browser.find_elements(By.ID, "agreement-new"), "only the office signs agreements"
    assert_fits(browser)
