"""The page of `llmdraft serve` in a real browser: Playwright for Python driving the system
Chromium (Debian's `chromium` package; Playwright's own browser download is not used).

Chromium missing: the tests skip with the reason when run by hand, and fail in CI (CI=true, or
LLMDRAFT_REQUIRE_BROWSER=1), where `.ci/run` installs it first. Screenshots go to
tmp/artifacts/ (or LLMDRAFT_ARTIFACTS).
"""

from __future__ import annotations

import csv
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from contexts import DEFAULT_TEXT
from servekit import ROOT, LiveServer

CHROMIUM = os.environ.get("LLMDRAFT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = bool(os.environ.get("CI") or os.environ.get("LLMDRAFT_REQUIRE_BROWSER"))
ARTIFACTS = Path(os.environ.get("LLMDRAFT_ARTIFACTS") or ROOT / "tmp" / "artifacts")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS = '<img src=x onerror="window.__xss=1">'


def _unavailable(reason: str):
    message = (f"BROWSER TESTS NOT RUN: {reason}. Install Debian's chromium "
               f"(apt-get install -y chromium) or set LLMDRAFT_CHROMIUM.")
    if REQUIRED:
        pytest.fail(message + " (CI requires them)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (python3 -m pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("page"), "--provider", "offline") as live:
        yield live


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"],
                                  accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    # A 4xx answer is one the page shows as a message; Chrome logs it too, which is no error.
    tab.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
           if msg.type == "error" and "responded with a status of 4" not in msg.text else None)
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    tab.problems = problems
    tab.goto(server.url + "/")
    tab.wait_for_selector("body[data-ready=true]")
    yield tab
    context.close()
    assert not problems, problems  # no script error, no CSP violation, no alert()


def shot(tab, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def fill_article(tab, strengths=("organizing a diverse group of volunteers", "project management")):
    tab.fill("#f-recipient", "John Rivera")
    tab.fill("#f-project", "Colorado Community Development project")
    for n, strength in enumerate(strengths, start=1):
        if n > 1:
            tab.click("#add-strength")
        tab.fill(f"#f-strength-{n}", strength)


def checks(tab) -> dict[str, str]:
    """{check name: pass | fail | warn} as the page lists them."""
    return tab.eval_on_selector_all(
        "#checks li", "els => Object.fromEntries(els.map(e => [e.dataset.check, "
                      "e.className.replace('check ', '')]))")


def test_draft_checks_marks_count_variant_copy(page):
    fill_article(page)
    page.click("#draft-button")
    page.wait_for_selector("#checks li")
    message = page.input_value("#message")
    assert message.startswith("Hi John")
    verdicts = checks(page)
    assert verdicts["project_named"] == "pass" and verdicts["reciprocal_offer"] == "pass"
    assert page.text_content("#verdict").startswith("Ready to send")
    marks = page.eval_on_selector_all("#backdrop mark", "els => els.map(e => [e.className, e.textContent])")
    assert ["m-project", "Colorado Community Development project"] in marks
    assert any(c == "m-strength" and "volunteers" in t for c, t in marks)
    assert any(c == "m-offer" for c, _ in marks)
    assert page.text_content("#count") == f"{len(message)} of 1,000 characters"
    shot(page, "draft")

    page.click("#another")
    page.wait_for_function("m => document.getElementById('message').value !== m", arg=message)
    second = page.input_value("#message")
    assert second != message and second.startswith(("Hi John", "Hello John", "Dear John", "Hey John"))

    page.click("#copy")
    page.wait_for_selector("#copied:has-text('Copied')")
    assert page.evaluate("navigator.clipboard.readText()") == second


def test_edit_and_own_text_are_checked_as_you_type(page):
    fill_article(page)
    page.click("#draft-button")
    page.wait_for_selector("#checks li[data-check=reciprocal_offer].pass")
    # Take the offer out: the check turns while typing, without pressing anything.
    page.fill("#message", "")
    page.type("#message", "Hi John, could you write me a recommendation about the Colorado "
                          "Community Development project and my project management? Thanks!",
              delay=5)
    page.wait_for_selector("#checks li[data-check=reciprocal_offer].fail")
    assert page.text_content("#verdict").startswith("Not ready")
    shot(page, "edited")
    page.click("#own")
    assert page.input_value("#message") == ""
    page.keyboard.type(DEFAULT_TEXT)
    page.wait_for_selector("#checks li[data-check=not_default_text].fail")
    assert page.evaluate("document.activeElement.id") == "message"


def test_subject_for_email_and_channel_limit(page):
    fill_article(page, strengths=("project management",))
    page.select_option("#f-channel", "connection-note")
    assert "of 200 characters" in page.text_content("#count")
    page.select_option("#f-channel", "email")
    page.click("#draft-button")
    page.wait_for_selector("#checks li")
    assert page.is_visible("#subject") and page.input_value("#subject")
    assert "of 3,000 characters" in page.text_content("#count")
    page.click("#copy")
    page.wait_for_selector("#copied:has-text('subject')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == "Subject: " + page.input_value("#subject") + "\n\n" + page.input_value("#message")


def test_keyboard_only(page):
    page.focus("#f-recipient")
    page.keyboard.type("John Rivera")
    order = []
    for text in ("", "Colorado Community Development project", "project management"):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id"))
        if text:
            page.keyboard.type(text)
    assert order == ["f-sender", "f-project", "f-strength-1"]
    page.keyboard.press("Tab")  # the strength's Remove button is hidden while it is the only one
    assert page.evaluate("document.activeElement.id") == "add-strength"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "f-strength-2"
    page.keyboard.type("organizing volunteers")
    page.keyboard.press("Enter")  # Enter in a field submits the form
    page.wait_for_selector("#checks li[data-check=strengths_covered].pass")
    # Every control has a label tied to it.
    unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll(
        'input:not([type=hidden]), select, textarea')).filter(el => !(el.labels && el.labels.length)
        && !el.getAttribute('aria-label')).map(el => el.id || el.name)""")
    assert unlabelled == []


def test_followup_advice(page):
    fill_article(page)
    page.check("input[name=kind][value=followup]")
    assert page.is_visible("#f-asked-on")
    page.fill("#f-asked-on", (date.today() - timedelta(days=10)).isoformat())
    page.click("#draft-button")
    page.wait_for_selector("#advice.send")
    assert page.text_content("#advice-decision") == "Send it."
    assert "John" in page.input_value("#message").split(",")[0]
    page.select_option("#f-relationship", "managed-you")
    page.click("#draft-button")
    page.wait_for_selector("#advice.dont")
    assert "senior" in page.text_content("#advice-reason")
    assert page.input_value("#message") == "" and page.is_visible("#draft-anyway")
    shot(page, "followup-dont")
    page.click("#draft-anyway")
    page.wait_for_function("() => document.getElementById('message').value.length > 0")
    page.fill("#f-asked-on", date.today().isoformat())
    page.select_option("#f-relationship", "same-team")
    page.click("#draft-button")
    page.wait_for_selector("#advice.wait")
    assert page.text_content("#advice-decision") == "Wait."


def test_csv_batch_upload_progress_download_table(page, server, tmp_path):
    page.set_input_files("#b-file", str(ROOT / "examples" / "students.csv"))
    page.fill("#b-sender", "Dana Holt")
    page.click("#batch-button")
    page.wait_for_selector("#b-download:not([hidden])", timeout=60_000)
    counts = page.text_content("#b-counts")
    assert counts.startswith("Done: 6 of 6 rows") and "1 error" in counts
    total = int(page.get_attribute("#b-bar", "max"))
    assert page.eval_on_selector("#b-bar", "e => e.value") == total
    rows = page.eval_on_selector_all("#b-table tbody tr", "trs => trs.map(tr => "
                                     "Array.from(tr.cells).map(td => td.textContent))")
    assert len(rows) == total and rows[0][1] == "John Rivera" and rows[0][2] == "ok"
    assert any(r[2] == "error" and "strength" in r[3] for r in rows)
    shot(page, "batch")
    with page.expect_download() as download:
        page.click("#b-download")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "drafts-students.csv"
    text = saved.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("recipient,project,strength1")
    assert "Dana Holt" in text


def test_xss_payload_in_every_field_is_text(page, tmp_path):
    for field in ("#f-recipient", "#f-sender", "#f-project", "#f-strength-1"):
        page.fill(field, XSS)
    page.click("summary")
    for field in ("#f-purpose", "#f-details", "#f-recipient-role", "#f-greet-as"):
        page.fill(field, XSS)
    page.click("#draft-button")
    page.wait_for_selector("#checks li, #form-error:not(:empty)")
    page.fill("#message", XSS + " " + XSS)  # and in the text checked as you type
    page.wait_for_selector("#checks li")
    page.wait_for_timeout(500)
    # A CSV whose cells are the payload: the batch table shows them as text.
    hostile = tmp_path / "hostile.csv"
    with open(hostile, "w", newline="") as handle:
        csv.writer(handle).writerows([["recipient", "project", "strengths"], [XSS, XSS, XSS],
                                      ["Ada Obi", XSS, "x"]])
    page.set_input_files("#b-file", str(hostile))
    page.click("#batch-button")
    page.wait_for_selector("#b-download:not([hidden])", timeout=60_000)
    page.wait_for_selector("#b-table tbody tr")
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    cells = page.eval_on_selector_all("#b-table tbody td", "tds => tds.map(td => td.textContent)")
    assert any(XSS in c for c in cells)
    shot(page, "xss")


def test_phone_width(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    tab = context.new_page()
    tab.goto(server.url + "/")
    tab.wait_for_selector("body[data-ready=true]")
    fill_article(tab)
    tab.tap("#draft-button")
    tab.wait_for_selector("#checks li")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page is {width}px wide on a 375px screen"
    form, result = (tab.eval_on_selector(s, "e => e.getBoundingClientRect().toJSON()")
                    for s in ("#draft-form", "#result"))
    assert result["top"] >= form["bottom"] - 1  # one column: the draft under the form
    small = tab.evaluate("""() => Array.from(document.querySelectorAll('button:not([hidden]), input, select'))
        .filter(e => e.offsetParent && e.type !== 'radio' && e.type !== 'checkbox'
                && e.getBoundingClientRect().height < 36).map(e => e.id)""")
    assert small == []  # big enough to tap
    shot(tab, "phone")
    context.close()


def test_token_page_in_the_browser(browser, tmp_path):
    with LiveServer(tmp_path, "--provider", "offline", host="0.0.0.0") as live:
        context = browser.new_context()
        tab = context.new_page()
        response = tab.goto(f"http://127.0.0.1:{live.port}/")
        assert response.status == 401
        tab.goto(f"http://127.0.0.1:{live.port}/?token={live.token}")
        tab.wait_for_selector("body[data-ready=true]")
        assert "token" not in tab.url
        fill_article(tab)
        tab.click("#draft-button")
        tab.wait_for_selector("#checks li")
        context.close()
