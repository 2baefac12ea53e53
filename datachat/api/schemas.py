"""Request and response schemas of the public API (CONTRACT.md section 4), In/Out pairs, fields listed."""

from datetime import datetime
from typing import Any

from ninja import Schema
from pydantic import Field, field_validator


class SessionIn(Schema):
    user: str = Field("", max_length=150, description="Optional id of the signed-in user on the host site.")


class EmbedInfo(Schema):
    name: str
    theme: dict[str, Any]


class SessionOut(Schema):
    id: str
    expires_at: datetime
    suggestions: list[str]
    embed: EmbedInfo


class MessageIn(Schema):
    content: str = Field(..., min_length=1, max_length=2000)

    @field_validator("content")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class Column(Schema):
    name: str
    type: str


class Data(Schema):
    columns: list[Column]
    rows: list[list[Any]]
    truncated: bool


class IntentOut(Schema):
    name: str
    confidence: float
    slots: dict[str, Any]


class ErrorBody(Schema):
    code: str
    message: str


class OptionOut(Schema):
    label: str
    question: str


class ClarificationOut(Schema):
    message: str
    options: list[OptionOut]


class MessageOut(Schema):
    id: str
    role: str
    content: str
    sql: str | None
    data: Data | None
    chart: dict[str, Any] | None
    intents: list[IntentOut]
    created_at: datetime
    interpretation: str | None = None
    clarification: ClarificationOut | None = None
    error: ErrorBody | None = None
    suggestions: list[str] = []


class FeedbackIn(Schema):
    helpful: bool


class ErrorOut(Schema):
    error: ErrorBody
