"""Every model call leaves an ``LLMRequest`` (audit) and, when it returned, an ``LLMUsage`` (tokens, cost)."""

from __future__ import annotations

import logging

from django.db import DatabaseError

from .clients import Completion, ProviderSettings, redact
from .pricing import cost_of, estimate_tokens

logger = logging.getLogger("datachat.llm")


def record_call(settings: ProviderSettings, *, prompt_slug: str, prompt_version: int | None, attempt: int,
                embed_id=None, tenant_id: str = "", completion: Completion | None = None,
                error: Exception | None = None, latency_ms: int = 0, prompt_text: str = "",
                price_params: dict | None = None) -> None:
    """Write the records of one call; a database failure is logged, never raised into the answer."""
    from datachat.models import LLMRequest, LLMUsage

    tokens_in = tokens_out = 0
    estimated = False
    if completion is not None:
        tokens_in, tokens_out = completion.tokens_in, completion.tokens_out
        if not tokens_in and not tokens_out:  # some local servers report no usage
            tokens_in, tokens_out, estimated = estimate_tokens(prompt_text), estimate_tokens(completion.text), True
    model = (completion.model if completion else "") or settings.model
    try:
        LLMRequest.objects.create(
            prompt_slug=prompt_slug, prompt_version=prompt_version, provider=settings.name or settings.provider_type,
            model=model[:200], embed_id=embed_id or None, attempt=attempt,
            latency_ms=completion.latency_ms if completion else latency_ms, success=error is None,
            error=redact(str(error), settings.api_key)[:2000] if error else "",
            tokens_in=tokens_in, tokens_out=tokens_out,
        )
        if completion is not None:
            LLMUsage.objects.create(
                tenant_id=tenant_id or "", embed_id=embed_id or None, model=model[:200], tokens_in=tokens_in,
                tokens_out=tokens_out, estimated=estimated,
                cost=cost_of(model, tokens_in, tokens_out, price_params),
            )
    except DatabaseError as exc:
        logger.warning("could not record an LLM call: %s", exc)
