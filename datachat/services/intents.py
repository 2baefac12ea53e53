"""Intents raised by chat messages ("email me this every Monday"). Filled in by the automation hooks."""

from dataclasses import dataclass, field


@dataclass
class Intent:
    name: str
    confidence: float
    slots: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"name": self.name, "confidence": round(self.confidence, 2), "slots": self.slots}


def detect(text: str) -> list[Intent]:
    """Intents in one user message."""
    return []


def confirm(content: str, intents: list[Intent]) -> str:
    """The answer text, plus a sentence confirming what each intent will do."""
    return content


def raise_events(session, question, answer, intents: list[Intent]) -> None:
    """Record one Event per intent in the current transaction; delivery happens after commit."""
