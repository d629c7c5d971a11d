"""Pages in a real headless Chromium, on a phone-sized and a desktop window, signed in as two roles."""
import os
import pathlib
import re

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ARTIFACTS, DEMO_PASSWORD

SIZES = {"phone": (360, 740), "desktop": (1280, 900)}


@pytest.fixture(params=list(SIZES))
def browser(request):
    width, height = SIZES[request.param]
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}", "--lang=zh-CN"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=ChromeService(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")), options=options)
    # Desktop Chromium will not shrink a window below about 500 px, so the phone is emulated the way DevTools does.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.size_name = request.param
    yield driver
    failed = getattr(request.node, "failed", False)
    if failed or os.environ.get("DOORSTEP_KEEP_SCREENSHOTS"):
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
        driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    driver.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item.failed = True


def sign_in(driver, server, username):
    driver.get(server.base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "/login" not in d.current_url)


def assert_fits(driver):
    """Nothing on the page makes a phone scroll sideways."""
    assert driver.execute_script("return window.innerWidth") == SIZES[driver.size_name][0]
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the window"


def follow_menu(driver, label):
    """Goes to a place through the menu as a person would: on a phone the menu is folded and is opened first."""
    menu = driver.find_element(By.CSS_SELECTOR, "details.menu")
    if menu.is_displayed() and menu.get_attribute("open") is None:
        menu.find_element(By.TAG_NAME, "summary").click()
    link = [link for link in driver.find_elements(By.CSS_SELECTOR, "nav.nav a") if link.is_displayed() and link.text == label][0]
    link.click()
    # Returns on the new page, not while the old one is still on screen.
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(link))


def grid_codes(server):
    demo = server.log()
    return re.findall(r"grid:(\d{15})", demo)


def test_grid_worker_works_in_their_grid(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    assert "网格员" in browser.find_element(By.CSS_SELECTOR, ".who").text
    assert_fits(browser)
    follow_menu(browser, "辖区")
    assert "第一网格" in browser.page_source
    assert "第二网格" not in browser.page_source
    browser.find_element(By.LINK_TEXT, "第一网格").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "第一网格"
    assert_fits(browser)
    own, other = grid_codes(demo_server)[0], grid_codes(demo_server)[1]
    assert own != other
    browser.get(demo_server.base + f"/territory/grids/{other}")
    assert "不在您的负责范围内" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, ".who button").click()
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url.endswith("/login"))
    browser.get(demo_server.base + "/territory")
    assert "/login" in browser.current_url, "signed out means signed out"


def test_secretary_sees_accounts_and_must_enrol(browser, demo_server):
    sign_in(browser, demo_server, "secretary")
    assert "必须先开启两步验证" in browser.page_source
    assert_fits(browser)
    follow_menu(browser, "账号")
    assert "grid.worker" in browser.page_source
    assert "grid.worker2" in browser.page_source
    assert_fits(browser)
    follow_menu(browser, "我的账号")
    browser.find_element(By.CSS_SELECTOR, "#two-factor button").click()
    secret = WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(lambda d: d.find_element(By.ID, "totp-secret").text)
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert_fits(browser)


def test_wrong_password_shows_a_clear_message_in_english(browser, demo_server):
    browser.get(demo_server.base + "/login?lang=en")
    assert "Sign in" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.ID, "username").send_keys("volunteer")
    browser.find_element(By.ID, "password").send_keys("not-the-password")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    error = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "login-error"))[0]
    assert error.text == "The username or password is not correct."
    assert_fits(browser)


def test_print_leaves_out_navigation_and_forms(browser, demo_server):
    sign_in(browser, demo_server, "street.admin")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.execute_script(
        "return ['.nav', '.who form', 'footer'].map(s => getComputedStyle(document.querySelector(s)).display)")
    assert hidden == ["none", "none", "none"]
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()


def test_grid_worker_registers_a_resident_on_the_form(browser, demo_server):
    import json
    import urllib.request
    token_request = urllib.request.Request(demo_server.base + "/api/v1/auth/tokens", method="POST",
                                           data=json.dumps({"username": "grid.worker", "password": DEMO_PASSWORD}).encode(),
                                           headers={"Content-Type": "application/json"})
    token = json.loads(urllib.request.urlopen(token_request).read())["token"]

    def post(path, body):
        request = urllib.request.Request(demo_server.base + path, method="POST", data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        return json.loads(urllib.request.urlopen(request).read())

    grid = grid_codes(demo_server)[0]
    building = post("/api/v1/buildings", {"gridCode": grid, "name": "8号楼", "address": "幸福路 8 号"})
    household = post("/api/v1/households", {"buildingID": building["id"], "unit": "2单元", "room": "602"})
    sign_in(browser, demo_server, "grid.worker")
    follow_menu(browser, "居民信息")
    browser.find_element(By.LINK_TEXT, "8号楼").click()
    assert_fits(browser)
    browser.find_element(By.LINK_TEXT, "登记居民").click()
    browser.find_element(By.ID, "r-name").send_keys("孙桂兰")
    browser.find_element(By.ID, "r-id").send_keys("110105194912310021")
    browser.find_element(By.ID, "r-relation").send_keys("户主")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    error = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "r-id-error"))[0]
    assert "校验位" in error.text
    assert_fits(browser)
    field = browser.find_element(By.ID, "r-id")
    field.clear()
    field.send_keys("11010519491231002x")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/registry/residents/" in d.current_url and "new" not in d.current_url)
    assert "110105********002X" in browser.page_source
    assert "11010519491231002X" not in browser.page_source
    assert_fits(browser)


def test_grid_worker_imports_a_workbook_and_follows_it_to_the_end(browser, demo_server, tmp_path):
    import openpyxl
    from test_operations import with_check
    grid = re.search(r"grid\.worker\s+gridWorker\s+grid:(\d{15})", demo_server.log()).group(1)
    # Each window size imports its own people: the demo server is shared by both runs.
    serial = "1" if browser.size_name == "phone" else "2"
    good = with_check(f"11010519610101{serial}11")
    wrong = with_check(f"11010519610101{serial}22")
    wrong = wrong[:-1] + ("0" if wrong[-1] != "0" else "1")

    def workbook(rows):
        book = openpyxl.Workbook()
        book.active.append(["网格代码", "楼栋", "单元", "房号", "姓名", "证件号码", "与户主关系", "居住类型"])
        for row in rows:
            book.active.append(row)
        path = tmp_path / f"residents-{len(rows)}.xlsx"
        book.save(path)
        return str(path)

    sign_in(browser, demo_server, "grid.worker")
    browser.get(demo_server.base + "/registry")
    browser.find_element(By.LINK_TEXT, "导入居民").click()
    assert_fits(browser)
    browser.find_element(By.ID, "import-file").send_keys(workbook([
        [grid, "1号楼", "6单元", f"6{serial}1", "页面甲", good, "户主", "户籍"],
        [grid, "1号楼", "6单元", f"6{serial}2", "页面乙", wrong, "户主", "户籍"],
    ]))
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    result = WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "import-result"))[0]
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#import-errors td")]
    assert "有 1 行需要更正" in result.text, cells
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#import-errors td")]
    assert cells[:2] == ["3", "证件号码"] and "校验位" in cells[2]
    assert_fits(browser)

    browser.find_element(By.LINK_TEXT, "重新导入").click()
    browser.find_element(By.ID, "import-file").send_keys(workbook([[grid, "1号楼", "6单元", f"6{serial}1", "页面甲", good, "户主", "户籍"]]))
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    result = WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "import-result"))[0]
    assert "已导入 1 名居民，新建 1 户。" in result.text


def test_resident_sees_their_own_record_and_asks_for_a_correction(browser, demo_server):
    from selenium.webdriver.support.ui import Select
    sign_in(browser, demo_server, "resident")
    follow_menu(browser, "我的信息")
    record = browser.find_element(By.ID, "own-record").text
    assert re.search(r"\d{17}[\dX]", record), "the resident sees their own ID number in full"
    assert_fits(browser)
    # Each window size asks about a different field: one open request per field at a time.
    field, value = ("phone", "13912345678") if browser.size_name == "phone" else ("relationToHead", "户主")
    Select(browser.find_element(By.ID, "c-field")).select_by_value(field)
    browser.find_element(By.ID, "c-value").send_keys(value)
    browser.find_element(By.CSS_SELECTOR, "form[action='/me/requests'] button.primary").click()
    WebDriverWait(browser, 10).until(lambda d: "申请已提交" in d.page_source)
    rows = browser.find_element(By.ID, "own-requests").text
    assert "待处理" in rows
    assert_fits(browser)


def test_grid_page_draws_the_boundary_with_the_buildings(browser, demo_server):
    sign_in(browser, demo_server, "grid.worker")
    grid = re.search(r"grid\.worker\s+gridWorker\s+grid:(\d{15})", demo_server.log()).group(1)
    browser.get(demo_server.base + f"/territory/grids/{grid}")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.map polygon")) == 1
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.map circle")) == 6
    assert browser.find_element(By.CSS_SELECTOR, "svg.map").size["width"] > 200
    assert "260 户" in browser.page_source
    assert_fits(browser)
    browser.find_element(By.LINK_TEXT, "3号楼").click()
    assert "所属小区" in browser.page_source
    assert_fits(browser)
