"""The widget's calls: sessions, messages (JSON or server-sent events) and history."""

import json
import logging
import re

from django.core.handlers.asgi import ASGIRequest
from django.db import connections
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from ninja import Router, Schema, Status

from datachat import metrics, streaming
from datachat.auth import embed_key, identity_of
from datachat.errors import InvalidRequest, MessageNotFound, SessionExpired, SessionNotFound, envelope
from datachat.identity import Identity, bind_jti, claim_session
from datachat.models import ChatEmbed, DataChatMessage, DataChatSession
from datachat.services import chat
from datachat.services.exports import export_answer
from datachat.services.pipeline import Step

from .paths import path_uuid
from .schemas import ErrorOut, FeedbackIn, MessageIn, MessageOut, SessionIn, SessionOut

logger = logging.getLogger("datachat.api")

router = Router(auth=embed_key, tags=["widget"])

ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut}


def message_json(message: DataChatMessage) -> dict:
    """A stored message in the shape of CONTRACT.md section 4."""
    error = None
    if message.error_code:
        error = {"code": message.error_code, "message": message.content}
    return {
        "id": str(message.pk),
        "role": message.role,
        "content": message.content,
        "sql": message.sql or None,
        "data": message.data,
        "chart": message.chart,
        "intents": message.intents or [],
        "created_at": message.created_at,
        "interpretation": message.interpretation or None,
        "clarification": message.clarification,
        "error": error,
        "suggestions": getattr(getattr(message, "reply", None), "suggestions", []) or [],
    }


def _bind(embed: ChatEmbed, identity: Identity | None, session_id: str | None) -> None:
    """A token with a ``jti`` serves one conversation (see ``datachat.identity.bind_jti``)."""
    if identity is not None:
        bind_jti(identity, str(embed.pk), session_id)  # IdentityError: a 401 with its own code


def get_session(embed: ChatEmbed, session_id: str, identity: Identity | None = None) -> DataChatSession:
    """The visitor's live session ``session_id`` of the embed; 404 for unknown, expired, another embed's or
    another visitor's (``sub``) sessions."""
    session = (DataChatSession.objects.select_related("data_source", "embed")
               .filter(pk=path_uuid(session_id), embed=embed, identity_sub=identity.sub if identity else "").first())
    if session is None:
        raise SessionNotFound("Unknown session.")
    if session.is_expired:
        raise SessionExpired("This conversation has expired; start a new one.")
    _bind(embed, identity, str(session.pk))
    return session


def get_answer(embed: ChatEmbed, message_id: str, identity: Identity | None = None) -> DataChatMessage:
    """The visitor's assistant message ``message_id`` in a live session of the embed; 404 otherwise."""
    message = (DataChatMessage.objects.select_related("session", "session__data_source")
               .filter(pk=path_uuid(message_id), session__embed=embed, role=DataChatMessage.ASSISTANT,
                       session__identity_sub=identity.sub if identity else "").first())
    if message is None or message.session.is_expired:
        raise MessageNotFound("Unknown message.")
    _bind(embed, identity, str(message.session_id))
    return message


@router.post("/sessions", response={201: SessionOut, **ERRORS}, summary="Start a conversation")
def create_session(request: HttpRequest, payload: SessionIn | None = None):
    embed: ChatEmbed = request.auth
    identity = identity_of(request)
    _bind(embed, identity, None)
    session = chat.start_session(embed=embed, user=(payload.user if payload else ""),
                                 visitor_id=request.headers.get("X-Datachat-Visitor", ""), identity=identity)
    if identity is not None:
        claim_session(identity, str(embed.pk), str(session.pk))
    return Status(201, {
        "id": str(session.pk), "expires_at": session.expires_at,
        "suggestions": chat.suggestions_for(session, identity=identity),
        "embed": {"name": embed.name, "theme": embed.resolved_theme},
    })


IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,128}$")  # printable ASCII, no spaces


def idempotency_key_of(request: HttpRequest) -> str:
    """The post's ``Idempotency-Key`` ("" when absent); 422 when it is not 1-128 printable ASCII characters."""
    value = request.headers.get("Idempotency-Key")
    if value is None:
        return ""
    if not IDEMPOTENCY_KEY.match(value):
        raise InvalidRequest("Idempotency-Key: expected 1 to 128 printable ASCII characters.")
    return value


@router.post("/sessions/{session_id}/messages", response={200: MessageOut, **ERRORS}, summary="Ask a question",
             description="With `Accept: text/event-stream` the answer streams: `progress` events, then one "
                         "`message` event holding the same object. With `Idempotency-Key`, a retry of a post "
                         "the session already answered returns the stored answer and stores nothing new.")
def post_message(request: HttpRequest, session_id: str, payload: MessageIn):
    identity = identity_of(request)
    session = get_session(request.auth, session_id, identity)
    key = idempotency_key_of(request)
    if "text/event-stream" in request.headers.get("Accept", ""):
        if isinstance(request, ASGIRequest):  # streamed as it happens, without holding a thread while waiting
            events = _stream_async(session, payload.content, identity, key)
            # Django closes a request's connections when its response ends; a stream may last long, so give this
            # thread's connection back to the pool now (the stream's work takes its own in the stream pool).
            connections.close_all()
        else:
            events = _stream(session, payload.content, identity, key)
        response = StreamingHttpResponse(events, content_type="text/event-stream")
        response["Cache-Control"] = "no-cache"
        response["X-Accel-Buffering"] = "no"
        return response
    answer = chat.post_message(session, payload.content, identity, key)
    _count_outcome(answer)
    return Status(200, message_json(answer))


def _count_outcome(answer: DataChatMessage) -> None:
    asked = answer.clarification is not None
    metrics.OUTCOMES.labels(metrics.outcome_of(answer.error_code, asked)).inc()


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, default=str)}\n\n"


def _event_of(event: Step | DataChatMessage) -> str:
    if isinstance(event, Step):
        return _sse("progress", {"step": event.step, "label": event.label})
    _count_outcome(event)
    return _sse("message", MessageOut.model_validate(message_json(event)).model_dump(mode="json"))


def _stream(session: DataChatSession, content: str, identity: Identity | None = None, key: str = ""):
    """The events of one answer from a synchronous server (each still sent as soon as it is produced)."""
    try:
        for event in chat.iter_post_message(session, content, identity, key):
            yield _event_of(event)
    except Exception:
        logger.exception("streamed answer failed in session %s", session.pk)
        yield _sse("error", envelope("internal_error", "Something went wrong on our side."))


async def _stream_async(session: DataChatSession, content: str, identity: Identity | None = None, key: str = ""):
    """The events of one answer under ASGI: the work runs in the bounded stream pool, events flow as they come."""
    yield _sse("progress", {"step": "received", "label": "Thinking…"})
    try:
        async for event in streaming.stream(lambda: chat.iter_post_message(session, content, identity, key)):
            yield ": keep-alive\n\n" if event is streaming.HEARTBEAT else _event_of(event)
    except Exception:
        logger.exception("streamed answer failed in session %s", session.pk)
        yield _sse("error", envelope("internal_error", "Something went wrong on our side."))


@router.get("/sessions/{session_id}/messages", response={200: list[MessageOut], **ERRORS},
            summary="The conversation so far")
def list_messages(request: HttpRequest, session_id: str):
    session = get_session(request.auth, session_id, identity_of(request))
    return Status(200, [message_json(m) for m in session.messages.all()])


class FeedbackOut(Schema):
    id: str
    helpful: bool


@router.post("/messages/{message_id}/feedback", response={200: FeedbackOut, **ERRORS},
             summary="Mark an answer helpful or not",
             description="A helpful answer with SQL becomes a candidate few-shot example for the model engine; "
                         "an admin approves it before it is used.")
def post_feedback(request: HttpRequest, message_id: str, payload: FeedbackIn):
    from datachat.llm.examples import record_feedback

    message = get_answer(request.auth, message_id, identity_of(request))
    record_feedback(message, payload.helpful)
    return Status(200, {"id": str(message.pk), "helpful": payload.helpful})



@router.get("/messages/{message_id}/export.{fmt}", response={200: None, **ERRORS, 409: ErrorOut, 501: ErrorOut},
            summary="Download an answer as CSV, PNG or SVG",
            description="`fmt` is `csv` (the full result, up to the row cap), `png` or `svg` (the chart, rendered "
                        "on the server).")
def export_message(request: HttpRequest, message_id: str, fmt: str):
    message = get_answer(request.auth, message_id, identity_of(request))
    body, media_type, filename = export_answer(message.data, message.chart, fmt,  # ExportError: see errors.STATUS
                                               name=_question_of(message) or "answer")
    response = HttpResponse(body, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _question_of(answer: DataChatMessage) -> str:
    question = (answer.session.messages.filter(role=DataChatMessage.USER, created_at__lte=answer.created_at)
                .order_by("-created_at").values_list("content", flat=True).first())
    return question or ""
