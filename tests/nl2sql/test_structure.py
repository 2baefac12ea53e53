"""The parser's shape: only the drivers mark words used; every step and helper returns the words it read."""

from __future__ import annotations

import ast
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest

import datachat.nl2sql
import datachat.nl2sql.parse
from datachat.nl2sql.draft import Draft
from datachat.nl2sql.tokens import Mention

PARSE = Path(datachat.nl2sql.parse.__path__[0])
NL2SQL = Path(datachat.nl2sql.__path__[0])

#: the functions that run steps and add the words each returned: (module, function)
DRIVERS = {("steps", "understand"), ("followup", "followup"), ("understand", "run")}


def _writes_used(node: ast.AST) -> bool:
    """``q.used.add(...)``/``update``/``discard``, or ``q.used |= ...``/``-=``/``=``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        target = node.func.value
        return node.func.attr in ("add", "update", "discard") and _is_q_used(target)
    if isinstance(node, (ast.AugAssign, ast.Assign)):
        targets = [node.target] if isinstance(node, ast.AugAssign) else node.targets
        return any(_is_q_used(t) for t in targets)
    return False


def _is_q_used(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "used"
        and isinstance(node.value, ast.Name)
        and node.value.id == "q"
    )


def _used_writers() -> set[tuple[str, str]]:
    found = set()
    for path in PARSE.glob("*.py"):
        for fn in ast.walk(ast.parse(path.read_text())):
            if isinstance(fn, ast.FunctionDef) and any(_writes_used(n) for n in ast.walk(fn)):
                found.add((path.stem, fn.name))
    return found


def test_only_the_drivers_mark_words_used():
    # linking's own working state (scan.link's, never a Reading) keeps what it consumed until it returns
    linking = {
        ("scan", "_noun_compounds"),
        ("scan", "_partitives"),
        ("scan", "_class_word_after_column"),
        ("scan", "_shortened_flags"),
    }
    assert _used_writers() - linking <= DRIVERS


def test_the_check_sees_a_write():
    tree = ast.parse("def f(q):\n    q.used.add(1)\n    q.used |= {2}\n")
    assert sum(_writes_used(n) for n in ast.walk(tree)) == 2
    assert not any(_writes_used(n) for n in ast.walk(ast.parse("def f(q):\n    x = 1 in q.used\n")))


#: a mention's fields: linking (``scan``) sets them when it makes the mention; a word read another way (in linking
#: or in a step) gets a changed copy through ``scan.reread``, never a write to these fields
READING_FIELDS = {f.name for f in fields(Mention)}


def _reading_writes(tree: ast.AST) -> list[int]:
    """Lines assigning to a mention's reading fields (``m.t = ...``, ``m.t, m.c = ...``, ``m.weight += ...``)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = [node.target] if isinstance(node, ast.AugAssign) else node.targets
            flat = [e for t in targets for e in (t.elts if isinstance(t, ast.Tuple) else [t])]
            if any(isinstance(e, ast.Attribute) and e.attr in READING_FIELDS for e in flat):
                found.append(node.lineno)
    return found


def test_no_module_assigns_a_mentions_fields():
    writes = {str(p.relative_to(NL2SQL)): _reading_writes(ast.parse(p.read_text())) for p in NL2SQL.rglob("*.py")}
    assert {k: v for k, v in writes.items() if v} == {}


def test_a_mention_is_frozen_and_its_role_is_in_the_draft():
    m = Mention("column", 2, 3, [("staff", "salary", 1.0)], "salary", t="staff", c="salary")
    with pytest.raises(FrozenInstanceError):
        m.t = "projects"  # type: ignore[misc]
    assert "role" not in {f.name for f in fields(Mention)}
    draft = Draft()
    assert draft.role_of(m) is None and not draft.has_role(m)
    draft.give_role(m, "agg")
    moved = Mention("column", 2, 3, [("projects", "budget", 1.0)], "salary", t="projects", c="budget")
    assert draft.role_of(moved) == "agg"  # the same words read another way keep their role
    assert not draft.has_role(Mention("table", 2, 3))
    draft.give_role(m, None)
    assert not draft.has_role(m)


def test_the_reading_check_sees_a_write():
    tree = ast.parse("def f(m, rate):\n    m.t, m.c = rate\n    m.rival = None\n    m.weight += 1\n")
    assert len(_reading_writes(tree)) == 3
    assert _reading_writes(ast.parse("def f(m):\n    x = m.t\n    d['t'] = 1\n")) == []
