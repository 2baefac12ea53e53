"""What a translation returns (:class:`Translation`) and the error that says a question cannot be answered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .confidence import Score
from .frame import QueryFrame


class Unanswerable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Option:
    """One way to read an ambiguous question: a short label and the full question that reading answers."""

    label: str
    question: str

    def to_dict(self) -> dict[str, str]:
        return {"label": self.label, "question": self.question}


@dataclass(frozen=True)
class Clarification:
    """A question back instead of a guess: one short sentence and 2-4 options, each a full question."""

    message: str
    options: tuple[Option, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"message": self.message, "options": [o.to_dict() for o in self.options]}


@dataclass(frozen=True)
class Link:
    """Question words read as something they do not spell exactly: a code or name ("Virginia" -> 'VA') or a
    misspelling ("avrage" -> average). ``source`` is "code" or "fuzzy", ``score`` 0-100 (see
    ``Mention.source``); the confidence stage may weigh them."""

    words: str
    read_as: str
    source: str
    score: float


@dataclass
class Translation:
    """The result of :meth:`SemanticEngine.translate`: the SQL and the :class:`QueryFrame` it was planned
    from (``state`` is the frame as stored on the message; other translators keep their own metadata there)."""

    sql: str | None = None
    error: str | None = None
    suggestions: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    chart_hint: str | None = None
    rerender_only: bool = False
    explanation: str = ""
    frame: QueryFrame | None = None
    #: content words of the question that no rule used (never silently dropped: see ``clarify``)
    unused: tuple[str, ...] = ()
    #: set when the engine asks instead of guessing (then ``sql`` is None)
    clarification: Clarification | None = None
    #: how sure the engine is of this reading, with the reasons (complete questions; see ``confidence``)
    score: Score | None = None
    #: the links that are not exact (codes, misspellings), in question order
    links: tuple[Link, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sql": self.sql,
            "error": self.error,
            "suggestions": self.suggestions,
            "state": self.state,
            "chart_hint": self.chart_hint,
            "rerender_only": self.rerender_only,
            "explanation": self.explanation,
            "clarification": self.clarification.to_dict() if self.clarification else None,
        }
