"""In real Chromium: a question the engine cannot place gets option buttons; clicking one asks that option's
question and the answer's table arrives."""

import pytest

from .conftest import screenshot
from .test_browser import THEME, host_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def key(make_embed, host_site):
    from django.core.cache import cache

    cache.clear()
    _, issued = make_embed(origins=[host_site.origin], theme=THEME)
    return issued["pk"]


def test_clicking_a_clarification_option_answers_it(browser_context, host_site, key, live_server):
    page = browser_context.new_page()
    src = f"{live_server.url}/static/datachat/widget.js"
    page.goto(host_site.serve("/clarify.html", host_page(src, key, attrs='data-open="true"')))
    page.locator("datachat-widget textarea").fill("number of customers by flavour")
    page.keyboard.press("Enter")

    page.wait_for_function("() => (window.__messages || []).length >= 1", timeout=30_000)
    asked = page.evaluate("window.__messages")[-1]
    group = page.locator("datachat-widget .msg.a").last.locator(".chips[role=group]")
    group.wait_for()
    buttons = group.get_by_role("button")
    assert 2 <= buttons.count() <= 4
    assert asked["sql"] is None and "flavour" in asked["clarification"]["message"]
    assert page.locator("datachat-widget .msg.a").last.locator("table").count() == 0
    labels = [o["label"] for o in asked["clarification"]["options"]]
    assert buttons.all_inner_texts() == labels

    chosen = asked["clarification"]["options"][1]
    buttons.nth(1).click()
    page.locator("datachat-widget .msg.u").last.wait_for()
    page.wait_for_function("() => (window.__messages || []).length >= 2")
    answer = page.locator("datachat-widget .msg.a").last
    answer.locator("table").wait_for(timeout=30_000)
    assert page.locator("datachat-widget .msg.u").last.inner_text().endswith(chosen["question"])
    answered = page.evaluate("window.__messages")[-1]
    assert answered["clarification"] is None and answered["sql"]
    assert answer.locator("tbody tr").count() >= 2
    screenshot(page, "clarification-answered")
    assert browser_context.page_errors == []
