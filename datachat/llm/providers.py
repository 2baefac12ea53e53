"""Which model to call: the stored default ``LLMProvider`` (and its default model), else the environment
(``DATACHAT_LLM_PROVIDER``, ``_BASE_URL``, ``_MODEL``, ``_API_KEY``; CONTRACT.md section 2), else none."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from datachat.conf import conf

from .clients import PROVIDER_TYPES, ProviderSettings

logger = logging.getLogger("datachat.llm")


@dataclass
class ResolvedProvider:
    settings: ProviderSettings
    source: str  # "stored" or "env"
    price_params: dict = field(default_factory=dict)


def provider_from_env() -> ProviderSettings | None:
    """The provider the ``DATACHAT_LLM_*`` settings describe, or None when ``DATACHAT_LLM_PROVIDER`` is unset."""
    provider_type = conf.LLM_PROVIDER
    if not provider_type:
        return None
    if provider_type not in PROVIDER_TYPES:
        logger.warning("DATACHAT_LLM_PROVIDER=%r is not one of %s", provider_type, ", ".join(PROVIDER_TYPES))
        return None
    return ProviderSettings(
        provider_type=provider_type,
        base_url=conf.LLM_BASE_URL,
        api_key=conf.LLM_API_KEY,
        model=conf.LLM_MODEL,
        max_tokens=conf.LLM_MAX_TOKENS,
        timeout=conf.LLM_TIMEOUT,
        max_retries=conf.LLM_MAX_RETRIES,
        backoff=conf.LLM_BACKOFF,
        name="environment",
    )


def resolve_provider() -> ResolvedProvider | None:
    """The provider to use now: stored default first, then the environment; None when neither exists."""
    from django.db import DatabaseError

    try:
        from datachat.models import LLMProvider

        stored = LLMProvider.get_default()
        if stored is not None:
            model = stored.default_model()
            return ResolvedProvider(stored.settings_for(model), "stored",
                                    {k: v for k, v in ((model.params if model else None) or {}).items()
                                     if k in ("price_in", "price_out")})
    except DatabaseError as exc:  # no app database: the environment may still configure one
        logger.info("no stored LLM provider readable: %s", exc)
    env = provider_from_env()
    return ResolvedProvider(env, "env") if env else None
