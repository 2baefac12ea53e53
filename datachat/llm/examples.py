"""Few-shot examples: approved question/SQL pairs, the closest ones to each question; and helpful answers
turned into candidates for an admin to approve."""

from __future__ import annotations

import logging
import uuid

from django.db import DatabaseError

import sql_safety
from datachat.services.guard import Scope, guard

from .context import words

logger = logging.getLogger("datachat.llm")

#: examples considered per question (the most recent approved ones)
POOL = 200


def examples_for(scope: Scope, question: str, n: int) -> list[tuple[str, str]]:
    """Up to ``n`` approved ``(question, sql)`` pairs for the scope's data source, closest words first.

    An example whose SQL the scope's guard refuses (it names a column this embed may not see) is skipped, so
    examples never carry hidden names into a prompt.
    """
    from django.db.models import Q

    from datachat.models import QueryExample

    if n <= 0:
        return []
    source = Q(data_source__isnull=True)
    if _is_uuid(scope.key):
        source |= Q(data_source_id=scope.key)
    try:
        pool = list(QueryExample.objects.filter(source, status=QueryExample.APPROVED)
                    .order_by("-created_at").values_list("question", "sql")[:POOL])
    except DatabaseError as exc:
        logger.info("no query examples readable: %s", exc)
        return []
    wanted = set(words(question))
    ranked = sorted(pool, key=lambda pair: -len(wanted & set(words(pair[0]))))
    chosen = []
    for pair in ranked:
        if len(chosen) >= n:
            break
        try:
            guard(pair[1], scope)
        except sql_safety.SqlSafetyError:
            continue
        chosen.append(pair)
    return chosen


def record_feedback(message, helpful: bool):
    """Store the user's verdict on an assistant message; a helpful answer with SQL becomes a candidate example.

    Returns the candidate ``QueryExample`` when one was created, else None.
    """
    from datachat.models import DataChatMessage, QueryExample

    message.helpful = helpful
    message.save(update_fields=["helpful", "updated_at"])
    if not helpful or message.role != DataChatMessage.ASSISTANT or not message.sql or message.error_code:
        return None
    if QueryExample.objects.filter(message=message).exists():
        return None
    asked = (DataChatMessage.objects.filter(session=message.session, role=DataChatMessage.USER,
                                            created_at__lte=message.created_at)
             .exclude(pk=message.pk).order_by("-created_at").first())
    if asked is None:
        return None
    # The model's own SQL when it wrote the answer; the guard's rewrite (tenant filter, LIMIT) otherwise.
    sql = (message.state or {}).get("llm_sql") or message.sql
    return QueryExample.objects.create(data_source=message.session.data_source, question=asked.content, sql=sql,
                                       status=QueryExample.CANDIDATE, message=message)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
