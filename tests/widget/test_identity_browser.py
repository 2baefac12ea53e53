"""Visitor identity and onboarding in real headless Chromium: a host page whose ``tokenProvider`` token expires
mid-conversation, an origin added with ``datachat embed update --add-origin``, and the API docs offline."""

import json
import sqlite3
import time

import jwt
import pytest

from datachat.cli import build_parser
from datachat.services.embeds import issue_identity_secret, update_embed

from .conftest import screenshot
from .test_browser import host_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "How many orders are there?"


@pytest.fixture
def widget_src(live_server) -> str:
    return f"{live_server.url}/static/datachat/widget.js"


def answers(page) -> list[dict]:
    return page.evaluate("window.__messages || []")


def wait_answers(page, count: int, timeout: float = 30) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = answers(page)
        if len(found) >= count:
            return found
        page.wait_for_timeout(100)
    raise AssertionError(f"expected {count} answers, got {answers(page)}")


def test_token_expiring_mid_conversation_is_renewed_silently(browser_context, host_site, make_embed, widget_src,
                                                            shop_path, settings):
    settings.DATACHAT_IDENTITY_LEEWAY = 0  # an expired token really is refused: only a renewal can pass
    from django.core.cache import cache

    cache.clear()
    embed, issued = make_embed(origins=[host_site.origin])
    update_embed(embed, row_filters={"orders": {"column": "customer_id", "claim": "customer_id"}},
                 require_identity=True)
    secret = issue_identity_secret(embed)
    with sqlite3.connect(shop_path) as db:
        customer, count = db.execute("SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id "
                                     "ORDER BY 2 DESC LIMIT 1").fetchone()
    now = int(time.time())
    tokens = [jwt.encode({"sub": "visitor-7", "aud": str(embed.pk), "iat": now, "exp": now + ttl,
                          "customer_id": customer}, secret, algorithm="HS256")
              for ttl in (10, 300)]
    provider = f"""
      window.__tokens = {json.dumps(tokens)};
      window.__asked = 0;
      Datachat("identify", {{ tokenProvider: function () {{
        var token = __tokens[Math.min(__asked, __tokens.length - 1)];
        __asked += 1;
        return new Promise(function (resolve) {{ setTimeout(function () {{ resolve(token); }}, 20); }});
      }} }});
    """
    page = browser_context.new_page()
    page.goto(host_site.serve("/signed.html", host_page(widget_src, issued["pk"], attrs="data-open",
                                                        script=provider)))
    page.locator("datachat-widget textarea").fill(QUESTION)
    page.keyboard.press("Enter")
    first = wait_answers(page, 1)[0]
    assert first["data"]["rows"][0][0] == count  # the visitor's own orders only
    assert page.evaluate("__asked") == 1

    time.sleep(max(0.0, now + 10.5 - time.time()))  # the first token is now expired
    page.locator("datachat-widget textarea").fill("by status")
    page.keyboard.press("Enter")
    second = wait_answers(page, 2)[1]
    assert sum(row[-1] for row in second["data"]["rows"]) == count
    assert page.evaluate("__asked") == 2
    assert page.locator("datachat-widget [role=alert]").count() == 0 or not page.locator(
        "datachat-widget [role=alert]").first.is_visible()
    assert [name for name, _ in page.evaluate("__events") if name == "error"] == []
    assert browser_context.page_errors == []
    screenshot(page, "identity-renewed")


def test_origin_added_from_the_command_line_works_at_once(browser_context, host_site, other_site, make_embed,
                                                          widget_src, capsys):
    from django.core.cache import cache

    cache.clear()
    embed, issued = make_embed(origins=[host_site.origin])
    page = browser_context.new_page()
    url = other_site.serve("/new-site.html", host_page(widget_src, issued["pk"], attrs="data-open"))
    page.goto(url)
    page.locator("datachat-widget [role=alert]").wait_for()
    warnings = [line for line in browser_context.console if line.startswith("warning: Datachat:")]
    assert len(warnings) == 1 and other_site.origin in warnings[0] and "--add-origin" in warnings[0]
    assert host_site.origin not in warnings[0]  # the allowlist is never revealed

    args = build_parser().parse_args(["embed", "update", str(embed.pk), "--add-origin", other_site.origin])
    assert args.func(args) == 0
    assert other_site.origin in json.loads(capsys.readouterr().out)["allowed_domains"]

    page.reload()
    page.locator("datachat-widget textarea").fill(QUESTION)
    page.keyboard.press("Enter")
    assert wait_answers(page, 1)[0]["data"]["rows"][0][0] > 0


def test_api_docs_render_offline(browser_context, live_server):
    outside: list[str] = []

    def only_loopback(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    browser_context.route("**/*", only_loopback)
    page = browser_context.new_page()
    page.goto(f"{live_server.url}/api/v1/docs")
    title = page.locator(".swagger-ui .info .title")
    title.wait_for(timeout=20_000)
    assert "Datachat API" in title.inner_text()
    page.locator(".swagger-ui .opblock").first.wait_for()
    assert outside == []


def test_a_visitor_without_identity_is_asked_to_sign_in_then_identify_works(browser_context, host_site, make_embed,
                                                                           widget_src):
    from django.core.cache import cache

    cache.clear()
    embed, issued = make_embed(origins=[host_site.origin])
    update_embed(embed, require_identity=True)
    secret = issue_identity_secret(embed)
    page = browser_context.new_page()
    page.goto(host_site.serve("/anonymous.html", host_page(widget_src, issued["pk"], attrs="data-open")))
    alert = page.locator("datachat-widget [role=alert]")
    alert.wait_for()
    assert "sign in" in alert.inner_text()
    now = int(time.time())
    token = jwt.encode({"sub": "late", "aud": str(embed.pk), "iat": now, "exp": now + 300}, secret,
                       algorithm="HS256")
    page.evaluate("token => Datachat.identify(token)", token)
    alert.wait_for(state="hidden")
    page.locator("datachat-widget textarea").fill(QUESTION)
    page.keyboard.press("Enter")
    assert wait_answers(page, 1)[0]["data"]["rows"][0][0] > 0
