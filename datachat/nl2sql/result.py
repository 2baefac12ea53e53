"""What a translation returns (:class:`Translation`) and the error that says a question cannot be answered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .frame import QueryFrame


class Unanswerable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "sql": self.sql,
            "error": self.error,
            "suggestions": self.suggestions,
            "state": self.state,
            "chart_hint": self.chart_hint,
            "rerender_only": self.rerender_only,
            "explanation": self.explanation,
        }
