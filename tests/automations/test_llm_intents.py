"""Intent detection by the configured model, against a real OpenAI-compatible server on loopback."""

import http.server
import json
import threading

import pytest

from datachat.services import intents

pytestmark = pytest.mark.django_db


class ModelServer:
    """Answers ``POST /v1/chat/completions`` with the queued reply texts; records the requests."""

    def __init__(self):
        self.replies: list[str] = []
        self.requests: list[dict] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                server.requests.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
                text = server.replies.pop(0) if server.replies else ""
                body = json.dumps({"model": "m", "choices": [{"message": {"role": "assistant", "content": text}}],
                                   "usage": {"prompt_tokens": 10, "completion_tokens": 5}}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


@pytest.fixture
def model(settings):
    server = ModelServer()
    settings.DATACHAT_ENGINE = "llm"
    settings.DATACHAT_LLM = "auto"
    settings.DATACHAT_LLM_PROVIDER = "openai"
    settings.DATACHAT_LLM_BASE_URL = server.base_url
    settings.DATACHAT_LLM_MODEL = "m"
    settings.DATACHAT_LLM_MAX_RETRIES = 0
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


def test_the_model_names_the_intent_and_the_rules_normalise_its_slots(model):
    model.replies.append('Sure: {"intents": [{"name": "schedule_report", "confidence": 0.7, '
                         '"slots": {"schedule": "weekly", "channel": "email"}}]}')
    [intent] = intents.detect("could you get this to me on mondays at 9 by mail")
    assert intent.name == "schedule_report" and intent.confidence == 0.7
    assert intent.slots["schedule"]["every"] == "week" and intent.slots["schedule"]["hour"] == 9
    assert intent.slots["channel"] == "email"
    system = model.requests[0]["messages"][0]["content"]
    assert "alert_threshold" in system and "contact_human" in system


def test_the_model_may_say_none_and_unknown_names_are_dropped(model):
    model.replies.append('{"intents": [{"name": "world_domination", "confidence": 1}]}')
    assert intents.detect("send me revenue every Monday") == []


def test_an_unusable_reply_falls_back_to_the_rules(model):
    model.replies.append("I think the user wants a report.")
    assert [i.name for i in intents.detect("send me revenue every Monday")] == ["schedule_report"]


def test_no_provider_means_rules(settings):
    settings.DATACHAT_ENGINE = "llm"
    settings.DATACHAT_LLM_PROVIDER = ""
    assert [i.name for i in intents.detect("I want to talk to sales")] == ["contact_human"]


def test_intent_engine_rules_skips_the_model(model, settings):
    settings.DATACHAT_INTENT_ENGINE = "rules"
    assert [i.name for i in intents.detect("I want to talk to sales")] == ["contact_human"]
    assert model.requests == []
