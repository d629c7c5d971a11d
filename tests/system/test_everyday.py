"""What every working page shares, in headless Chromium on a phone-sized and a desktop window: the menu grouped by the
work and folded on a phone, and the audit log read in words by an auditor."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, follow_menu, pytest_runtest_makereport, sign_in  # noqa: F401


def test_the_menu_is_grouped_by_the_work_and_folds_on_a_phone(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    links = lambda: [link for link in browser.find_elements(By.CSS_SELECTOR, "nav.nav a") if link.is_displayed()]  # noqa: E731
    if browser.size_name == "phone":
        summary = browser.find_element(By.CSS_SELECTOR, "details.menu > summary")
        assert summary.text == "菜单 · 工作台"
        assert not links(), "folded until asked"
        header = browser.find_element(By.CSS_SELECTOR, "header.top").size["height"]
        assert header < 250, f"the folded header takes {header}px of the phone"
        summary.click()
    else:
        assert not browser.find_element(By.CSS_SELECTOR, "details.menu").is_displayed(), "a desktop shows the menu open"
    assert len(links()) > 20
    groups = [name.text for name in browser.find_elements(By.CSS_SELECTOR, "nav.nav .group-name") if name.is_displayed()]
    assert groups == ["工作台", "事件", "居民与网格", "党建", "服务", "共建", "统计与报告", "系统"]
    assert_fits(browser)
    follow_menu(browser, "事件调度")
    if browser.size_name == "phone":
        assert browser.find_element(By.CSS_SELECTOR, "details.menu > summary").text == "菜单 · 事件调度"
    else:
        assert [link.text for link in links() if link.get_attribute("aria-current") == "page"] == ["事件调度"]
    # Places are named, not coded: no case on the board reads as a 15-digit grid code.
    places = [hint.text for hint in browser.find_elements(By.CSS_SELECTOR, "ul.cases .hint")]
    assert places and not any(any(len(word) == 15 and word.isdigit() for word in place.split()) for place in places)
    assert_fits(browser)


def test_an_auditor_reads_the_log_in_words_and_filters_it(browser, demo_server):
    sign_in(browser, demo_server, "auditor")
    follow_menu(browser, "审计日志")
    table = browser.find_element(By.ID, "audit-rows")
    assert "{\"" not in table.text and "account:" not in table.text, "no JSON and no raw ids as text"
    card = browser.execute_script("return getComputedStyle(document.querySelector('#audit-rows tbody tr')).display")
    assert card == ("block" if browser.size_name == "phone" else "table-row"), "rows are cards on a phone"
    assert_fits(browser)
    Select(browser.find_element(By.ID, "af-action")).select_by_visible_text("登录成功")
    browser.find_element(By.CSS_SELECTOR, "#audit-filter button[type=submit]").click()
    # The rows of the filtered page, not of the page still on screen while the next one loads.
    WebDriverWait(browser, 10).until(lambda d: "action=loginSucceeded" in d.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "#audit-rows tbody tr")
    assert rows, "the auditor's own sign-in at least"
    assert {row.find_elements(By.TAG_NAME, "td")[3].text for row in rows} == {"登录成功"}
    assert any("潘兰" in row.find_elements(By.TAG_NAME, "td")[2].text or "审计员" in row.text for row in rows)
    # One record's rows, from the row's own link.
    rows[0].find_element(By.LINK_TEXT, "只看此记录").click()
    WebDriverWait(browser, 10).until(lambda d: "subject=" in d.current_url)
    assert browser.find_element(By.ID, "audit-only").is_displayed()
    subjects = {row.find_elements(By.TAG_NAME, "td")[4].get_attribute("title") for row in browser.find_elements(By.CSS_SELECTOR, "#audit-rows tbody tr")}
    assert len(subjects) == 1
    assert_fits(browser)
