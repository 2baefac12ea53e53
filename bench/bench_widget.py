"""What the widget costs a host page: bytes, long tasks and API calls, measured in Chromium over CDP.

Usage:
    .venv/bin/python bench/bench_widget.py [--runs 3] [--cpu-slowdown 1] [--chromium /usr/lib/chromium/chromium]

Starts the real backend (WSGI on 127.0.0.1, WhiteNoise serving the built widget, a temporary SQLite app
database with the demo shop) and a host site on another loopback origin with two pages that differ only by
the one-line snippet. Each run uses a fresh browser profile and records, per phase:

- ``page``: loading the page without the widget;
- ``before interaction``: loading the same page with the widget, until the launcher shows and the network
  has been idle for a second;
- ``open``: clicking the launcher until the greeting's suggestions show (the session is created now);
- ``first chart``: asking a question whose answer has a chart, until the chart's `<svg role=img>` is drawn.

It also times the chart chunk alone: the answer's spec drawn again 20 times (median per run).

Bytes are transfer sizes (``Network.loadingFinished`` encodedDataLength, compressed as served, headers
included); long tasks are the ``longtask`` entries (main-thread tasks of 50 ms or more) observed in the
phase, with the longest one, and "widget JS" the longest run of the widget's own scripts within a slow frame
(``long-animation-frame`` script attribution), which separates the widget's work from a busy machine's;
API calls are requests under ``/api/v1/``. ``--cpu-slowdown 4`` throttles the
CPU (``Emulation.setCPUThrottlingRate``) like a low-end phone. Prints medians over the runs and the sizes
of the built files.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DIST = REPO / "widget_dist"
QUESTION = "How many orders were placed per month?"

LONG_TASKS = """
window.__longtasks = [];
addEventListener("datachat:chart-chunk", (e) => { window.__render = e.detail; });
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
} catch (e) {}
window.__scripts = [];
try {
  // Long Animation Frame timing says which script ran in a slow frame: keep the widget's own (its origin).
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const s of frame.scripts) window.__scripts.push([s.sourceURL, s.duration]);
  }).observe({ type: "long-animation-frame", buffered: true });
} catch (e) {}
"""


# The chart chunk's own cost: drawing the answer's spec again, 20 times, into a panel-sized box.
DRAW = """async () => {
  const box = document.createElement("div");
  box.style.width = "380px";
  document.querySelector("datachat-widget").shadowRoot.querySelector(".log").appendChild(box);
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await window.__render(box, window.__last.chart, { dark: false, description: "", label: "Chart" });
    times.push(performance.now() - start);
  }
  box.remove();
  times.sort((a, b) => a - b);
  return times[10];
}"""


def setup_backend() -> None:
    tmp = tempfile.mkdtemp(prefix="datachat-bench-widget-")
    os.environ["DATACHAT_VAR_DIR"] = tmp
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/app.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "backend.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    Path(tmp, "static").mkdir(exist_ok=True)


def make_embed(origin: str) -> str:
    from datachat.demo import build_shop_database
    from datachat.models import DataSource
    from datachat.services.embeds import create_embed

    path = build_shop_database(Path(os.environ["DATACHAT_VAR_DIR"]) / "shop.sqlite3")
    source = DataSource(name="Shop")
    source.url = f"sqlite:///{path}"
    source.save()
    _, keys = create_embed(name="Bench", data_source=source, origins=[origin], rate_limit=100_000)
    return keys["pk"]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def serve_backend() -> tuple[str, ThreadingWSGIServer]:
    from django.core.wsgi import get_wsgi_application

    server = make_server("127.0.0.1", 0, get_wsgi_application(), ThreadingWSGIServer, QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def host_page(snippet: str) -> str:
    paragraphs = "".join(f"<p>Paragraph {i} of the host's own content.</p>" for i in range(40))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>{snippet}</head>
<body><h1>A host page</h1>{paragraphs}</body></html>"""


def serve_host(pages: dict[str, str]) -> tuple[str, ThreadingHTTPServer]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path.split("?")[0], "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


class Recorder:
    """Transfer bytes and API calls from CDP's Network domain, long tasks from the page; split by phase."""

    def __init__(self, page, cdp):
        self.page, self.api = page, 0
        self.sizes: dict[str, int] = {}
        self.done: set[str] = set()
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.dataReceived", self._data)
        cdp.on("Network.loadingFinished", self._finished)
        self.mark = (0, 0, 0, 0)

    @property
    def bytes(self) -> int:
        return sum(self.sizes.values())

    def _request(self, event):
        url = event["request"]["url"]
        if "/api/v1/" in url and event["request"]["method"] != "OPTIONS":
            self.api += 1

    def _data(self, event):
        # A stream the widget stops reading once it has its answer ends in loadingFailed (cancelled), not
        # loadingFinished: its chunks still count.
        request = event["requestId"]
        if request not in self.done:
            self.sizes[request] = self.sizes.get(request, 0) + int(event.get("encodedDataLength") or 0)

    def _finished(self, event):
        self.done.add(event["requestId"])
        self.sizes[event["requestId"]] = max(self.sizes.get(event["requestId"], 0),
                                             int(event.get("encodedDataLength") or 0))

    def phase(self, origin: str) -> dict:
        tasks = self.page.evaluate("window.__longtasks || []")
        scripts = self.page.evaluate("window.__scripts || []")
        before_bytes, before_api, before_tasks, before_scripts = self.mark
        new = tasks[before_tasks:]
        ours = [d for url, d in scripts[before_scripts:] if url.startswith(origin)]
        self.mark = (self.bytes, self.api, len(tasks), len(scripts))
        return {
            "bytes": self.bytes - before_bytes,
            "api": self.api - before_api,
            "long tasks": len(new),
            "longest": max((d for _, d in new), default=0.0),
            "widget script": max(ours, default=0.0),
        }


def settle(page, ms: int = 1000) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(ms)


def one_run(browser, host: str, api: str, slowdown: float) -> dict[str, dict]:
    results = {}
    for name in ("plain", "widget"):
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        page = context.new_page()
        page.add_init_script(LONG_TASKS)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if slowdown > 1:
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
        recorder = Recorder(page, cdp)
        page.goto(f"{host}/{name}.html")
        if name == "plain":
            settle(page)
            results["page"] = recorder.phase(api)
            context.close()
            continue
        page.locator("datachat-widget button.launcher").wait_for()
        settle(page)
        results["before interaction"] = recorder.phase(api)
        page.locator("datachat-widget button.launcher").click()
        page.locator("datachat-widget .chip").first.wait_for(timeout=60_000)
        settle(page, 500)
        results["open"] = recorder.phase(api)
        page.evaluate("() => Datachat.on('message', (m) => { window.__last = m; })")
        page.locator("datachat-widget textarea").fill(QUESTION)
        page.keyboard.press("Enter")
        page.locator("datachat-widget .chart svg[role=img]").first.wait_for(timeout=60_000)
        settle(page, 500)
        results["first chart"] = recorder.phase(api)
        results["draw"] = {"ms": page.evaluate(DRAW)}
        context.close()
    return results


def file_sizes() -> list[tuple[str, int, int]]:
    out = []
    for path in sorted(DIST.iterdir()):
        if re.fullmatch(r"widget\.js|chart\.[0-9a-f]{12}\.js|widget\.[0-9a-f]{12}\.css", path.name):
            raw = path.read_bytes()
            out.append((path.name, len(raw), len(gzip.compress(raw, 9))))
    return out


def chromium_path(explicit: str | None) -> str | None:
    for candidate in (explicit, os.environ.get("DATACHAT_CHROMIUM"), "/usr/lib/chromium/chromium",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cpu-slowdown", type=float, default=1.0)
    parser.add_argument("--chromium")
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: playwright is not installed (pip install -e '.[dev]')")
        return 0
    executable = chromium_path(args.chromium)
    if not executable:
        print("skipped: no chromium binary (scripts/ensure-chromium.sh)")
        return 0

    setup_backend()
    api, backend = serve_backend()
    pages: dict[str, str] = {}
    host, site = serve_host(pages)
    key = make_embed(host)
    pages["/plain.html"] = host_page("")
    pages["/widget.html"] = host_page(f'<script src="{api}/static/datachat/widget.js" data-key="{key}" async></script>')

    runs = []
    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--headless", "--no-sandbox",
                                                                             "--disable-gpu", "--no-first-run"])
        for _ in range(args.runs):
            runs.append(one_run(browser, host, api, args.cpu_slowdown))
        browser.close()
    backend.shutdown()
    site.shutdown()

    print(f"Widget cost on a host page: median of {args.runs} runs, CPU slowdown {args.cpu_slowdown:g}x, "
          f"{time.perf_counter() - started:.0f} s")
    print(f"{'phase':<20}{'bytes':>10}{'API calls':>11}{'long tasks':>12}{'longest ms':>12}{'widget JS ms':>14}")
    for phase in ("page", "before interaction", "open", "first chart"):
        rows = [r[phase] for r in runs]
        med = {k: statistics.median(r[k] for r in rows) for k in ("bytes", "api", "long tasks")}
        longest = max(r["longest"] for r in rows)
        ours = max(r["widget script"] for r in rows)
        print(f"{phase:<20}{med['bytes']:>10,.0f}{med['api']:>11.0f}{med['long tasks']:>12.0f}{longest:>12.0f}"
              f"{ours:>14.0f}")
    print("('page' is without the widget; the other rows are the widget page, each phase on its own;"
          " 'longest' is the max over runs; 'widget JS ms' is the longest run of the widget's own scripts inside a"
          " frame of 50 ms or more (Long Animation Frame timing), max over runs, 0 when none)")
    draws = [r["draw"]["ms"] for r in runs]
    print(f"chart draw (answer's spec, SVG, median of 20 per run): median {statistics.median(draws):.1f} ms, "
          f"max {max(draws):.1f} ms")
    print("long tasks per run (ms): " + "; ".join(
        ", ".join(f"{phase} {r[phase]['longest']:.0f}" for phase in r if r[phase].get("long tasks")) or "none"
        for r in runs))
    print(f"\n{'file':<26}{'raw':>10}{'gzip':>10}")
    for name, raw, gz in file_sizes():
        print(f"{name:<26}{raw:>10,}{gz:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
