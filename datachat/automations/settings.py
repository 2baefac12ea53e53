"""The automation settings, read on every access like ``datachat.conf`` (``DATACHAT_*`` setting, then the
environment variable of the same name, then the default). ``WEBHOOKS_ALLOW_PRIVATE`` lives in ``datachat.conf``.
"""

from datachat.conf import _get, _int, conf

__all__ = ["automation_settings"]


class AutomationSettings:
    @property
    def WEBHOOKS_ALLOW_PRIVATE(self) -> bool:
        return conf.WEBHOOKS_ALLOW_PRIVATE

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


automation_settings = AutomationSettings()
