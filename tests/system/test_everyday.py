"""What every working page shares, in headless Chromium on a phone-sized and a desktop window: the menu grouped by the
work and folded on a phone, the audit log read in words by an auditor, a public report placed by where the resident
stands, a form sent twice making one case, a 6 MB photo over the API, and English pages with no dictionary word left
in Chinese."""
import pathlib
import re
import sqlite3
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_browser import assert_fits, browser, follow_menu, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import api_token, centre_of_grid


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


def cases_where(server, column, value):
    with sqlite3.connect(server.database) as db:
        return db.execute(f"SELECT community_code, grid_code FROM cases WHERE {column} = ?", (value,)).fetchall()


def test_the_location_places_a_public_report_in_the_other_communitys_grid(browser, demo_server):
    grid = "510107012002001"  # grid.worker3's grid, in the street's second community
    latitude, longitude = centre_of_grid(demo_server, grid, "grid.worker3")
    browser.execute_cdp_cmd("Browser.grantPermissions", {"origin": demo_server.base, "permissions": ["geolocation"]})
    browser.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": latitude, "longitude": longitude, "accuracy": 5})
    browser.get(demo_server.base + "/report")
    chosen = Select(browser.find_element(By.ID, "r-community"))
    other = [option.get_attribute("value") for option in chosen.options if option.get_attribute("value") not in ("", grid[:12])][0]
    chosen.select_by_value(other)  # the dropdown names the first community; the resident stands in the second
    Select(browser.find_element(By.ID, "r-category")).select_by_value("L0202")
    browser.find_element(By.ID, "r-description").send_keys("楼道里有人给电动车充电")
    browser.find_element(By.CSS_SELECTOR, "button[data-locate]").click()
    WebDriverWait(browser, 10).until(lambda d: "," in d.find_element(By.ID, "r-located").text)
    browser.find_element(By.CSS_SELECTOR, "#main form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/track/" in d.current_url)
    code = browser.find_element(By.ID, "public-code").text
    assert cases_where(demo_server, "tracking_code", code) == [(grid[:12], grid)], "the location decides, not the dropdown"


def test_a_public_form_sent_twice_at_once_makes_one_case(browser, demo_server):
    browser.get(demo_server.base + "/report")
    Select(browser.find_element(By.ID, "r-category")).select_by_value("E0102")
    description = f"垃圾桶满了没人收 {uuid.uuid4().hex[:8]}"
    browser.find_element(By.ID, "r-description").send_keys(description)
    # A double tap: the same form sent twice before either answer is back.
    statuses = browser.execute_async_script("""
        var done = arguments[0], form = document.querySelector("#main form");
        var send = function () { return fetch(form.action, { method: "POST", body: new FormData(form), redirect: "manual" }); };
        Promise.all([send(), send()]).then(function (answers) { done(answers.map(function (a) { return a.type; })); });
    """)
    assert statuses == ["opaqueredirect", "opaqueredirect"], statuses
    assert len(cases_where(demo_server, "description", description)) == 1


def test_a_six_megabyte_photo_is_taken_over_the_api(browser, demo_server):
    token = api_token(demo_server, "grid.worker")
    browser.get(demo_server.base + "/report")
    browser.set_script_timeout(120)  # six megabytes through base64 on a debug build
    status = browser.execute_async_script("""
        var token = arguments[0], done = arguments[1];
        var scan = new Uint8Array(6 * 1024 * 1024).fill(0x55), bytes = new Uint8Array(scan.length + 8);
        bytes.set([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02]); bytes.set(scan, 6); bytes.set([0xFF, 0xD9], 6 + scan.length);
        var text = ""; for (var i = 0; i < bytes.length; i += 8192) { text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); }
        fetch("/api/v1/cases", { method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
          body: JSON.stringify({ categoryCode: "L0202", description: "电动车进楼道（六兆照片）", address: "3号楼", photos: [{ data: btoa(text) }] }) })
          .then(function (answer) { done(answer.status); }, function (error) { done(String(error)); });
    """, token)
    assert status == 201


def test_an_english_page_has_no_chinese_dictionary_word_and_no_raw_key(browser, demo_server):
    catalogue = pathlib.Path(__file__).resolve().parents[2] / "Sources/DoorstepCore/Cases/CategoryCatalog+English.swift"
    words = re.findall(r'^\s+"([^"]+)": "', catalogue.read_text(), re.MULTILINE)
    words += ["户主", "配偶"]
    assert len(words) > 60
    browser.get(demo_server.base + "/login?lang=en")
    sign_in(browser, demo_server, "grid.worker")
    pages = ["/inbox", "/inbox/in-hand", "/cases/mine"]
    browser.get(demo_server.base + "/inbox")
    cases = [link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, "ul.cases a") if "/cases/" in link.get_attribute("href")]
    pages += [cases[0].replace(demo_server.base, "")] if cases else []
    for path in pages:
        browser.get(demo_server.base + path)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        # Everything on the page, hidden option lists too, but what people typed (descriptions, notes, names).
        text = browser.execute_script("""
            var page = document.body.cloneNode(true);
            page.querySelectorAll("#case-description, ul.cases li > div:not(.hint), textarea, .who, #case-history li > div, script")
              .forEach(function (typed) { typed.remove(); });
            return page.textContent;
        """)
        assert not [word for word in words if word in text], (path, [word for word in words if word in text])
        assert not re.findall(r"\b(?:case|step|history|relation|status|urgency|category|field|nav|clock|offline)_[a-z_]+\b", text), path
