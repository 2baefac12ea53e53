"""Two scripted model servers on loopback: an OpenAI-compatible one and an Anthropic-compatible one.

Each replays what a test queued: a reply text (with token usage), an HTTP status (429, 500, ...), or a delay
longer than the client's timeout. Every request is recorded (path, headers, JSON body) for assertions.
No HTTP client is mocked: the code under test talks to these servers over real sockets.
"""

import contextlib
import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SHOP_EXPOSED = {
    "customers": ["id", "first_name", "country", "city", "segment", "signup_date"],
    "categories": "*",
    "products": "*",
    "orders": "*",
    "order_items": "*",
}


def reply(text, tokens_in=120, tokens_out=30, usage=True):
    return {"kind": "reply", "text": text, "tokens_in": tokens_in, "tokens_out": tokens_out, "usage": usage}


def status(code, retry_after=None, body=None):
    return {"kind": "status", "code": code, "retry_after": retry_after, "body": body}


def delay(seconds, text="SELECT 1"):
    return {"kind": "delay", "seconds": seconds, "text": text}


class ScriptedServer:
    def __init__(self, flavor: str):
        self.flavor = flavor
        self.script: deque = deque()
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with server.lock:
                    server.requests.append({"path": self.path, "headers": dict(self.headers), "json": body})
                    item = server.script.popleft() if server.script else status(500, body={"error": "no script"})
                expected = "/v1/chat/completions" if server.flavor == "openai" else "/v1/messages"
                if self.path != expected:
                    item = status(404, body={"error": {"message": f"no route {self.path}"}})
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client timed out
                    server.respond(self, item, body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def base_url(self) -> str:
        root = f"http://127.0.0.1:{self.port}"
        return root + "/v1" if self.flavor == "openai" else root

    def queue(self, *items):
        self.script.extend(items)

    def reset(self):
        with self.lock:
            self.script.clear()
            self.requests.clear()

    def respond(self, handler, item, request_body):
        if item["kind"] == "delay":
            time.sleep(item["seconds"])
            item = reply(item["text"])
        if item["kind"] == "status":
            payload = json.dumps(item["body"] or {"error": {"message": f"HTTP {item['code']}"}}).encode()
            handler.send_response(item["code"])
            if item["retry_after"] is not None:
                handler.send_header("Retry-After", str(item["retry_after"]))
        else:
            payload = json.dumps(self.body(item, request_body)).encode()
            handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    def body(self, item, request_body):
        model = request_body.get("model", "")
        if self.flavor == "openai":
            body = {"id": "chatcmpl-1", "object": "chat.completion", "model": model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": item["text"]},
                                 "finish_reason": "stop"}]}
            if item["usage"]:
                body["usage"] = {"prompt_tokens": item["tokens_in"], "completion_tokens": item["tokens_out"],
                                 "total_tokens": item["tokens_in"] + item["tokens_out"]}
            return body
        body = {"id": "msg_1", "type": "message", "role": "assistant", "model": model,
                "content": [{"type": "text", "text": item["text"]}], "stop_reason": "end_turn"}
        if item["usage"]:
            body["usage"] = {"input_tokens": item["tokens_in"], "output_tokens": item["tokens_out"]}
        return body

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def _servers():
    servers = {"openai": ScriptedServer("openai"), "anthropic": ScriptedServer("anthropic")}
    yield servers
    for server in servers.values():
        server.close()


@pytest.fixture
def openai_server(_servers):
    _servers["openai"].reset()
    yield _servers["openai"]
    _servers["openai"].reset()


@pytest.fixture
def anthropic_server(_servers):
    _servers["anthropic"].reset()
    yield _servers["anthropic"]
    _servers["anthropic"].reset()


@pytest.fixture(autouse=True)
def _llm_settings(settings, monkeypatch):
    """Fast retries and a clean environment: no provider leaks in from the shell."""
    for name in ("PROVIDER", "BASE_URL", "MODEL", "API_KEY"):
        monkeypatch.delenv(f"DATACHAT_LLM_{name}", raising=False)
    monkeypatch.delenv("DATACHAT_LLM", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    settings.DATACHAT_LLM_MAX_REPAIRS = 2


@pytest.fixture
def make_provider(db):
    """``make_provider(server, model="gpt-4o-mini", **config)``: a stored default provider for that server."""
    from datachat.models import LLMModelConfig, LLMProvider

    def make(server, model="gpt-4o-mini", api_key="sk-test-SECRET-123456", **config):
        provider = LLMProvider(name=f"{server.flavor} test", provider_type=server.flavor, is_default=True,
                               config={"base_url": server.base_url, "timeout": 2, "max_retries": 1,
                                       "backoff": 0.01, **config})
        provider.api_key = api_key
        provider.save()
        LLMModelConfig.objects.create(provider=provider, model_id=model, max_tokens=300)
        return provider

    return make


@pytest.fixture
def shop_scope(shop_url):
    """What a public embed may see of the shop: every table, customers without email and last name."""
    from datachat.demo import shop_model
    from datachat.services.guard import Scope

    def make(**fields):
        return Scope(url=shop_url, dialect="sqlite", exposed=fields.pop("exposed", SHOP_EXPOSED),
                     semantic=fields.pop("semantic", shop_model()), translator="llm", max_rows=500,
                     key=fields.pop("key", "shop"), **fields)

    return make


@pytest.fixture(autouse=True)
def _default_prompts(request):
    """A transactional test elsewhere may have flushed the rows the data migration made; put them back."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None and not {"db", "transactional_db"} & set(request.fixturenames):
        return
    transactional = marker is not None and marker.kwargs.get("transaction")
    request.getfixturevalue("transactional_db" if transactional else "db")
    from datachat.llm.prompts import ensure_default_prompts

    ensure_default_prompts()
