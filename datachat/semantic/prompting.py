"""What the LLM engine's prompt gets from a semantic model: the relevant definitions and verified questions."""

from __future__ import annotations

from .hints import physical_expression, spoken
from .linking import Linker, _content
from .model import SemanticModel


def model_notes(model: SemanticModel, question: str, tables: list[str] | None = None) -> str:
    """Definitions for the prompt: metrics, segments and default dates that touch the question or ``tables``."""
    asked = _content(question)
    shown = {t.lower() for t in tables or []}
    lines = []
    for metric in model.metrics:
        if any(_content(spoken(n)) <= asked for n in (metric.name, *metric.synonyms)):
            formula = f" ({metric.formula})" if metric.formula else ""
            lines.append(f"- metric {spoken(metric.name)}{formula}: {physical_expression(model, metric.expression)}")
    for seg in model.segments:
        if any(_content(n) <= asked for n in (seg.name, *seg.synonyms)):
            ds = model.dataset(seg.dataset)
            lines.append(f"- segment {seg.name}: rows of {ds.table if ds else seg.dataset} where {seg.filter}")
    for ds in model.datasets:
        if ds.default_time_dimension and (not shown or ds.table.lower() in shown):
            lines.append(f"- dates of {ds.table} (\"in 2024\", \"last month\") filter {ds.table}."
                         f"{ds.default_time_dimension}")
    return "Definitions (use these exactly):\n" + "\n".join(lines) if lines else ""


def verified_examples(model: SemanticModel, question: str, n: int = 3) -> list[tuple[str, str]]:
    """The ``n`` verified questions nearest to ``question``, as few-shot ``(question, sql)`` pairs."""
    return [(v.question, v.sql) for v in Linker(model).nearest(question, n)]
