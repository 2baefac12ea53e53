"""The typed working state (:class:`Draft`) and the ordered steps that fill it, on the tiny made-up schema."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from datachat.nl2sql.draft import STATE_KEYS, Draft
from datachat.nl2sql.engine import Reading
from datachat.nl2sql.frame import QueryFrame
from datachat.nl2sql.parse import scan
from datachat.nl2sql.parse.steps import STEPS, understand
from datachat.nl2sql.tokens import _tokens

STATES = [
    {"base": "project", "select": [{"kind": "col", "t": "project", "c": "title"}], "limit": 3},
    {
        "base": "staff_member",
        "select": [{"kind": "entity", "t": "department"}, {"kind": "agg", "fn": "count", "t": "staff_member"}],
        "group": [{"kind": "entity", "t": "department"}],
        "order": [{"item": {"kind": "agg", "fn": "count", "t": "staff_member"}, "dir": "desc"}],
        "default_order": True,
    },
    {"base": "project", "where": [{"item": {"kind": "col", "t": "project", "c": "budget"}, "op": ">", "value": 5}]},
]


@pytest.mark.parametrize("state", STATES)
def test_a_draft_holds_a_plain_state_and_gives_it_back(state):
    draft = Draft.from_state(state)
    back = draft.to_state()
    assert set(back) == set(STATE_KEYS)
    assert {k: v for k, v in back.items() if k in state} == state
    assert QueryFrame.from_state(draft) == QueryFrame.from_state(state)


def test_pending_decisions_never_reach_the_state():
    draft = Draft(base="project")
    draft.pending.order_direction = "desc"
    draft.pending.measures.append({"kind": "agg", "fn": "sum", "t": "project", "c": "budget"})
    assert "pending" not in draft.to_state()
    assert not any(k.startswith("_") for k in draft.to_state())


def test_an_unknown_state_key_is_an_error():
    with pytest.raises(ValueError, match="unknown state keys"):
        Draft.from_state({"base": "project", "_private": True})


def test_steps_are_named_once_each():
    names = [s.__name__ for s in STEPS]
    assert len(names) == len(set(names))
    assert names.index("subject") < names.index("aggregates") < names.index("select") < names.index("choose_base")


# (question, step, words that step consumes)
CONSUMED = [
    ("top 3 projects by budget", "asked_limit", {"top", "3"}),
    ("staff members hired in 2023", "dates", {"2023"}),
    ("projects with a budget over 60000", "comparisons", {"over", "60000"}),
    ("number of projects per status", "grouping", {"per", "status"}),
    ("staff members without a phone", "null_checks", {"without", "phone"}),
    ("average salary per month", "date_bucket", {"per", "month"}),
    ("staff members sorted by salary descending", "order", {"sorted", "by", "salary"}),
]


@pytest.mark.parametrize(("question", "step", "words"), CONSUMED)
def test_each_step_returns_the_words_it_consumed(tiny, question, step, words):
    _, engine = tiny
    p = Reading(engine, question, None)
    p.read_links(scan.link(engine, p.toks))
    draft = Draft()
    by_step: dict[str, frozenset[int]] = {}
    for s in STEPS:
        got = s(p, draft)
        assert isinstance(got, frozenset)
        assert all(0 <= i < len(p.toks) for i in got)
        p.used |= got
        by_step[s.__name__] = got
    assert words <= {p.toks[i].low for i in by_step[step]}
    for other, got in by_step.items():
        if other != step:
            assert not (got & by_step[step]), f"{other} and {step} both consumed a word"


# (question, a word linking must read as another, the kind of what it links to)
LINKS = [
    ("average salry of staff members", "salary", "column"),
    ("projects with a budgt over 60000", "budget", "column"),
    ("staf members hired in 2023", "staff", "table"),
]


@pytest.mark.parametrize(("question", "corrected", "kind"), LINKS)
def test_linking_is_a_pure_function_of_the_words(tiny, question, corrected, kind):
    _, engine = tiny
    toks = _tokens(question)
    typed = [replace(t) for t in toks]
    linked = scan.link(engine, toks)
    assert toks == typed  # the words given are not corrected in place
    assert corrected in [t.low for t in linked.tokens]
    assert any(m.kind == kind and m.source == "fuzzy" for m in linked.mentions)
    assert scan.link(engine, toks) == linked  # the same words link the same way
    with pytest.raises(FrozenInstanceError):
        linked.used = frozenset()  # type: ignore[misc]


@pytest.mark.parametrize(("question", "step", "words"), CONSUMED)
def test_reading_a_question_leaves_its_links_as_they_were(tiny, question, step, words):
    _, engine = tiny
    p = Reading(engine, question, None)
    linked = scan.link(engine, p.toks)
    p.read_links(linked)
    draft = understand(p)
    assert any(draft.role_of(m) for m in p.mentions)  # the parse gave the words their roles, in its draft
    assert scan.link(engine, p.toks) == linked
