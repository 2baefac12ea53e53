"""Datachat's settings, read through one object: ``from datachat.conf import conf``.

Each property reads ``settings.DATACHAT_<NAME>`` on every access (so ``override_settings`` works), then the
environment variable of the same name, then the documented default. Nothing is written back into settings.
The core settings, the model's (``LLM_*``) and the automations' all live here.
"""

import json
import os
from typing import Any

from django.conf import settings

_TRUE = {"1", "true", "yes", "on"}


def _get(name: str, default: Any) -> Any:
    full = f"DATACHAT_{name}"
    if hasattr(settings, full):
        return getattr(settings, full)
    return os.environ.get(full, default)


def _int(name: str, default: int | None) -> int | None:
    value = _get(name, default)
    return None if value in (None, "") else int(value)


def _count(name: str, default: int) -> int:
    """A whole number; the default when the setting is empty."""
    value = _int(name, default)
    return default if value is None else value


def _str(name: str, default: str = "") -> str:
    return str(_get(name, default) or "")


def _float(name: str, default: float) -> float:
    return float(_get(name, default))


def _bool(name: str, default: bool) -> bool:
    value = _get(name, default)
    return value if isinstance(value, bool) else str(value).strip().lower() in _TRUE


class Settings:
    """The ``DATACHAT_*`` settings with their defaults."""

    @property
    def MAX_ROWS(self) -> int:
        """Row cap of every query result (the guard rewrites statements to never return more). Default 5000."""
        return _int("MAX_ROWS", 5000)

    @property
    def QUERY_TIMEOUT(self) -> float:
        """Seconds a query may run on a data source before it is cancelled. Default 10."""
        return float(_get("QUERY_TIMEOUT", 10))

    @property
    def MAX_SCAN_ROWS(self) -> int | None:
        """Rows a query may read, by the database's own estimate before it runs (EXPLAIN); unset: no ceiling."""
        return _int("MAX_SCAN_ROWS", None)

    @property
    def CATALOG_TTL(self) -> int:
        """Seconds a source's reflected catalog is reused before the next question reflects it again. Default 3600."""
        return _int("CATALOG_TTL", 3600)

    @property
    def MAX_BYTES_BILLED(self) -> int | None:
        """Bytes a BigQuery query may bill (dry run first, then ``maximum_bytes_billed``); unset: no ceiling."""
        return _int("MAX_BYTES_BILLED", None)

    @property
    def SESSION_TTL(self) -> int:
        """Seconds a chat session lives after its last message. Default 86400 (a day)."""
        return _int("SESSION_TTL", 86400)

    @property
    def HISTORY_TURNS(self) -> int:
        """Earlier turns of a session used as context for follow-ups. Default 6."""
        return _int("HISTORY_TURNS", 6)

    @property
    def LLM(self) -> str:
        """``auto`` (use a model where one is configured) or ``off`` (never call a model). Default auto."""
        return str(_get("LLM", "auto")).strip().lower()

    @property
    def LLM_ENABLED(self) -> bool:
        return self.LLM not in {"off", "0", "false", "no"}

    @property
    def DEFAULT_RATE_LIMIT(self) -> int:
        """Widget calls per minute of a new embed. Default 60."""
        return _int("DEFAULT_RATE_LIMIT", 60)

    @property
    def VISITOR_RATE_LIMIT(self) -> int | None:
        """Widget calls per minute of one visitor of an embed; None (default) turns the limit off."""
        return _int("VISITOR_RATE_LIMIT", None)

    @property
    def IDENTITY_MAX_TTL(self) -> int:
        """Longest lifetime (``exp`` from now, in seconds) a visitor identity token may claim. Default 3600."""
        return _int("IDENTITY_MAX_TTL", 3600)

    @property
    def IDENTITY_LEEWAY(self) -> int:
        """Clock skew, in seconds, allowed when checking an identity token's ``exp``, ``nbf`` and ``iat``.
        Default 30."""
        return _int("IDENTITY_LEEWAY", 30)

    @property
    def KEY_ROTATION_GRACE(self) -> int:
        """Seconds a rotated key keeps working beside its successor. Default 86400 (a day)."""
        return _int("KEY_ROTATION_GRACE", 86400)

    @property
    def SECRET_KEY(self) -> str:
        """Key that encrypts stored secrets (data-source URLs, provider API keys). Default: Django's SECRET_KEY."""
        return str(_get("SECRET_KEY", "") or settings.SECRET_KEY)

    @property
    def WEBHOOKS_ALLOW_PRIVATE(self) -> bool:
        """Allow webhook targets on loopback and private networks. Default False."""
        return _bool("WEBHOOKS_ALLOW_PRIVATE", False)

    @property
    def DEMO_DATABASE(self) -> str:
        """Path of the generated demo shop database. Default ``var/shop.sqlite3`` under the project."""
        default = os.path.join(getattr(settings, "VAR_DIR", "var"), "shop.sqlite3")
        return str(_get("DEMO_DATABASE", default))

    @property
    def ENGINE(self) -> str:
        """Default engine: ``semantic`` (no model) or ``llm``; sources and embeds may override. Default semantic."""
        return str(_get("ENGINE", "semantic"))

    # The model (datachat.llm): the provider used when none is stored, and the prompt's budget.

    @property
    def LLM_PROVIDER(self) -> str:
        """``openai`` (any OpenAI-compatible server) or ``anthropic``: the provider when none is stored."""
        return _str("LLM_PROVIDER").strip().lower()

    @property
    def LLM_BASE_URL(self) -> str:
        """The provider's URL, e.g. ``http://127.0.0.1:11434/v1`` for Ollama. Default: the hosted API."""
        return _str("LLM_BASE_URL")

    @property
    def LLM_MODEL(self) -> str:
        """The model id sent to the provider."""
        return _str("LLM_MODEL")

    @property
    def LLM_API_KEY(self) -> str:
        """The provider's key; never logged, never shown."""
        return _str("LLM_API_KEY")

    @property
    def LLM_MAX_TOKENS(self) -> int:
        """Tokens the model may answer with. Default 512."""
        return _count("LLM_MAX_TOKENS", 512)

    @property
    def LLM_TIMEOUT(self) -> float:
        """Seconds per HTTP call to the provider. Default 30."""
        return _float("LLM_TIMEOUT", 30.0)

    @property
    def LLM_MAX_RETRIES(self) -> int:
        """Retries after 429, 5xx, timeouts and connection errors. Default 2."""
        return _count("LLM_MAX_RETRIES", 2)

    @property
    def LLM_BACKOFF(self) -> float:
        """First retry delay in seconds (doubling). Default 0.5."""
        return _float("LLM_BACKOFF", 0.5)

    @property
    def LLM_MAX_REPAIRS(self) -> int:
        """New attempts after the guard or the database rejects the model's SQL. Default 2."""
        return max(0, _count("LLM_MAX_REPAIRS", 2))

    @property
    def LLM_MAX_TABLES(self) -> int:
        """Tables (before foreign-key neighbours) put in the prompt. Default 8."""
        return max(1, _count("LLM_MAX_TABLES", 8))

    @property
    def LLM_EXAMPLES(self) -> int:
        """Few-shot question/SQL pairs put in the prompt. Default 3."""
        return max(0, _count("LLM_EXAMPLES", 3))

    @property
    def LLM_PRICES(self) -> dict:
        """Extra prices ``{"model prefix": [in, out]}`` in USD per million tokens (JSON in the environment)."""
        value = _get("LLM_PRICES", None) or {}
        return json.loads(value) if isinstance(value, str) else dict(value)

    @property
    def LLM_EMBEDDINGS(self) -> str:
        """A sentence-transformers model name to rank tables by meaning (optional)."""
        return _str("LLM_EMBEDDINGS")

    # Automations: webhook delivery, the workflow interpreter and the scheduler.

    @property
    def WEBHOOK_MAX_ATTEMPTS(self) -> int:
        """Attempts per webhook message before it is given up. Default 8 (about 21 hours of backoff)."""
        return _int("WEBHOOK_MAX_ATTEMPTS", 8)

    @property
    def WEBHOOK_DISABLE_AFTER(self) -> int:
        """Messages given up in a row after which a subscription is disabled. Default 10."""
        return _int("WEBHOOK_DISABLE_AFTER", 10)

    @property
    def WEBHOOK_TIMEOUT(self) -> float:
        """Seconds a receiver has to answer. Default 10."""
        return float(_get("WEBHOOK_TIMEOUT", 10))

    @property
    def WEBHOOK_BACKOFF(self) -> float:
        """First retry delay in seconds; each later one doubles (with ±20% jitter). Default 30."""
        return float(_get("WEBHOOK_BACKOFF", 30))

    @property
    def STEP_LEASE(self) -> float:
        """Seconds a claimed step or delivery stays with its worker without a heartbeat. Default 60."""
        return float(_get("STEP_LEASE", 60))

    @property
    def SCHEDULER_INTERVAL(self) -> float:
        """Seconds between two scheduler ticks (``run_due``) of ``datachat worker``. Default 5."""
        return float(_get("SCHEDULER_INTERVAL", 5))

    @property
    def AS_SOON_AS_RECHECK(self) -> float:
        """Seconds before an ``AsSoonAs`` condition that did not hold is checked again. Default 60."""
        return float(_get("AS_SOON_AS_RECHECK", 60))

    @property
    def CONTACT_HUMAN_GROUP(self) -> str:
        """Name of the user group whose members answer "talk to a human" requests (their task list shows them).
        Empty (default): superusers only."""
        return str(_get("CONTACT_HUMAN_GROUP", "") or "")

    @property
    def REPORT_APPROVAL_GROUP(self) -> str:
        """Name of a user group that must approve each scheduled report or alert before it is sent; empty (default):
        sent without approval."""
        return str(_get("REPORT_APPROVAL_GROUP", "") or "")

    @property
    def FORM_VIEW_CONTEXT(self) -> dict:
        """Extra template context of every task form view (project-wide). Default {}."""
        value = _get("FORM_VIEW_CONTEXT", {})
        return value if isinstance(value, dict) else {}

    @property
    def INTENT_ENGINE(self) -> str:
        """``auto`` (the model when ``DATACHAT_ENGINE=llm`` and a provider is configured, else rules) or ``rules``
        (never spend a model call on intents). Default auto."""
        return str(_get("INTENT_ENGINE", "auto")).strip().lower()

    @property
    def AUTOMATION_MODULES(self) -> list[str]:
        """Modules imported before running workflows, so their actions and flows are registered."""
        value = _get("AUTOMATION_MODULES", [])
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        return [v for v in value if v]


conf = Settings()
