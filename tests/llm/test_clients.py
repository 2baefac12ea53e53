"""The httpx clients against the scripted servers: request shape, usage, retries, timeouts, errors."""

import pytest

from datachat.llm import (
    BadResponse,
    ProviderRateLimited,
    ProviderRejected,
    ProviderSettings,
    ProviderTimeout,
    ProviderUnavailable,
    make_client,
)
from datachat.llm.clients import Message

from .conftest import delay, reply, status

KEY = "sk-test-SECRET-123456"


def settings_for(server, **overrides):
    options = {"timeout": 2.0, "max_retries": 1, "backoff": 0.01, "model": "m-1", "api_key": KEY}
    return ProviderSettings(server.flavor, base_url=server.base_url, **{**options, **overrides})


@pytest.fixture(params=["openai", "anthropic"])
def server(request, openai_server, anthropic_server):
    return openai_server if request.param == "openai" else anthropic_server


def test_openai_request_and_usage(openai_server):
    openai_server.queue(reply("SELECT 1", tokens_in=11, tokens_out=3))
    completion = make_client(settings_for(openai_server)).complete("SYS", [Message("user", "hi")])
    assert (completion.text, completion.tokens_in, completion.tokens_out) == ("SELECT 1", 11, 3)
    sent = openai_server.requests[0]
    assert sent["headers"]["Authorization"] == f"Bearer {KEY}"
    assert sent["json"]["messages"] == [{"role": "system", "content": "SYS"}, {"role": "user", "content": "hi"}]
    assert sent["json"]["model"] == "m-1"


def test_anthropic_request_and_usage(anthropic_server):
    anthropic_server.queue(reply("SELECT 2", tokens_in=7, tokens_out=2))
    completion = make_client(settings_for(anthropic_server)).complete("SYS", [Message("user", "hi")])
    assert (completion.text, completion.tokens_in, completion.tokens_out) == ("SELECT 2", 7, 2)
    sent = anthropic_server.requests[0]
    assert sent["path"] == "/v1/messages"
    assert sent["headers"]["x-api-key"] == KEY
    assert sent["headers"]["anthropic-version"] == "2023-06-01"
    assert sent["json"]["system"] == "SYS"
    assert sent["json"]["messages"] == [{"role": "user", "content": "hi"}]


def test_no_key_no_auth_header(openai_server):
    """Local servers (Ollama, llama.cpp) need no key, and get no Authorization header."""
    openai_server.queue(reply("SELECT 1"))
    make_client(settings_for(openai_server, api_key="")).complete("s", [Message("user", "q")])
    assert "Authorization" not in openai_server.requests[0]["headers"]


def test_429_is_retried_honouring_retry_after(server):
    server.queue(status(429, retry_after=0), reply("SELECT 3"))
    completion = make_client(settings_for(server)).complete("s", [Message("user", "q")])
    assert completion.text == "SELECT 3"
    assert completion.attempts == 2
    assert len(server.requests) == 2


def test_429_every_time_is_rate_limited(server):
    server.queue(status(429, retry_after=0), status(429, retry_after=0))
    with pytest.raises(ProviderRateLimited):
        make_client(settings_for(server)).complete("s", [Message("user", "q")])


def test_500_is_retried_then_unavailable(server):
    server.queue(status(500), status(503))
    with pytest.raises(ProviderUnavailable) as info:
        make_client(settings_for(server)).complete("s", [Message("user", "q")])
    assert info.value.status == 503
    assert len(server.requests) == 2


def test_500_then_success(server):
    server.queue(status(502), reply("SELECT 4"))
    assert make_client(settings_for(server)).complete("s", [Message("user", "q")]).text == "SELECT 4"


def test_timeout(server):
    server.queue(delay(1.0), delay(1.0))
    with pytest.raises(ProviderTimeout):
        make_client(settings_for(server, timeout=0.2)).complete("s", [Message("user", "q")])


def test_connection_refused():
    settings = ProviderSettings("openai", base_url="http://127.0.0.1:9/v1", timeout=0.5, max_retries=1,
                                backoff=0.01, model="m")
    with pytest.raises(ProviderUnavailable):
        make_client(settings).complete("s", [Message("user", "q")])


def test_4xx_is_not_retried_and_hides_the_key(server):
    server.queue(status(401, body={"error": {"message": f"Incorrect API key provided: {KEY}"}}))
    with pytest.raises(ProviderRejected) as info:
        make_client(settings_for(server)).complete("s", [Message("user", "q")])
    assert len(server.requests) == 1
    assert KEY not in str(info.value)
    assert "401" in str(info.value)


def test_bad_json_shape(openai_server):
    openai_server.queue(status(200, body={"unexpected": True}))
    with pytest.raises(BadResponse):
        make_client(settings_for(openai_server)).complete("s", [Message("user", "q")])


def test_settings_repr_hides_key(server):
    settings = settings_for(server)
    client = make_client(settings)
    assert KEY not in repr(settings)
    assert KEY not in repr(client)


def test_unknown_provider_type():
    with pytest.raises(ProviderRejected):
        make_client(ProviderSettings("cohere"))


def test_params_reach_the_body_and_null_removes(openai_server):
    openai_server.queue(reply("SELECT 1"))
    settings = settings_for(openai_server, params={"max_completion_tokens": 800, "max_tokens": None, "seed": 1})
    make_client(settings).complete("s", [Message("user", "q")])
    body = openai_server.requests[0]["json"]
    assert body["max_completion_tokens"] == 800 and body["seed"] == 1 and "max_tokens" not in body


def test_credentials_in_the_base_url_stay_out_of_messages():
    settings = ProviderSettings("openai", base_url="http://user:pw-secret@127.0.0.1:9/v1", timeout=0.3,
                                max_retries=0)
    with pytest.raises(ProviderUnavailable) as info:
        make_client(settings).complete("s", [Message("user", "q")])
    assert "pw-secret" not in str(info.value)
