"""Browser fixtures: Debian's Chromium driven by Playwright, and host pages served from other origins.

No browser is ever downloaded: Playwright launches the system binary (``scripts/ensure-chromium.sh``
installs it; ``DATACHAT_CHROMIUM`` overrides the path).
"""

import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "widget"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    # The real binary, not Debian's /usr/bin/chromium shell wrapper (which adds its own flags).
    for candidate in (os.environ.get("DATACHAT_CHROMIUM"), "/usr/lib/chromium/chromium",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium per test module."""
    # Locally a missing browser skips these tests; CI sets DATACHAT_REQUIRE_BROWSER=1 so it fails instead.
    missing = pytest.fail if os.environ.get("DATACHAT_REQUIRE_BROWSER") == "1" else pytest.skip
    try:
        from playwright import sync_api
    except ImportError:
        missing("playwright is not installed: pip install -e '.[dev]'")
    path = chromium_path()
    if not path:
        missing("no chromium binary: run scripts/ensure-chromium.sh")
    # While Playwright's sync API is running, Django sees an event loop in this thread and refuses the ORM
    # calls that fixtures and live_server make (they are synchronous all the same). Allow them only for as
    # long as the browser runs, so the other suites in this worker keep Django's check.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class HostSite:
    """A static site on its own origin (``http://127.0.0.1:<port>``) serving pages set by the test."""

    def __init__(self):
        self.pages: dict[str, str] = {}
        self.headers: dict[str, dict[str, str]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                body = site.pages.get(path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                for name, value in site.headers.get(path, {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write((body or "not found").encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, path: str, html: str, headers: dict[str, str] | None = None) -> str:
        """Serve ``html`` at ``path`` (with extra response ``headers``, e.g. a Content-Security-Policy)."""
        self.pages[path] = html
        self.headers[path] = dict(headers or {})
        return self.origin + path

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def host_site():
    site = HostSite()
    yield site
    site.close()


@pytest.fixture(scope="session")
def other_site():
    """A second origin, which the test embeds do not allow."""
    site = HostSite()
    yield site
    site.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_call = report.failed
    return report


@pytest.fixture
def browser_context(chromium, request):
    """A fresh profile per test (empty storage), with page errors collected and a screenshot on failure."""
    context = chromium.new_context(viewport={"width": 1280, "height": 860}, locale="en-US", accept_downloads=True,
                                   permissions=["clipboard-read", "clipboard-write"],
                                   reduced_motion="reduce")  # no half-faded panels in screenshots
    errors: list[str] = []
    console: list[str] = []

    def watch(page):
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))

    context.on("page", watch)
    context.page_errors = errors
    context.console = console
    yield context
    if getattr(request.node, "failed_call", False):
        print("browser console:", *console, sep="\n  ")
        for index, page in enumerate(context.pages):
            screenshot(page, f"failed-{request.node.name}-{index}")
    context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
