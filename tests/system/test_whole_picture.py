"""The window on the whole, as the street administrator and the secretary meet it on the demo's year, in headless
Chromium at 360 px and 1280 px: every community side by side with each figure equal to the records its link lists,
the grid map shaded by open cases, the charts, the same figures over the API, in the Excel export and in the work
report; the report printed to PDF with its period and territory, its Word file converted by LibreOffice with the
Chinese text intact, and every figure recounted by `doorstep figures verify`."""
import base64
import io
import json
import re
import subprocess
import urllib.request
import zipfile
from datetime import datetime, timedelta, timezone

import openpyxl
from selenium.webdriver.common.by import By

from conftest import BINARY
from test_browser import assert_fits, browser, pytest_runtest_makereport, sign_in  # noqa: F401
from test_cases import api_token

CHINA = timezone(timedelta(hours=8))


def last_year():
    today = datetime.now(CHINA).date()
    return str(today - timedelta(days=364)), str(today)


def session_cookie(browser):
    return next(c["value"] for c in browser.get_cookies() if c["name"] == "doorstep_session")


def fetch(server, path, cookie):
    request = urllib.request.Request(server.base + path, headers={"Cookie": f"doorstep_session={cookie}", "Accept-Language": "zh-CN"})
    return urllib.request.urlopen(request).read()


def test_street_sees_communities_side_by_side_and_each_figure_opens_its_records(browser, demo_server):
    start, end = last_year()
    sign_in(browser, demo_server, "street.admin")
    browser.get(demo_server.base + f"/?from={start}&to={end}")
    if browser.size_name == "phone":
        assert_fits(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "#side-by-side tbody tr")
    assert [row.find_element(By.TAG_NAME, "th").text for row in rows] == ["幸福里社区", "桂花园社区"]
    # The demo's year is at work: the first community's cases and visits are counted by the hundred.
    first = rows[0].find_elements(By.CSS_SELECTOR, "td a")
    assert int(first[0].text) > 200, "cases reported in the first community over the year"
    # Sorting by a column is a link: 桂花园 has fewer cases, so ascending puts it first.
    link = browser.find_element(By.CSS_SELECTOR, "#side-by-side thead th:nth-child(2) a").get_attribute("href")
    browser.get(link.replace("dir=desc", "dir=asc"))
    assert browser.find_element(By.CSS_SELECTOR, "#side-by-side tbody tr th").text == "桂花园社区"

    # The grid map is shaded by open cases, with a legend and its numbers in a table.
    browser.get(demo_server.base + f"/?from={start}&to={end}")
    svg = browser.find_element(By.CSS_SELECTOR, "#grid-map svg")
    assert svg.size["width"] > 250 and "在办诉求" in browser.find_element(By.CSS_SELECTOR, "#grid-map h2").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#grid-map svg polygon")) >= 8
    assert len(browser.find_elements(By.CSS_SELECTOR, "#grid-map table tbody tr")) == 8
    assert browser.find_element(By.CSS_SELECTOR, "#trend svg").size["height"] > 100

    # Each counted figure on the dashboard equals the records its link lists.
    cards = {card.get_attribute("id")[4:]: (card.find_element(By.CLASS_NAME, "figure-value").text, card.get_attribute("href"))
             for card in browser.find_elements(By.CSS_SELECTOR, "#key-figures a.figure")}
    for key in ["casesReported", "openCases", "visits", "opinions", "problemsSolved", "disputesSettled", "partyMembers"]:
        value, href = cards[key]
        browser.get(href)
        listed = int(browser.find_element(By.ID, "records-count").text.split()[-1])
        assert listed == int(value), f"{key}: the dashboard says {value}, its records are {listed}"
        assert len(browser.find_elements(By.CSS_SELECTOR, "#figure-records tbody tr")) == min(listed, 1000)
        if browser.size_name == "phone":
            assert_fits(browser)


def test_one_figure_reads_the_same_on_every_screen_download_and_the_api(browser, demo_server, tmp_path):
    if browser.size_name == "phone":
        return  # the downloads and the API are the same at any width
    start, end = last_year()
    community = re.search(r"secretary\s+communityAdmin\s+community:(\d{12})", demo_server.log()).group(1)
    sign_in(browser, demo_server, "secretary")
    browser.get(demo_server.base + f"/figures?from={start}&to={end}")
    page = {row.get_attribute("data-key"): row.find_element(By.CSS_SELECTOR, "td a.value").text
            for row in browser.find_elements(By.CSS_SELECTOR, ".figure-table tbody tr")}
    assert len(page) > 40
    token = api_token(demo_server, "secretary")
    request = urllib.request.Request(demo_server.base + f"/api/v1/figures?scope={community}&from={start}&to={end}",
                                     headers={"Authorization": f"Bearer {token}", "Accept-Language": "zh-CN"})
    api = {figure["key"]: figure["current"]["text"] for figure in json.loads(urllib.request.urlopen(request).read())["figures"]}
    cookie = session_cookie(browser)
    workbook = openpyxl.load_workbook(io.BytesIO(fetch(demo_server, f"/figures/export.xlsx?from={start}&to={end}", cookie)))
    assert workbook.sheetnames == ["工作数据", "口径"]
    exported = {row[1]: row[2] for row in workbook["工作数据"].iter_rows(min_row=2, values_only=True)}
    assert workbook["口径"]["C2"].value == f"{start} – {end}"
    browser.get(demo_server.base + f"/work-report?from={start}&to={end}")
    report = {link.get_attribute("data-key"): link.text for link in browser.find_elements(By.CSS_SELECTOR, "a.report-figure")}
    for key in ["visits", "opinions", "problemsSolved", "disputesSettled", "casesReported", "onTimeRate", "volunteers"]:
        assert api[key] == page[key], key
        assert report[key].startswith(page[key]), f"{key}: report {report[key]}, page {page[key]}"
    assert "XX" not in browser.find_element(By.ID, "report").text
    assert exported, "the workbook lists the figures"
    assert any(value == page["visits"] for value in exported.values())


def test_the_report_prints_with_its_period_and_its_word_file_opens_in_libreoffice(browser, demo_server, tmp_path):
    if browser.size_name == "phone":
        sign_in(browser, demo_server, "secretary")
        browser.get(demo_server.base + "/work-report")
        assert_fits(browser)
        return
    start, end = last_year()
    sign_in(browser, demo_server, "secretary")
    browser.get(demo_server.base + f"/work-report?from={start}&to={end}")
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})["data"])
    (tmp_path / "report.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "幸福里社区工作报告" in text
    pages = text.count("\f")
    assert pages >= 2 and text.count(f"统计期：{start}至{end}") >= pages, "the period heads every printed page"
    assert re.search(r"\b1\s*/\s*\d+\b", text), "page numbers"
    assert "工作台" not in text and "社区书记/工作人员" not in text, "no navigation or account on paper"

    docx = fetch(demo_server, f"/work-report.docx?from={start}&to={end}", session_cookie(browser))
    (tmp_path / "report.docx").write_bytes(docx)
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        assert "word/footnotes.xml" in package.namelist()
        assert "仿宋" in package.read("word/styles.xml").decode()
    import docx as python_docx
    document = python_docx.Document(str(tmp_path / "report.docx"))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert paragraphs[0] == "幸福里社区工作报告" and any(p.startswith("一、组织体系") for p in paragraphs)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(tmp_path / "report.docx")],
                   check=True, capture_output=True, timeout=240)
    converted = subprocess.run(["pdftotext", str(tmp_path / "lo" / "report.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "幸福里社区工作报告" in converted and "走访居民" in converted and "一、组织体系" in converted


def test_every_figure_of_the_demo_year_recounts_the_same(demo_server):
    start, end = last_year()
    result = subprocess.run([str(BINARY), "figures", "verify", "--from", start, "--to", end, "--database", demo_server.database],
                            cwd=demo_server.workdir, env=demo_server.env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "没有差异" in result.stdout
