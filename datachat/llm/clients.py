"""Chat clients over httpx: ``openai`` (any OpenAI-compatible chat-completions server, so Ollama, vLLM and
llama.cpp work by base URL) and ``anthropic`` (the messages API).

Each call has a timeout, and 429 and 5xx replies (and connection errors) are retried with exponential backoff
that honours ``Retry-After``. Keys travel only in request headers; they never appear in ``repr()``, messages
or logs.

    >>> settings = ProviderSettings("openai", base_url="http://127.0.0.1:11434/v1", api_key="sk-secret",
    ...                             model="llama3.2")
    >>> "sk-secret" in repr(settings)
    False
"""

from __future__ import annotations

import logging
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

from .errors import BadResponse, LLMError, ProviderRateLimited, ProviderRejected, ProviderTimeout, ProviderUnavailable

logger = logging.getLogger("datachat.llm")

PROVIDER_TYPES = ("openai", "anthropic")
DEFAULT_BASE_URLS = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com"}
ANTHROPIC_VERSION = "2023-06-01"


@dataclass
class ProviderSettings:
    """Everything needed to call one model. ``api_key`` is excluded from ``repr``.

    Args:
        provider_type: ``openai`` or ``anthropic``.
        base_url: the API root (``…/v1`` for OpenAI-compatible servers); empty means the hosted API.
        timeout: seconds for one HTTP call (connect and read).
        max_retries: further attempts after a 429, 5xx, timeout or connection error.
        backoff: seconds before the first retry; doubled each time, jittered, capped at ``max_backoff``.
    """

    provider_type: str
    base_url: str = ""
    api_key: str = field(default="", repr=False)
    model: str = ""
    max_tokens: int = 512
    temperature: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)
    timeout: float = 30.0
    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    name: str = ""

    @property
    def root(self) -> str:
        return (self.base_url or DEFAULT_BASE_URLS.get(self.provider_type, "")).rstrip("/")

    @property
    def display_root(self) -> str:
        """``root`` without any ``user:password@`` part, for messages and logs."""
        return re.sub(r"//[^/@]*@", "//", self.root)


@dataclass
class Completion:
    """One model reply: its text and the token counts the provider reported (0 when it reported none)."""

    text: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    attempts: int = 1


@dataclass
class Message:
    role: str  # "user" or "assistant"
    content: str


class ChatClient:
    """Base client: ``complete(system, messages)`` -> ``Completion``. Subclasses build and read the JSON."""

    path = ""

    def __init__(self, settings: ProviderSettings, *, transport=None):
        import httpx  # optional extra: pip install datachat[llm]

        self.settings = settings
        self._httpx = httpx
        self._client = httpx.Client(timeout=httpx.Timeout(settings.timeout), transport=transport,
                                    follow_redirects=False)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.settings.display_root} model={self.settings.model!r}>"

    def close(self) -> None:
        self._client.close()

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def payload(self, system: str, messages: list[Message]) -> dict[str, Any]:
        raise NotImplementedError

    def parse(self, body: dict[str, Any]) -> Completion:
        raise NotImplementedError

    def complete(self, system: str, messages: list[Message]) -> Completion:
        """Send one chat request, retrying 429/5xx/timeouts; raise an ``LLMError`` when it cannot succeed."""
        httpx = self._httpx
        s = self.settings
        url = s.root + self.path
        where = s.display_root
        payload = self.payload(system, messages)
        started = time.perf_counter()
        last: LLMError | None = None
        for attempt in range(s.max_retries + 1):
            if attempt:
                self._sleep(attempt, last)
            try:
                response = self._client.post(url, json=payload, headers=self.headers())
            except httpx.TimeoutException:
                last = ProviderTimeout(f"{s.provider_type} provider at {where} timed out after {s.timeout:g} s")
                continue
            except httpx.HTTPError as exc:
                last = ProviderUnavailable(f"cannot reach the {s.provider_type} provider at {where}: "
                                           f"{type(exc).__name__}")
                continue
            if response.status_code == 429:
                last = ProviderRateLimited(f"rate limited by {where} (HTTP 429)", status=429)
                last.retry_after = _retry_after(response)  # type: ignore[attr-defined]
                continue
            if response.status_code >= 500:
                last = ProviderUnavailable(f"{where} answered HTTP {response.status_code}",
                                           status=response.status_code)
                continue
            if response.status_code >= 400:
                detail = redact(_error_text(response), s.api_key)
                raise ProviderRejected(f"{where} refused the request: HTTP {response.status_code} {detail}",
                                       status=response.status_code)
            try:
                body = response.json()
                completion = self.parse(body)
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise BadResponse(f"{where} sent a reply that is not a {s.provider_type} chat response: "
                                  f"{type(exc).__name__}") from None
            completion.latency_ms = int((time.perf_counter() - started) * 1000)
            completion.attempts = attempt + 1
            return completion
        assert last is not None
        raise last

    def _sleep(self, attempt: int, last: LLMError | None) -> None:
        s = self.settings
        delay = s.backoff * (2 ** (attempt - 1)) * (1 + random.random() / 4)
        retry_after = getattr(last, "retry_after", None)
        if retry_after is not None:
            delay = max(delay, retry_after)
        delay = min(delay, s.max_backoff)
        logger.info("retrying %s in %.2f s after: %s", s.display_root, delay, last)
        time.sleep(delay)


class OpenAIClient(ChatClient):
    """``POST {base_url}/chat/completions`` (OpenAI, Ollama, vLLM, llama.cpp, LM Studio, ...)."""

    path = "/chat/completions"

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        return headers

    def payload(self, system: str, messages: list[Message]) -> dict[str, Any]:
        s = self.settings
        return _with_params({
            "model": s.model,
            "messages": [{"role": "system", "content": system}, *({"role": m.role, "content": m.content}
                                                                  for m in messages)],
            "max_tokens": s.max_tokens,
            "temperature": s.temperature,
        }, s.params)

    def parse(self, body: dict[str, Any]) -> Completion:
        text = body["choices"][0]["message"]["content"] or ""
        usage = body.get("usage") or {}
        return Completion(text=text, model=body.get("model") or self.settings.model,
                          tokens_in=int(usage.get("prompt_tokens") or 0),
                          tokens_out=int(usage.get("completion_tokens") or 0))


class AnthropicClient(ChatClient):
    """``POST {base_url}/v1/messages`` with ``x-api-key`` and ``anthropic-version``."""

    path = "/v1/messages"

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "anthropic-version": ANTHROPIC_VERSION}
        if self.settings.api_key:
            headers["x-api-key"] = self.settings.api_key
        return headers

    def payload(self, system: str, messages: list[Message]) -> dict[str, Any]:
        s = self.settings
        return _with_params({
            "model": s.model,
            "system": system,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "max_tokens": s.max_tokens,
            "temperature": s.temperature,
        }, s.params)

    def parse(self, body: dict[str, Any]) -> Completion:
        if body.get("type") == "error":
            raise KeyError("error")
        text = "".join(block.get("text", "") for block in body["content"] if block.get("type") == "text")
        usage = body.get("usage") or {}
        return Completion(text=text, model=body.get("model") or self.settings.model,
                          tokens_in=int(usage.get("input_tokens") or 0),
                          tokens_out=int(usage.get("output_tokens") or 0))


CLIENTS: dict[str, type[ChatClient]] = {"openai": OpenAIClient, "anthropic": AnthropicClient}


def make_client(settings: ProviderSettings, *, transport=None) -> ChatClient:
    """The client for ``settings.provider_type``; ``transport`` is httpx's injection seam (e.g. MockTransport)."""
    try:
        cls = CLIENTS[settings.provider_type]
    except KeyError:
        raise ProviderRejected(f"unknown provider type {settings.provider_type!r}; "
                               f"use one of {', '.join(PROVIDER_TYPES)}") from None
    return cls(settings, transport=transport)


def _with_params(body: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """``body`` with the model's extra ``params`` applied; a ``null`` param removes a key.

    Reasoning models want ``{"max_completion_tokens": 800, "max_tokens": null, "temperature": null}``.
    ``model``, ``messages`` and ``system`` cannot be overridden.

    >>> _with_params({"model": "m", "max_tokens": 5}, {"max_tokens": None, "top_p": 0.9, "model": "x"})
    {'model': 'm', 'top_p': 0.9}
    """
    for key, value in params.items():
        if key in ("model", "messages", "system"):
            continue
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


_KEYISH = re.compile(r"\b(sk|sk-ant|key|api)[-_][A-Za-z0-9_\-*.]{6,}", re.IGNORECASE)


def redact(text: str, secret: str = "") -> str:
    """``text`` with ``secret`` and anything shaped like an API key masked.

    >>> redact("Incorrect API key provided: sk-abc123456789", "")
    'Incorrect API key provided: ***'
    """
    if secret:
        text = text.replace(secret, "***")
    return _KEYISH.sub("***", text)


def _retry_after(response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _error_text(response) -> str:
    """A short, key-free description of an error reply."""
    try:
        body = response.json()
        error = body.get("error") if isinstance(body, dict) else None
        message = error.get("message") if isinstance(error, dict) else error
        text = str(message or "")
    except ValueError:
        text = response.text
    return text.strip().splitlines()[0][:200] if text.strip() else ""
