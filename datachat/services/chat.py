"""Chat sessions and messages: the Django side of the pipeline (DESIGN.md steps 2 and 8)."""

from collections.abc import Iterator

from django.db import IntegrityError, transaction
from django.utils import timezone
from sqlalchemy.exc import SQLAlchemyError

from datachat.conf import conf
from datachat.identity import Identity, resolve_row_filters
from datachat.models import ChatEmbed, DataChatMessage, DataChatSession, DataSource

from . import intents as intent_service
from .guard import Scope, narrow
from .pipeline import Reply, Step, iter_answer
from .runtime import url_of
from .semantic import live_model
from .translators import translator_for


def scope_for(data_source: DataSource, embed: ChatEmbed | None = None, identity: Identity | None = None) -> Scope:
    """What ``embed``'s visitor ``identity`` (or, without an embed, an operator) may see of ``data_source``.

    Claim row filters take the visitor's claim values; without the claim this raises ``IdentityError``.
    """
    return Scope(
        url=url_of(data_source),
        dialect=data_source.dialect,
        exposed=narrow(data_source.exposed, embed.exposed if embed else None),
        row_filters=resolve_row_filters(embed.row_filters, identity) if embed else {},
        max_rows=data_source.max_rows or conf.MAX_ROWS,
        max_scan_rows=data_source.max_scan_rows,
        semantic=live_model(data_source),
        translator=(embed.engine if embed else "") or data_source.engine or conf.ENGINE,
        key=str(data_source.pk),
        embed_id=str(embed.pk) if embed else "",
        tenant_id=embed.tenant_id if embed else "",
    )


def start_session(*, embed: ChatEmbed | None = None, data_source: DataSource | None = None,
                  user: str = "", visitor_id: str = "", identity: Identity | None = None) -> DataChatSession:
    """A new conversation; with ``identity`` it belongs to that visitor (``sub``) alone."""
    data_source = data_source or embed.data_source
    return DataChatSession.objects.create(
        embed=embed, data_source=data_source, user=user, visitor_id=visitor_id[:64],
        identity_sub=identity.sub if identity else "", identity_claims=identity.claims if identity else {},
        expires_at=DataChatSession.new_expiry(),
    )


def suggestions_for(session: DataChatSession, n: int = 4, identity: Identity | None = None) -> list[str]:
    """Example questions for the session's greeting; none while the data source is unreachable."""
    try:
        return translator_for(scope_for(session.data_source, session.embed, identity)).suggestions(n)
    except SQLAlchemyError:
        return []


def _previous(session: DataChatSession) -> tuple[dict | None, list[dict]]:
    turns = list(session.messages.order_by("-created_at")[: conf.HISTORY_TURNS * 2])[::-1]
    history = [{"role": m.role, "content": m.content, "sql": m.sql or None} for m in turns]
    last = next((m for m in reversed(turns) if m.role == DataChatMessage.ASSISTANT and m.sql), None)
    previous = {"state": last.state, "sql": last.sql, "data": last.data} if last else None
    return previous, history


def stored_answer(session: DataChatSession, idempotency_key: str) -> DataChatMessage | None:
    """The answer already stored in ``session`` for a post with ``idempotency_key``, if any."""
    if not idempotency_key:
        return None
    return session.messages.filter(role=DataChatMessage.ASSISTANT, idempotency_key=idempotency_key).first()


def iter_post_message(session: DataChatSession, content: str, identity: Identity | None = None,
                      idempotency_key: str = "") -> Iterator[Step | DataChatMessage]:
    """Answer ``content`` in ``session`` for the visitor ``identity``: yield progress ``Step``s, then the stored
    assistant message.

    The user and assistant messages (and the events of detected intents) are written in one transaction,
    after the answer is ready, so a failure leaves no half-written turn. With an ``idempotency_key`` that
    the session already answered, the stored answer is yielded and nothing new is stored (the key is unique per
    session in the database, so concurrent retries store one turn too).
    """
    if (done := stored_answer(session, idempotency_key)) is not None:
        yield done
        return
    previous, history = _previous(session)
    detected = intent_service.detect(content)
    if intent_service.standalone(detected):
        reply = Reply(question=content, content="")
    else:
        for event in iter_answer(
            scope_for(session.data_source, session.embed, identity), content, previous=previous, history=history,
            theme=session.embed.resolved_theme if session.embed else None,
        ):
            if isinstance(event, Reply):
                reply = event
            else:
                yield event
    text, error_code = intent_service.confirm(reply.content, detected), (reply.error or {}).get("code", "")
    if detected and error_code == "not_understood" and (confirmation := intent_service.confirm("", detected)):
        text, error_code = confirmation, ""  # a request ("talk to sales"), not a data question: confirm it alone
    question = DataChatMessage(session=session, role=DataChatMessage.USER, content=content)
    answer = DataChatMessage(
        session=session, role=DataChatMessage.ASSISTANT, content=text, sql=reply.sql or "", data=reply.data,
        chart=reply.chart, intents=[i.as_json() for i in detected], state=reply.state, error_code=error_code,
        engine=reply.engine, duration_ms=reply.duration_ms, interpretation=reply.interpretation,
        clarification=reply.clarification, idempotency_key=idempotency_key,
    )
    changed = {"expires_at": DataChatSession.new_expiry(), "updated_at": timezone.now()}
    if identity is not None and identity.claims != session.identity_claims:
        changed["identity_claims"] = identity.claims  # automations created now act with the current claims
    try:
        with transaction.atomic():
            DataChatMessage.objects.bulk_create([question, answer])  # one INSERT for the turn
            DataChatSession.objects.filter(pk=session.pk).update(**changed)
            for name, value in changed.items():
                setattr(session, name, value)
            intent_service.raise_events(session, question, answer, detected)
    except IntegrityError:
        if (done := stored_answer(session, idempotency_key)) is None:
            raise
        yield done  # a concurrent retry stored this turn first
        return
    answer.reply = reply
    yield answer


def post_message(session: DataChatSession, content: str, identity: Identity | None = None,
                 idempotency_key: str = "") -> DataChatMessage:
    """``iter_post_message`` without the progress: the stored assistant message."""
    *_steps, answer = iter_post_message(session, content, identity, idempotency_key)
    return answer
