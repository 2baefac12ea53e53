"""The no-LLM engine with a semantic model around it: verified questions, segments, stated definitions."""

from __future__ import annotations

from dataclasses import replace

from datachat.nl2sql import SemanticEngine, Translation

from .linking import Linker, apply_segment

#: where an answer's state remembers the segments it applied, for follow-ups
SEGMENTS_KEY = "semantic_segments"


def translate_with_model(engine: SemanticEngine, linker: Linker, question: str,
                         previous: dict | None = None) -> Translation:
    """Answer a verified question with its SQL; otherwise let ``engine`` parse the question with segment
    phrases replaced by their dataset, add the segments' filters and say which definitions were used."""
    verified = linker.verified(question)
    if verified is not None:
        return Translation(sql=verified.sql, explanation=f"Verified answer to “{verified.question}”",
                           state={"verified_question": verified.question})
    uses = linker.segments(question)
    result = engine.translate(linker.rewrite(question, uses) if uses else question, previous=previous)
    if not result.sql:
        return result
    if previous and not uses:  # a follow-up keeps the segments of the answer it follows
        uses = linker.by_name(previous.get(SEGMENTS_KEY) or ())
    sql = result.sql
    for use in uses:
        applied = apply_segment(sql, use, linker.model, engine.dialect)
        if applied is None:
            return Translation(error=f"I could not apply “{use.segment.name}” to this question.",
                               suggestions=result.suggestions)
        sql = applied
    definitions = linker.definitions(question, sql, uses)
    explanation = result.explanation
    if definitions:
        explanation = f"{explanation} (using {'; '.join(definitions)})" if explanation else "Using " + "; ".join(
            definitions)
    state = {**result.state, SEGMENTS_KEY: [u.segment.name for u in uses]} if uses else result.state
    return replace(result, sql=sql, explanation=explanation, state=state)
