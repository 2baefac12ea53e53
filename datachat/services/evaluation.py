"""Execution accuracy: does the engine's answer return the same rows as a hand-written gold query?"""

from dataclasses import dataclass, field

from datachat.nl2sql import execution_match
from datachat.progress import ProgressBar

from .pipeline import answer_question
from .sources import sa_engine


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


def evaluate(scope, items: list[dict], *, engine: str | None = None, verbose: bool = False) -> Report:
    """Answer each ``{"question", "gold"}`` through the full pipeline (guard included) and compare results."""
    report = Report()
    source_engine = sa_engine(scope.url)
    with ProgressBar(len(items), "eval") as bar:
        for item in items:
            reply = answer_question(scope, item["question"], engine=engine)
            ok = reply.sql is not None and _matches(source_engine, reply.sql, item["gold"])
            report.total += 1
            report.correct += ok
            if not ok:
                report.misses.append({"id": item.get("id"), "question": item["question"], "sql": reply.sql,
                                      "gold": item["gold"], "error": (reply.error or {}).get("message")})
            bar.advance()
    return report


def _matches(source_engine, predicted: str, gold: str) -> bool:
    try:
        return bool(execution_match(source_engine, predicted, gold))
    except Exception:  # a gold query that fails to run counts as a miss, not a crash
        return False
