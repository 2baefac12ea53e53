"""The widget end to end in real headless Chromium against the real backend (pytest-django's live_server).

The host pages come from another origin than the backend, like a customer's site, and most carry hostile
CSS. Screenshots land in ``test-artifacts/widget/``.
"""

import csv
import io
import json
import re

import pytest

from .conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "How many orders were placed per month?"
HOSTILE_CSS = "* { all: unset } div { display: none } button { display: none !important }"
THEME = {
    "primary": "#0f766e",
    "title": "Ask the shop data",
    "greeting": "Hi! Ask me about orders, customers and products.",
    "launcher_icon": "chart",
    "position": "right",
    "dark": "auto",
}


def host_page(script_src: str, key: str, *, attrs: str = "", css: str = HOSTILE_CSS, script: str = "") -> str:
    """A third-party page with the one-line snippet, a stub that queues calls, and event recorders."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host shop</title>
<style>{css}</style>
<script>
  window.__keysBefore = Object.keys(window);
  window.__events = [];
  ["message", "intent", "error", "ready", "open", "close"].forEach(function (name) {{
    document.addEventListener("datachat:" + name, function (e) {{ __events.push([name, e.detail]); }});
  }});
  window.Datachat = window.Datachat || function () {{ (Datachat.q = Datachat.q || []).push(arguments); }};
  Datachat("on", "message", function (m) {{ (window.__messages = window.__messages || []).push(m); }});
  {script}
</script>
<script src="{script_src}" data-key="{key}" {attrs} async></script>
</head>
<body>
<h1>Host shop</h1><div><p>Products, prices, opinions.</p></div><button id="host-button">Host button</button>
</body>
</html>"""


@pytest.fixture
def embed_key(make_embed, host_site):
    from django.core.cache import cache

    cache.clear()
    _, issued = make_embed(origins=[host_site.origin], theme=THEME)
    return issued["pk"]


@pytest.fixture
def widget_src(live_server) -> str:
    return f"{live_server.url}/static/datachat/widget.js"


def shadow_focus(page) -> str:
    """Class (or tag) of the focused element inside the widget's shadow root, '' when focus is elsewhere."""
    return page.evaluate("""() => {
        const host = document.querySelector("datachat-widget");
        if (!host || document.activeElement !== host) return "";
        const el = host.shadowRoot.activeElement;
        return el ? (el.className || el.tagName.toLowerCase()) : "";
    }""")


def ask(page, text: str) -> None:
    page.locator("datachat-widget textarea").fill(text)
    page.keyboard.press("Enter")


def test_answer_with_table_and_chart_on_a_hostile_page(browser_context, host_site, embed_key, widget_src):
    page = browser_context.new_page()
    page.goto(host_site.serve("/shop.html", host_page(widget_src, embed_key)))
    launcher = page.locator("datachat-widget button.launcher")
    launcher.wait_for()
    assert launcher.get_attribute("aria-expanded") == "false"

    # Keyboard only: from the page's own button, Tab reaches the launcher; Enter opens the dialog.
    page.evaluate("document.getElementById('host-button').focus()")
    page.keyboard.press("Tab")
    assert shadow_focus(page) == "launcher"
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Ask the shop data")
    dialog.wait_for()
    assert shadow_focus(page) == "textarea"
    assert launcher.get_attribute("aria-expanded") == "true"
    assert "Hi! Ask me about orders" in page.locator("datachat-widget .log").inner_text()

    # Record the streamed progress steps (a fast answer can show them for less than a frame).
    # (An arrow function: evaluating an expression whose value is a function would call it, here `off`.)
    page.evaluate("() => { window.__progress = []; Datachat.on('progress', p => __progress.push(p.label)); }")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")

    answer = page.locator("datachat-widget .msg.a").last
    answer.locator(".txt").wait_for()
    answer.locator(".chart svg, .chart canvas").first.wait_for(timeout=30_000)
    text = answer.locator(".txt").inner_text()
    assert text.strip(), "the answer has text"

    table = answer.locator("table")
    headers = table.locator("th").all_inner_texts()
    assert len(headers) >= 2
    assert table.locator("tbody tr").count() >= 1
    numeric = table.locator("td.num").first
    assert numeric.evaluate("td => getComputedStyle(td).textAlign") == "right"
    assert re.fullmatch(r"[\d,.]+", numeric.inner_text())

    progress = page.evaluate("window.__progress")
    assert any("Running query" in label for label in progress), progress

    # The SQL disclosure opens with the keyboard and shows the statement as text.
    summary = answer.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert answer.locator("pre code").inner_text().strip().upper().startswith(("SELECT", "WITH"))

    # "Show all" expands the preview; the CSV download holds every row; Copy puts the answer on the clipboard.
    messages_rows = page.evaluate("window.__messages")[-1]["data"]["rows"]
    total = len(messages_rows)
    if total > 10:
        answer.get_by_role("button", name=f"Show all {total} rows").click()
        assert table.locator("tbody tr").count() == total
    with page.expect_download() as download:
        answer.get_by_role("button", name="Download CSV").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0] == headers
    assert len(rows) == 1 + total
    assert rows[1] == [str(v) for v in messages_rows[0]]
    answer.get_by_role("button", name="Copy", exact=True).click()
    assert page.evaluate("navigator.clipboard.readText()") == text

    # Host page untouched: nothing in <head>, no global but the one the page itself created (Datachat).
    head = page.evaluate("[...document.head.children].map(e => e.tagName)")
    assert head == ["META", "META", "TITLE", "STYLE", "SCRIPT", "SCRIPT"]
    new_globals = page.evaluate("Object.keys(window).filter(k => !__keysBefore.includes(k))")
    assert set(new_globals) <= {"__keysBefore", "__events", "__messages", "__progress", "Datachat"}, new_globals
    assert page.evaluate("typeof Datachat.open") == "function"

    # JS API and DOM events saw the answer.
    messages = page.evaluate("window.__messages")
    assert messages[-1]["content"] == text
    assert [name for name, _ in page.evaluate("__events") if name == "message"] == ["message"]

    path = screenshot(page, "answer")
    assert path.stat().st_size > 10_000

    # Escape closes and gives focus back to the launcher.
    page.locator("datachat-widget textarea").focus()
    page.keyboard.press("Escape")
    assert dialog.is_hidden()
    assert shadow_focus(page) == "launcher"
    assert browser_context.page_errors == []


def test_conversation_survives_a_reload_and_can_restart(browser_context, host_site, embed_key, widget_src):
    page = browser_context.new_page()
    page.goto(host_site.serve("/restore.html", host_page(widget_src, embed_key, attrs='data-open="true"')))
    ask(page, QUESTION)
    page.locator("datachat-widget .msg.a table").wait_for(timeout=30_000)

    page.reload()
    page.locator("datachat-widget [role=dialog]").wait_for()  # data-open
    page.locator("datachat-widget .msg.u").wait_for()
    assert page.locator("datachat-widget .msg.u").inner_text().endswith(QUESTION)
    page.locator("datachat-widget .msg.a table").wait_for()

    page.get_by_role("button", name="New conversation").click()
    page.wait_for_function("""() => !document.querySelector("datachat-widget").shadowRoot.querySelector(".msg.u")""")
    assert "Hi! Ask me about orders" in page.locator("datachat-widget .log").inner_text()


def test_page_on_an_origin_the_embed_does_not_allow_is_refused(
        browser_context, other_site, embed_key, make_embed, widget_src):
    # The origin is allowed by another embed on this server, so the browser lets the call through and the
    # widget can read the 403 that explains the refusal.
    make_embed(name="Other shop", origins=[other_site.origin])
    page = browser_context.new_page()
    page.goto(other_site.serve("/elsewhere.html", host_page(widget_src, embed_key)))
    page.locator("datachat-widget button.launcher").click()
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "This site is not allowed to use this chat." in alert.inner_text()
    assert page.locator("datachat-widget textarea").is_disabled()
    assert shadow_focus(page) == "button"  # the Retry button, still inside the dialog
    errors = [detail for name, detail in page.evaluate("__events") if name == "error"]
    assert errors and errors[0]["status"] == 403
    screenshot(page, "refused")


def test_page_on_an_origin_no_embed_allows_cannot_reach_the_api(browser_context, other_site, embed_key, widget_src):
    # No embed allows this origin: the backend refuses the CORS preflight, the browser blocks the call and
    # the widget can only say that the service cannot be reached from here.
    page = browser_context.new_page()
    page.goto(other_site.serve("/nowhere.html", host_page(widget_src, embed_key, attrs="data-open")))
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "cannot be reached from this site" in alert.inner_text()


def test_unknown_key(browser_context, host_site, embed_key, widget_src):
    # The origin is allowed by a real embed (so CORS lets the call through), but the key is made up.
    page = browser_context.new_page()
    page.goto(host_site.serve("/badkey.html", host_page(widget_src, "pk_unknown", attrs="data-open")))
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "key is unknown or revoked" in alert.inner_text()


def test_rate_limited_then_retry(browser_context, host_site, make_embed, widget_src):
    from django.core.cache import cache

    cache.clear()
    _, issued = make_embed(origins=[host_site.origin], rate_limit=1)
    page = browser_context.new_page()
    page.goto(host_site.serve("/limited.html", host_page(widget_src, issued["pk"], attrs="data-open")))
    page.locator("datachat-widget .chip").first.wait_for()  # the session (call 1 of 1)
    ask(page, QUESTION)
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "Too many questions" in alert.inner_text()
    retry = alert.get_by_role("button")
    assert re.match(r"Retry( in \d+ s)?$", retry.inner_text())
    assert page.locator("datachat-widget .msg.u").count() == 1


def test_offline_then_back_online(browser_context, host_site, embed_key, widget_src):
    page = browser_context.new_page()
    page.goto(host_site.serve("/offline.html", host_page(widget_src, embed_key, attrs="data-open")))
    page.locator("datachat-widget .chip").first.wait_for()
    browser_context.set_offline(True)
    ask(page, QUESTION)
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "offline" in alert.inner_text()
    browser_context.set_offline(False)  # the "online" event retries by itself
    page.locator("datachat-widget .msg.a table").wait_for(timeout=30_000)
    assert alert.is_hidden()


def test_server_text_is_never_markup(browser_context, host_site, embed_key, widget_src):
    page = browser_context.new_page()
    page.goto(host_site.serve("/xss.html", host_page(widget_src, embed_key, attrs="data-open")))
    payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    ask(page, payload)
    page.locator("datachat-widget .msg.a").nth(1).wait_for(timeout=30_000)
    assert page.locator("datachat-widget .msg.u").inner_text().endswith(payload)
    assert page.evaluate("window.__xss") is None
    assert page.locator("datachat-widget .log img").count() == 0


def test_intents_reach_listeners_and_dom_events(browser_context, host_site, embed_key, widget_src):
    """Intents come from the server; the host page gets them through on('intent') and a CustomEvent."""
    page = browser_context.new_page()
    intent = {"name": "schedule_report", "confidence": 0.9, "slots": {"weekday": "monday"}}

    def answer_with_intent(route):
        if route.request.method != "POST":
            return route.continue_()
        message = {"id": "00000000-0000-0000-0000-000000000001", "role": "assistant",
                   "content": "I will email this every Monday.", "sql": None, "data": None, "chart": None,
                   "intents": [intent], "created_at": "2026-01-01T00:00:00Z", "error": None}
        body = "event: progress\ndata: " + json.dumps({"step": "understanding", "label": "Understanding…"})
        body += "\n\nevent: message\ndata: " + json.dumps(message) + "\n\n"
        route.fulfill(status=200, body=body, headers={
            "Content-Type": "text/event-stream", "Access-Control-Allow-Origin": host_site.origin})

    page.route(re.compile(r".*/api/v1/sessions/[^/]+/messages$"), answer_with_intent)
    page.goto(host_site.serve("/intent.html", host_page(
        widget_src, embed_key,
        script="Datachat('on', 'intent', function (i) { window.__intent = i; }); Datachat('open');")))
    page.locator("datachat-widget .chip").first.wait_for()
    page.evaluate("Datachat.ask('Email me this every Monday')")
    page.wait_for_function("window.__intent !== undefined")
    assert page.evaluate("window.__intent.name") == "schedule_report"
    dom = [detail for name, detail in page.evaluate("__events") if name == "intent"]
    assert dom and dom[0]["slots"] == {"weekday": "monday"}


def test_mobile_is_full_screen(chromium, host_site, embed_key, widget_src):
    context = chromium.new_context(viewport={"width": 390, "height": 780}, is_mobile=True, has_touch=True,
                                   color_scheme="dark", reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(host_site.serve("/mobile.html", host_page(widget_src, embed_key, attrs="data-open")))
        dialog = page.locator("datachat-widget [role=dialog]")
        dialog.wait_for()
        box = dialog.bounding_box()
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 780)
        duration = page.locator("datachat-widget .panel").evaluate("e => getComputedStyle(e).animationDuration")
        assert float(duration.rstrip("s")) < 0.01  # prefers-reduced-motion
        background = dialog.evaluate("e => getComputedStyle(e).backgroundColor")
        assert background == "rgb(17, 24, 39)"  # dark scheme from prefers-color-scheme
        ask(page, QUESTION)
        page.locator("datachat-widget .msg.a .chart svg").wait_for(timeout=30_000)
        page.locator("datachat-widget .chart svg").scroll_into_view_if_needed()
        screenshot(page, "mobile-dark")
    finally:
        context.close()
