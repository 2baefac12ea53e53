"""Rules that refine an understood question's frame, run in order, each with one job.

A rule is a pure function ``(question, frame) -> (frame, consumed)``: it reads the
:class:`LinkedQuestion` (the question's words and which of them no earlier stage has read) and the
:class:`~.frame.QueryFrame`, and returns a new frame (or the same one) and the word positions it consumed.
Rules share nothing else: no rule reads or writes another rule's state, and a word one rule consumed is
no longer unread for the next. :data:`RULES` is the order they run in; :func:`interpret` is the driver.
Adding a question type is one rule in ``rules/`` plus its table-driven tests (see ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .frame import QueryFrame
from .rules.share_of_total import share_of_total


@dataclass(frozen=True)
class LinkedQuestion:
    """What a rule may read of the question: its lower-cased words and the positions still unread
    (not consumed by an earlier stage or rule, and not linked to a table, column or value)."""

    words: tuple[str, ...]
    unread: frozenset[int]


Rule = Callable[[LinkedQuestion, QueryFrame], tuple[QueryFrame, frozenset[int]]]

#: the rules, in the order they run
RULES: tuple[Rule, ...] = (share_of_total,)


def interpret(
    question: LinkedQuestion, frame: QueryFrame, rules: tuple[Rule, ...] = RULES
) -> tuple[QueryFrame, frozenset[int]]:
    """Run ``rules`` in order over ``frame``; returns the refined frame and every word position consumed."""
    consumed: frozenset[int] = frozenset()
    for rule in rules:
        frame, used = rule(replace(question, unread=question.unread - consumed), frame)
        consumed |= used
    return frame, consumed
