"""The per-embed monthly token budget (``ChatEmbed.monthly_token_budget``), summed from ``LLMUsage``."""

from __future__ import annotations

from datetime import UTC, datetime

from django.db.models import F, Sum
from django.utils import timezone

from .errors import BudgetExhausted

REFUSAL = ("This chat has used up its AI allowance for the month, so I can't work out new kinds of questions "
           "right now. Please try again next month or contact the site owner.")


def month_start(now: datetime | None = None) -> datetime:
    """Midnight UTC on the first day of ``now``'s month."""
    now = (now or timezone.now()).astimezone(UTC)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def tokens_used(embed_id, now: datetime | None = None) -> int:
    """Input plus output tokens the embed's model calls used this month."""
    from datachat.models import LLMUsage

    total = (LLMUsage.objects.filter(embed_id=embed_id, created_at__gte=month_start(now))
             .aggregate(total=Sum(F("tokens_in") + F("tokens_out")))["total"])
    return int(total or 0)


def remaining(embed_id) -> int | None:
    """Tokens left this month; None when the embed has no budget (or there is no embed)."""
    from datachat.models import ChatEmbed

    if not embed_id:
        return None
    budget = ChatEmbed.objects.filter(pk=embed_id).values_list("monthly_token_budget", flat=True).first()
    if budget is None:
        return None
    return max(0, budget - tokens_used(embed_id))


def check_budget(embed_id) -> None:
    """Raise ``BudgetExhausted`` (with a polite message) when the embed has no tokens left this month."""
    left = remaining(embed_id)
    if left is not None and left <= 0:
        raise BudgetExhausted(REFUSAL)
