"""The widget as a guest on strict host pages (issue 17), in real headless Chromium against the real backend.

Host pages are served from another origin with their own Content-Security-Policy headers; every CSP
violation (``securitypolicyviolation`` events, console reports) is recorded and must stay at zero while the
widget is styled, answers and draws its chart. Also: axe-core inside the shadow root in both themes, the
modal mobile panel, ``html { zoom: 2 }``, a host that owns ``window.Datachat``, a tracing fetch wrapper,
lazy sessions and a patched ``Array.prototype.toJSON``.
"""

import re
from pathlib import Path

import pytest

from .conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "How many orders were placed per month?"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
NONCE = "r4nd0mN0nce"
THEME = {"primary": "#0f766e", "title": "Ask the shop data", "greeting": "Hi! Ask me about orders.", "dark": "auto"}

# Installed before any page script (CDP, so no CSP applies to it): what the page's policy refused.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI);
}, true);
"""


@pytest.fixture
def guest_key(make_embed, host_site):
    from django.core.cache import cache

    cache.clear()
    _, issued = make_embed(origins=[host_site.origin], theme=THEME)
    return issued["pk"]


@pytest.fixture
def api(live_server) -> str:
    return live_server.url


def page_html(api: str, key: str, *, lang: str = "en", head: str = "", script: str = "", attrs: str = "") -> str:
    """A host page with no inline style at all, its inline script and the snippet both carrying the nonce."""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Strict host</title>{head}
<script nonce="{NONCE}">
  window.Datachat = window.Datachat || function () {{ (Datachat.q = Datachat.q || []).push(arguments); }};
  Datachat("on", "message", function (m) {{ (window.__messages = window.__messages || []).push(m); }});
  {script}
</script>
<script src="{api}/static/datachat/widget.js" data-key="{key}" nonce="{NONCE}" {attrs} async></script>
</head>
<body><h1>Strict host</h1><p>A page that allows almost nothing.</p><button id="host-button">Host button</button>
</body></html>"""


def policies(api: str) -> dict[str, str]:
    common = f"default-src 'none'; connect-src {api}; img-src 'self' {api} data:; base-uri 'none'; object-src 'none'"
    return {
        "style-src-self": f"{common}; script-src 'nonce-{NONCE}' {api}; style-src 'self'",
        "trusted-types": f"{common}; script-src 'nonce-{NONCE}' {api}; style-src 'self'; "
                         "require-trusted-types-for 'script'; trusted-types datachat",
        "strict-dynamic": f"{common}; script-src 'nonce-{NONCE}' 'strict-dynamic'; style-src 'self'",
    }


def csp_errors(page, console: list[str]) -> list[str]:
    reported = page.evaluate("window.__violations")
    logged = [line for line in console if re.search(r"Content Security Policy|Trusted Type", line)]
    return reported + logged


def ask(page, text: str) -> None:
    page.locator("datachat-widget textarea").fill(text)
    page.keyboard.press("Enter")


def api_calls(page) -> list[str]:
    calls: list[str] = []
    page.on("request", lambda r: calls.append(f"{r.method} {r.url}") if "/api/v1/" in r.url else None)
    return calls


def answer_with_chart(page):
    answer = page.locator("datachat-widget .msg.a").last
    chart = answer.get_by_role("img", name=re.compile(r"^Chart: "))
    chart.wait_for(timeout=30_000)
    assert answer.locator("table tbody tr").count() >= 1
    return chart


def assert_styled(page) -> None:
    launcher = page.locator("datachat-widget button.launcher")
    assert launcher.evaluate("e => getComputedStyle(e).position") == "fixed"
    assert launcher.evaluate("e => getComputedStyle(e).borderRadius") == "50%"
    panel = page.locator("datachat-widget .panel")
    assert panel.evaluate("e => getComputedStyle(e).position") == "fixed"


@pytest.mark.parametrize("policy", ["style-src-self", "trusted-types", "strict-dynamic"])
def test_strict_csp_host_page(browser_context, host_site, guest_key, api, policy):
    page = browser_context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    calls = api_calls(page)
    url = host_site.serve(f"/csp-{policy}.html", page_html(api, guest_key),
                          {"Content-Security-Policy": policies(api)[policy]})
    page.goto(url)
    page.locator("datachat-widget button.launcher").click()
    page.get_by_role("dialog", name="Ask the shop data").wait_for()
    assert_styled(page)
    ask(page, QUESTION)
    chart = answer_with_chart(page)
    assert chart.evaluate("e => e.tagName.toLowerCase()") == "svg"
    assert chart.locator("path.ln").count() + chart.locator("rect.br").count() >= 1
    screenshot(page, f"csp-{policy}")
    assert csp_errors(page, browser_context.console) == []
    assert any(c.startswith("POST") and c.endswith("/sessions") for c in calls)
    if policy == "trusted-types":
        assert page.evaluate("typeof trustedTypes") == "object"
    if policy == "style-src-self":
        # The recorder works: a style attribute from an HTML string is refused and reported.
        page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
        page.wait_for_function("window.__violations.length > 0")
        assert "style-src-attr" in csp_errors(page, browser_context.console)[0]


def test_link_fallback_without_constructable_stylesheets(browser_context, host_site, guest_key, api):
    """No `replaceSync` (older browsers): the stylesheet comes as a <link> from the widget's origin, with the nonce."""
    page = browser_context.new_page()
    page.add_init_script(RECORD_VIOLATIONS + "delete CSSStyleSheet.prototype.replaceSync;")
    policy = f"default-src 'none'; connect-src {api}; script-src 'nonce-{NONCE}' 'strict-dynamic'; " \
             f"style-src 'nonce-{NONCE}'; img-src data:"
    page.goto(host_site.serve("/fallback.html", page_html(api, guest_key), {"Content-Security-Policy": policy}))
    page.locator("datachat-widget button.launcher").wait_for()
    link = page.locator("datachat-widget link[rel=stylesheet]")
    assert re.search(r"/static/datachat/widget\.[0-9a-f]{12}\.css$", link.get_attribute("href"))
    assert link.evaluate("e => e.nonce") == NONCE
    assert_styled(page)
    assert csp_errors(page, browser_context.console) == []


def run_axe(page) -> dict:
    """axe-core's violations inside the widget's shadow root, and how many of its checks passed there."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate("""async () => {
        const result = await axe.run({ fromShadowDom: ["datachat-widget", ".dc"] });
        return {
            violations: result.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target),
                                                      summary: v.nodes[0].failureSummary })),
            passed: result.passes.map(p => p.id),
        };
    }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_inside_the_shadow_root(chromium, host_site, guest_key, api, scheme):
    if not AXE.exists():
        pytest.skip("axe-core is not installed: npm ci")
    context = chromium.new_context(viewport={"width": 1280, "height": 860}, color_scheme=scheme,
                                   reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(host_site.serve(f"/axe-{scheme}.html", page_html(api, guest_key, attrs="data-open")))
        page.locator("datachat-widget .chip").first.wait_for(timeout=30_000)
        ask(page, QUESTION)
        answer_with_chart(page)
        page.locator("datachat-widget textarea").focus()
        result = run_axe(page)
        assert result["violations"] == []
        # It did look at the widget: contrast, names of buttons and of the chart image were checked.
        assert {"color-contrast", "button-name", "svg-img-alt", "aria-dialog-name"} <= set(result["passed"])
        screenshot(page, f"axe-{scheme}")
    finally:
        context.close()


def test_mobile_panel_is_modal(chromium, host_site, guest_key, api):
    context = chromium.new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True,
                                   reduced_motion="reduce")
    try:
        page = context.new_page()
        tall = "<div id='filler'></div>"
        script = "addEventListener('DOMContentLoaded', () => { filler.append(...Array.from({length: 200}, (_, i) => " \
                 "Object.assign(document.createElement('p'), {textContent: 'Line ' + i}))); });"
        page.goto(host_site.serve("/modal.html", page_html(api, guest_key, script=script).replace(
            "</body>", tall + "</body>")))
        page.locator("datachat-widget button.launcher").click()
        dialog = page.get_by_role("dialog", name="Ask the shop data")
        dialog.wait_for()
        assert dialog.get_attribute("aria-modal") == "true"
        box = dialog.bounding_box()
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 360, 640)
        # Focus stays inside: Tab and Shift+Tab cycle through the dialog, never reaching the host's button.
        for key in ["Tab"] * 12 + ["Shift+Tab"] * 12:
            page.keyboard.press(key)
            assert page.evaluate("document.activeElement.tagName") == "DATACHAT-WIDGET", key
        # Focus moved to the page by script comes back into the dialog.
        page.evaluate("document.getElementById('host-button').focus()")
        assert page.evaluate("document.activeElement.tagName") == "DATACHAT-WIDGET"
        # The page does not scroll behind the dialog.
        assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "hidden"
        page.mouse.wheel(0, 2000)
        page.wait_for_timeout(200)
        assert page.evaluate("scrollY") == 0
        page.keyboard.press("Escape")
        assert dialog.is_hidden()
        assert page.evaluate("getComputedStyle(document.documentElement).overflow") == "visible"
        assert page.locator("datachat-widget .panel").get_attribute("aria-modal") == "false"
    finally:
        context.close()


def test_desktop_panel_is_not_modal(browser_context, host_site, guest_key, api):
    page = browser_context.new_page()
    page.goto(host_site.serve("/desktop.html", page_html(api, guest_key, attrs="data-open")))
    dialog = page.get_by_role("dialog", name="Ask the shop data")
    dialog.wait_for()
    assert dialog.get_attribute("aria-modal") == "false"


def test_zoom_2_keeps_the_panel_on_screen(browser_context, host_site, guest_key, api):
    page = browser_context.new_page()
    page.goto(host_site.serve("/zoom.html", page_html(api, guest_key, head="<style>html { zoom: 2 }</style>",
                                                      attrs="data-open")))
    dialog = page.get_by_role("dialog", name="Ask the shop data")
    dialog.wait_for()
    viewport = page.viewport_size
    for part in ["datachat-widget .hd", "datachat-widget .panel", "datachat-widget textarea"]:
        box = page.locator(part).bounding_box()
        assert box["y"] >= 0 and box["x"] >= 0, part
        assert box["y"] + box["height"] <= viewport["height"] + 1, part
        assert box["x"] + box["width"] <= viewport["width"] + 1, part
    screenshot(page, "zoom-2")


def test_a_host_that_owns_window_datachat_keeps_it(browser_context, host_site, guest_key, api):
    page = browser_context.new_page()
    # Another product's object, defined before the snippet; no stub (it would be the host's own global).
    html = page_html(api, guest_key).replace(
        """window.Datachat = window.Datachat || function () { (Datachat.q = Datachat.q || []).push(arguments); };
  Datachat("on", "message", function (m) { (window.__messages = window.__messages || []).push(m); });""",
        "window.Datachat = { vendor: 'another product', open: function () { return 'theirs'; } };")
    page.goto(host_site.serve("/taken.html", html))
    page.locator("datachat-widget button.launcher").wait_for()
    page.wait_for_function("window.DatachatWidget && window.DatachatWidget.version")
    assert page.evaluate("Datachat.vendor") == "another product"
    assert page.evaluate("Datachat.open()") == "theirs"
    warnings = [line for line in browser_context.console if "window.Datachat is already defined" in line]
    assert warnings and "window.DatachatWidget" in warnings[0]
    page.evaluate("DatachatWidget.open()")
    page.get_by_role("dialog", name="Ask the shop data").wait_for()
    ask(page, QUESTION)
    answer_with_chart(page)


def test_data_global_names_the_api(browser_context, host_site, guest_key, api):
    page = browser_context.new_page()
    html = page_html(api, guest_key, attrs='data-global="ShopChat"').replace("Datachat", "ShopChat")
    html = html.replace("/static/ShopChat/", "/static/datachat/")
    page.goto(host_site.serve("/named.html", html))
    page.wait_for_function("window.ShopChat && window.ShopChat.version")
    assert page.evaluate("typeof window.Datachat") == "undefined"
    page.evaluate("ShopChat.open()")
    page.get_by_role("dialog", name="Ask the shop data").wait_for()


def test_a_tracing_fetch_wrapper_does_not_break_the_calls(browser_context, host_site, guest_key, api):
    wrapper = """
    const original = window.fetch;
    window.__traced = 0;
    window.fetch = function (input, init) {
      init = Object.assign({}, init);
      const headers = new Headers(init.headers || {});
      headers.set("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
      headers.set("tracestate", "vendor=opaque");
      headers.set("baggage", "userId=alice");
      init.headers = headers;
      window.__traced++;
      return original.call(this, input, init);
    };"""
    page = browser_context.new_page()
    page.goto(host_site.serve("/traced.html", page_html(api, guest_key, script=wrapper, attrs="data-open")))
    page.locator("datachat-widget .chip").first.wait_for(timeout=30_000)
    ask(page, QUESTION)
    answer_with_chart(page)
    assert page.evaluate("window.__traced") >= 2
    assert page.locator("datachat-widget [role=alert]").is_hidden()


def test_no_session_until_the_visitor_opens_the_chat(browser_context, host_site, guest_key, api):
    from datachat.models import DataChatSession

    page = browser_context.new_page()
    calls = api_calls(page)
    page.goto(host_site.serve("/lazy.html", page_html(api, guest_key)))
    page.locator("datachat-widget button.launcher").wait_for()
    page.wait_for_timeout(500)
    assert calls == []
    assert DataChatSession.objects.count() == 0
    page.locator("datachat-widget button.launcher").click()
    page.locator("datachat-widget .chip").first.wait_for(timeout=30_000)
    assert [c for c in calls if c.startswith("POST")] == [c for c in calls if c.endswith("/sessions")]
    assert DataChatSession.objects.count() == 1


def test_restored_session_keeps_its_chips_when_array_tojson_is_patched(browser_context, host_site, guest_key, api):
    patch = "Array.prototype.toJSON = function () { return JSON.stringify(this.slice()); };"
    page = browser_context.new_page()
    page.add_init_script(patch)
    url = host_site.serve("/tojson.html", page_html(api, guest_key, attrs="data-open"))
    page.goto(url)
    chips = page.locator("datachat-widget .chip")
    chips.first.wait_for(timeout=30_000)
    count = chips.count()
    assert count >= 1
    page.reload()
    page.locator("datachat-widget [role=dialog]").wait_for()
    chips.first.wait_for(timeout=30_000)
    assert chips.count() == count


@pytest.mark.parametrize(("lang", "shown"), [("ar", "en"), ("fr-CA", "fr-CA"), ("de", "de")])
def test_lang_is_the_language_the_ui_shows(browser_context, host_site, guest_key, api, lang, shown):
    page = browser_context.new_page()
    page.goto(host_site.serve(f"/lang-{lang}.html", page_html(api, guest_key, lang=lang)))
    launcher = page.locator("datachat-widget button.launcher")
    launcher.wait_for()
    assert launcher.evaluate("e => e.closest('[lang]').lang") == shown


def luminance(css_color: str) -> float:
    r, g, b = (int(v) for v in re.findall(r"[\d.]+", css_color)[:3])

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    hi, lo = sorted([luminance(a), luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_non_text_contrast_is_at_least_3_to_1(chromium, host_site, make_embed, api, scheme):
    """Input border, focus ring and chart line against the panel, with the default indigo (2.82:1 on dark)."""
    from django.core.cache import cache

    cache.clear()
    _, issued = make_embed(origins=[host_site.origin], theme={"title": "Ask the shop data", "dark": "auto"})
    context = chromium.new_context(viewport={"width": 1280, "height": 860}, color_scheme=scheme,
                                   reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto(host_site.serve(f"/contrast-{scheme}.html", page_html(api, issued["pk"], attrs="data-open")))
        page.locator("datachat-widget .chip").first.wait_for(timeout=30_000)
        ask(page, QUESTION)
        answer_with_chart(page)
        surface = page.locator("datachat-widget .panel").evaluate("e => getComputedStyle(e).backgroundColor")
        border = page.locator("datachat-widget textarea").evaluate("e => getComputedStyle(e).borderTopColor")
        page.locator("datachat-widget textarea").focus()
        page.keyboard.press("Shift+Tab")  # keyboard focus: :focus-visible on the answer's last control
        ring = page.evaluate("""() => {
            const el = document.querySelector("datachat-widget").shadowRoot.activeElement;
            return getComputedStyle(el).outlineColor;
        }""")
        line = page.locator("datachat-widget .chart svg path.ln").first.get_attribute("stroke")
        line_rgb = "rgb({}, {}, {})".format(*(int(line[i:i + 2], 16) for i in (1, 3, 5)))
        for name, color in [("input border", border), ("focus ring", ring), ("chart line", line_rgb)]:
            assert ratio(color, surface) >= 3, (name, color, surface)
    finally:
        context.close()
