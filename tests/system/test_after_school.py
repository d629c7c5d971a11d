"""The after-school class (四点半课堂) at the door, in headless Chromium on a phone-sized and a desktop window: the
office opens a class; an enrolment without the guardian's consent is refused with the reason beside the checkbox and
nothing is enrolled; with consent the child is enrolled (masked), marked arrived, and a stranger who comes for the
child is refused with a clear message naming the guardian's number; the grandmother on the list signs and takes the
child."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_party_work import alert, enrol_two_factor


def type_into(driver, element_id, text):
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def set_value(driver, element_id, value):
    """Date inputs take their value in the browser's locale when typed; set it as the form sends it."""
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)


def text_of(driver, selector):
    """A text read inside the wait, so a page still being replaced is looked at again."""
    return WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, selector).text)


def test_refuses_without_consent_and_refuses_an_unauthorised_pick_up(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    enrol_two_factor(browser, demo_server)

    # The office opens a class that meets every day, so that today is a class day whenever the test runs.
    browser.get(demo_server.base + "/services/after-school")
    assert_fits(browser)
    # The demo's own class may already count children, arrivals and hand-overs: this test moves each by one.
    before = {name: int(text_of(browser, f"#figure-{name} .figure-value")) for name in ("enrolled", "attendance", "handOvers")}
    type_into(browser, "ac-name", "阳光四点半课堂")
    type_into(browser, "ac-place", "党群服务中心二楼")
    for day in range(1, 8):
        box = browser.find_element(By.ID, f"ac-weekday-{day}")
        if not box.is_selected():
            box.click()
    browser.find_element(By.CSS_SELECTOR, "#class-new button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "enrol-form"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "阳光四点半课堂"
    assert "还没有孩子报名" in browser.find_element(By.ID, "day-sheet").text

    # Without the guardian's consent: refused beside the checkbox, nothing enrolled, what was typed kept.
    type_into(browser, "en-child", "王小明")
    set_value(browser, "en-birth", "2016-05-01")
    type_into(browser, "en-school", "实验小学")
    type_into(browser, "en-grade", "三年级")
    type_into(browser, "en-guardian", "王建国")
    type_into(browser, "en-guardian-phone", "13812341234")
    browser.find_element(By.ID, "en-both").click()
    type_into(browser, "en-pu1-name", "李秀英")
    type_into(browser, "en-pu1-relation", "奶奶")
    type_into(browser, "en-pu1-phone", "13900005678")
    browser.find_element(By.CSS_SELECTOR, "#enrol-form button[type=submit]").click()
    assert "监护人同意" in alert(browser)
    assert "同意" in text_of(browser, "#en-consent-error")
    assert not browser.find_elements(By.CSS_SELECTOR, "#children li"), "nothing was enrolled"
    assert browser.find_element(By.ID, "en-child").get_attribute("value") == "王小明"
    assert browser.find_element(By.ID, "en-both").is_selected()
    assert_fits(browser)

    # With consent the child is enrolled, shown by surname only.
    browser.find_element(By.ID, "en-consent-box").click()
    browser.find_element(By.CSS_SELECTOR, "#enrol-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#children li"))
    child = browser.find_element(By.CSS_SELECTOR, "#children li")
    enrolment = child.get_attribute("data-enrolment")
    assert child.find_element(By.CSS_SELECTOR, ".child").text == "王**"
    assert "王小明" not in browser.page_source, "the child's name is not shown in full"
    assert "138****1234" in child.text and "李**" in child.text
    assert "李秀英" not in browser.page_source, "the adults' names are masked too"

    # Arrival, then a stranger comes for the child.
    browser.find_element(By.CSS_SELECTOR, f"li[data-enrolment='{enrolment}'] form.arrive button").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, f"hand-over-{enrolment}"))
    assert "已到班" in text_of(browser, f"li[data-enrolment='{enrolment}'] .state")
    type_into(browser, f"ho-name-{enrolment}", "张三")
    type_into(browser, f"ho-phone-{enrolment}", "13700001111")
    type_into(browser, f"ho-signature-{enrolment}", "张三")
    browser.find_element(By.CSS_SELECTOR, f"#hand-over-{enrolment} button[type=submit]").click()
    refusal = "张三 不在 王** 的授权接送人名单中，不能交接；请联系监护人（138****1234）。"
    assert text_of(browser, f"#ho-name-error-{enrolment}") == refusal
    assert refusal in alert(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, f"li[data-enrolment='{enrolment}'] .handed-over"), "no hand-over recorded"
    assert_fits(browser)

    # The grandmother on the list signs with her name and takes the child.
    type_into(browser, f"ho-name-{enrolment}", "李秀英")
    type_into(browser, f"ho-phone-{enrolment}", "139 0000 5678")
    type_into(browser, f"ho-signature-{enrolment}", "李秀英")
    browser.find_element(By.CSS_SELECTOR, f"#hand-over-{enrolment} button[type=submit]").click()
    handed = text_of(browser, f"li[data-enrolment='{enrolment}'] .handed-over")
    assert "李**" in handed and "奶奶" in handed and "李秀英" not in handed, "the collector named masked, with the relation"
    assert not browser.find_elements(By.ID, f"hand-over-{enrolment}"), "handed over once"
    assert_fits(browser)

    # The figures count what happened, each with its definition.
    browser.get(demo_server.base + "/services/after-school")
    for name in ("enrolled", "attendance", "handOvers"):
        assert int(text_of(browser, f"#figure-{name} .figure-value")) == before[name] + 1, name
    assert_fits(browser)
