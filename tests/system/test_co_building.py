"""Co-building as people use it, in headless Chromium on a phone-sized and a desktop window: the hospital's account
books the community's hall, and a second booking that overlaps it is refused with a message naming the booking that
holds the time; a grid worker posts a micro-wish for a resident, whose name every list shows masked, and a Party
member claims it — once — and marks it fulfilled."""
import datetime

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import sign_out
from test_party_work import alert


def set_value(driver, element_id, value):
    """Date and time inputs take their value as typed in the browser's locale; setting it is the same on every window."""
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)


def day_text(driver, day):
    return driver.find_element(By.CSS_SELECTOR, f"#week li[data-day='{day}']").text


def test_a_partner_books_a_venue_and_an_overlapping_booking_is_refused(browser, demo_server):
    # Two days ahead is in the future in China whatever this machine's time zone.
    day = datetime.date.today() + datetime.timedelta(days=2)
    sign_in(browser, demo_server, "partner")
    browser.get(demo_server.base + "/partners/venues")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "booking-new"))
    assert "党群服务中心多功能厅" in browser.find_element(By.ID, "venues").text
    assert_fits(browser)
    Select(browser.find_element(By.ID, "b-venue")).select_by_visible_text("党群服务中心多功能厅")
    set_value(browser, "b-starts", f"{day}T14:00")
    set_value(browser, "b-ends", f"{day}T16:00")
    browser.find_element(By.ID, "b-purpose").send_keys("健康知识讲座")
    browser.find_element(By.ID, "b-people").send_keys("40")
    browser.find_element(By.CSS_SELECTOR, "#booking-new button[type=submit]").click()

    # The venue's week opens on the booked day, with the booking in the hospital's name.
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "健康知识讲座" in day_text(d, day))
    booked = day_text(browser, day)
    assert "14:00–16:00" in booked and "区人民医院" in booked
    # Another booking (the demo's own) may fall on the same day when this machine's day is behind China's.
    bookings = len(browser.find_elements(By.CSS_SELECTOR, f"#week li[data-day='{day}'] li[data-booking]"))
    assert_fits(browser)

    # An overlapping time is refused, naming the booking that holds it, and nothing is added.
    set_value(browser, "b-starts", f"{day}T15:00")
    set_value(browser, "b-ends", f"{day}T17:00")
    browser.find_element(By.ID, "b-purpose").send_keys("党员志愿服务培训")
    browser.find_element(By.ID, "b-people").send_keys("20")
    browser.find_element(By.CSS_SELECTOR, "#booking-new button[type=submit]").click()
    message = alert(browser)
    assert "这个时段已有预约" in message and "健康知识讲座" in message, message
    assert len(browser.find_elements(By.CSS_SELECTOR, f"#week li[data-day='{day}'] li[data-booking]")) == bookings
    assert "党员志愿服务培训" not in day_text(browser, day)
    assert_fits(browser)

    # Starting when the first one ends is fine.
    browser.find_element(By.ID, "b-purpose").clear()
    browser.find_element(By.ID, "b-people").clear()
    set_value(browser, "b-starts", f"{day}T16:00")
    set_value(browser, "b-ends", f"{day}T17:00")
    browser.find_element(By.ID, "b-purpose").send_keys("党员志愿服务培训")
    browser.find_element(By.ID, "b-people").send_keys("20")
    browser.find_element(By.CSS_SELECTOR, "#booking-new button[type=submit]").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "党员志愿服务培训" in day_text(d, day))
    assert len(browser.find_elements(By.CSS_SELECTOR, f"#week li[data-day='{day}'] li[data-booking]")) == bookings + 1
    assert_fits(browser)


def test_a_grid_worker_posts_a_micro_wish_and_a_party_member_claims_it(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    browser.get(demo_server.base + "/lists/wishes")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "wish-new"))
    assert_fits(browser)
    browser.find_element(By.ID, "w-wisher").send_keys("赵秀兰")
    browser.find_element(By.ID, "w-wish").send_keys("想要一个助行器")
    Select(browser.find_element(By.ID, "w-category")).select_by_value("elderlyCare")
    browser.find_element(By.CSS_SELECTOR, "#wish-new button[type=submit]").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "想要一个助行器" in d.find_element(By.ID, "wishes").text)
    card = [li for li in browser.find_elements(By.CSS_SELECTOR, "#wishes > li") if "想要一个助行器" in li.text][0]
    wish = card.get_attribute("data-wish")
    assert card.find_element(By.CSS_SELECTOR, ".wisher").text == "赵**"
    assert card.find_element(By.CSS_SELECTOR, ".wish-status").text == "待认领"
    assert "赵秀兰" not in browser.page_source, "even the one who posted it sees the wisher masked"
    assert_fits(browser)
    sign_out(browser)

    # A Party member of the community sees it masked, claims it, and marks it fulfilled.
    sign_in(browser, demo_server, "party.member")
    browser.get(demo_server.base + "/lists/wishes")
    card = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, f"li[data-wish='{wish}']"))
    assert card.find_element(By.CSS_SELECTOR, ".wisher").text == "赵**"
    assert "赵秀兰" not in browser.page_source and "张建国" not in browser.page_source, "no wisher's name reaches a claimer"
    assert_fits(browser)
    card.find_element(By.CSS_SELECTOR, "form[action$='/claim'] button").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f"li[data-wish='{wish}'] .wish-status").text == "已认领")
    assert browser.find_element(By.CSS_SELECTOR, f"li[data-wish='{wish}'] .claimer").text
    assert not browser.find_elements(By.CSS_SELECTOR, f"li[data-wish='{wish}'] form[action$='/claim']"), "a wish is claimed once"
    assert_fits(browser)
    browser.find_element(By.CSS_SELECTOR, f"li[data-wish='{wish}'] form[action$='/fulfil'] button").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f"li[data-wish='{wish}'] .wish-status").text == "已实现")
    assert not browser.find_elements(By.CSS_SELECTOR, f"li[data-wish='{wish}'] form")
    assert_fits(browser)
