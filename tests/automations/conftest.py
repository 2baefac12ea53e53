"""Fixtures of the automation tests: a real HTTP receiver on loopback and webhook settings."""

import http.server
import json
import threading
from collections import deque

import pytest


class Receiver:
    """An HTTP server in a thread that answers with queued responses and records every request."""

    def __init__(self):
        self.requests: list[dict] = []
        self.responses: deque = deque()
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0)).decode()
                with receiver.lock:
                    receiver.requests.append({"path": self.path, "headers": dict(self.headers.items()),
                                              "body": body})
                    status, headers = receiver.responses.popleft() if receiver.responses else (200, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def respond(self, *statuses, headers=None):
        """Queue answers: each is a status code (or ``(status, headers)``)."""
        for status in statuses:
            self.responses.append(status if isinstance(status, tuple) else (status, headers or {}))

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def allow_loopback(settings):
    """Webhook targets on 127.0.0.1 are refused by default; these tests' receivers live there."""
    settings.DATACHAT_WEBHOOKS_ALLOW_PRIVATE = True
    settings.DATACHAT_WEBHOOK_TIMEOUT = 5
    return settings


@pytest.fixture
def secret_client(client):
    """``secret_client(sk)``: a client calling the admin API with ``Authorization: Bearer <sk>``."""

    class SecretClient:
        def __init__(self, key):
            self.headers = {"Authorization": f"Bearer {key}"}

        def post(self, path, json_body):
            return client.post(f"/api/v1{path}", json_body, content_type="application/json", headers=self.headers)

        def get(self, path):
            return client.get(f"/api/v1{path}", headers=self.headers)

        def delete(self, path):
            return client.delete(f"/api/v1{path}", headers=self.headers)

    return SecretClient
