"""Chat sessions and messages: the Django side of the pipeline (DESIGN.md steps 2 and 8)."""

from collections.abc import Iterator

from django.db import transaction
from sqlalchemy.exc import SQLAlchemyError

from datachat.conf import conf
from datachat.identity import Identity, resolve_row_filters
from datachat.models import ChatEmbed, DataChatMessage, DataChatSession, DataSource

from . import intents as intent_service
from .guard import Scope, narrow
from .pipeline import Reply, Step, iter_answer
from .semantic import live_model
from .translators import translator_for


def scope_for(data_source: DataSource, embed: ChatEmbed | None = None, identity: Identity | None = None) -> Scope:
    """What ``embed``'s visitor ``identity`` (or, without an embed, an operator) may see of ``data_source``.

    Claim row filters take the visitor's claim values; without the claim this raises ``IdentityError``.
    """
    return Scope(
        url=data_source.url,
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


def iter_post_message(session: DataChatSession, content: str,
                      identity: Identity | None = None) -> Iterator[Step | DataChatMessage]:
    """Answer ``content`` in ``session`` for the visitor ``identity``: yield progress ``Step``s, then the stored
    assistant message.

    The user and assistant messages (and the events of detected intents) are written in one transaction,
    after the answer is ready, so a failure leaves no half-written turn.
    """
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
    with transaction.atomic():
        question = DataChatMessage.objects.create(session=session, role=DataChatMessage.USER, content=content)
        answer = DataChatMessage.objects.create(
            session=session, role=DataChatMessage.ASSISTANT, content=text, sql=reply.sql or "", data=reply.data,
            chart=reply.chart, intents=[i.as_json() for i in detected], state=reply.state, error_code=error_code,
            engine=reply.engine, duration_ms=reply.duration_ms, interpretation=reply.interpretation,
            clarification=reply.clarification,
        )
        session.expires_at = DataChatSession.new_expiry()
        fields = ["expires_at", "updated_at"]
        if identity is not None and identity.claims != session.identity_claims:
            session.identity_claims = identity.claims  # automations created now act with the current claims
            fields.append("identity_claims")
        session.save(update_fields=fields)
        intent_service.raise_events(session, question, answer, detected)
    answer.reply = reply
    yield answer


def post_message(session: DataChatSession, content: str, identity: Identity | None = None) -> DataChatMessage:
    """``iter_post_message`` without the progress: the stored assistant message."""
    *_steps, answer = iter_post_message(session, content, identity)
    return answer
