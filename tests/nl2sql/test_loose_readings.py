"""Loose readings a terse schema invites, table-driven on a made-up tool-hire and garden firm (issue #13,
precision on schemas the engine was never tuned on):

- a shortened name keeps the word's run of consonants or its end (:func:`..spelling.shortens`,
  :func:`..spelling.abbreviates`): "amt" is amount, "dlv" delivery, but a ``vnt`` table (a venue team
  manager's) is no "volunteer": its letters skip a consonant that opens a syllable (the l of "-lun-") and stop
  short of the word's end;
- a noun after a place preposition, beside a contrast ("rather than") or another unread word, says a condition
  the reading dropped: the engine asks or declines, never counts every row;
- a word after a grouping lead ("by <word>") that nothing read is a grouping asked for, not a relation verb;
- a loose noun whose modifier ("the <modifier> <noun>") the reading leaves unread weighs as a dropped filter;
- a money noun before a generic money word ("fee" of ``fee_amt``) names that column, above a role guess of
  another table's only money column.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from datachat.nl2sql.clarify import NOUN_PENALTY, _unread_compound, penalty
from datachat.nl2sql.engine import money_kind
from datachat.nl2sql.spelling import abbreviates, shortens

from .conftest import engine_from_statements

# --------------------------------------------------------------------------- shortened names, both directions
TRUE_SHORTENINGS = [
    ("amt", "amount"), ("qty", "quantity"), ("nm", "name"), ("dt", "date"), ("pmt", "payment"), ("rgn", "region"),
    ("bkg", "booking"), ("tkt", "ticket"), ("mgr", "manager"), ("dlv", "deliver"), ("dlv", "delivery"),
    ("dept", "department"), ("actv", "active"), ("msg", "message"), ("acct", "account"), ("cnt", "count"),
    ("wgt", "weight"), ("bldg", "building"), ("rcpt", "receipt"), ("invc", "invoice"), ("lvl", "level"),
    ("std", "standard"), ("mfr", "manufacturer"), ("ctry", "country"), ("prd", "product"), ("schd", "schedule"),
    ("nbr", "number"), ("svc", "service"), ("grp", "group"), ("btn", "button"), ("cmt", "comment"),
    ("mgmt", "management"), ("tpl", "template"), ("ctm", "customer"),
    ("depts", "departments"), ("sal", "salary"), ("drv", "driver"), ("mth", "monthly"),
]  # fmt: skip
FALSE_SHORTENINGS = [
    ("vnt", "volunteer"), ("csm", "customer"), ("crm", "customer"), ("pp", "people"), ("ssn", "substring"),
    ("aov", "above"), ("tsm", "transmission"), ("psm", "position"),
]  # fmt: skip


@pytest.mark.parametrize(("part", "word"), TRUE_SHORTENINGS)
def test_a_true_shortening_is_kept(part, word):
    assert shortens(part, word)


@pytest.mark.parametrize(("part", "word"), FALSE_SHORTENINGS)
def test_letters_picked_here_and_there_are_no_shortening(part, word):
    assert not shortens(part, word)
    if len(part) > 2 and not set(part) & set("aeiou"):
        # the looser rule for a typed word refuses them too (two letters, or a vowel kept: the strict rule alone)
        assert not abbreviates(part, word)


@pytest.mark.parametrize(
    ("words", "kind"),
    [(("fee", "amount"), "fee"), (("tax", "total"), "tax"), (("net", "amount"), None), (("fee",), None)],
)
def test_the_money_noun_before_a_generic_money_word(words, kind):
    assert money_kind(words) == kind


def test_a_bare_verb_after_a_grouping_lead_is_a_grouping_asked_for():
    assert penalty("sever", "by") == NOUN_PENALTY
    assert penalty("sever", "the") < NOUN_PENALTY


@pytest.mark.parametrize(
    ("lows", "unused", "unlinked", "expected"),
    [
        (["average", "grant", "to", "the", "spring", "drive"], ("drive",), ("spring",), True),
        (["average", "grant", "to", "the", "spring", "drive"], ("spring", "drive"), (), True),
        (["the", "firms", "drive", "sales"], ("drive",), (), False),  # the modifier is read: a verb
    ],
)
def test_a_loose_noun_with_an_unread_modifier(lows, unused, unlinked, expected):
    translation = SimpleNamespace(unused=unused, sql='SELECT AVG("amt") FROM "grants"')
    evidence = SimpleNamespace(
        links=tuple(SimpleNamespace(used=False, words=w, kind="table", weight=0.5, table="grants") for w in unlinked)
    )
    assert _unread_compound("drive", lows, translation, evidence) is expected


# --------------------------------------------------------------------------- end to end on a made-up firm
_FIRM = [
    "CREATE TABLE vnt (id INTEGER PRIMARY KEY, vnt_nm TEXT NOT NULL, region TEXT NOT NULL, hire_dt DATE NOT NULL)",
    "CREATE TABLE firms (id INTEGER PRIMARY KEY, firm_nm TEXT NOT NULL, vnt_id INTEGER REFERENCES vnt(id),"
    " joined_dt DATE NOT NULL)",
    "CREATE TABLE plants (id INTEGER PRIMARY KEY, plant_nm TEXT NOT NULL, bed_id INTEGER, price REAL NOT NULL)",
    "CREATE TABLE tools (id INTEGER PRIMARY KEY, tool_nm TEXT NOT NULL, repl_amt REAL NOT NULL)",
    "CREATE TABLE hires (id INTEGER PRIMARY KEY, tool_id INTEGER REFERENCES tools(id), fee_amt REAL NOT NULL,"
    " out_dt DATE NOT NULL)",
    "INSERT INTO vnt VALUES (1,'Ann Bell','North','2020-01-01'),(2,'Bo Chen','South','2021-01-01')",
    "INSERT INTO firms VALUES (1,'Acme',1,'2019-05-01'),(2,'Brill',2,'2022-02-01'),(3,'Cogs',1,'2023-03-01')",
    "INSERT INTO plants VALUES (1,'Fern',1,3.5),(2,'Rose',NULL,6.0),(3,'Mint',2,2.0)",
    "INSERT INTO tools VALUES (1,'Drill',120),(2,'Saw',80)",
    "INSERT INTO hires VALUES (1,1,15,'2024-01-01'),(2,2,9,'2024-02-01'),(3,1,20,'2024-03-01')",
]


@pytest.fixture(scope="module")
def firm(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "tool_hire_firm", _FIRM)


NOT_ANSWERED = [
    "how many volunteers are there",  # vnt is no volunteer table
    "when did our first volunteer join",
    "how many plants are in stock rather than on order",  # a contrast of two places: a condition
    "fees by sever",  # a grouping asked for by a misspelt word
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_a_loose_reading_is_not_answered(firm, question):
    _, engine = firm
    assert not engine.translate(question).sql


ANSWERED = [
    # (question, what the answer must read)
    ("what is the largest fee we charged to hire a tool", 'MAX("hires"."fee_amt")'),
    ("what is the highest fee", '"fee_amt"'),
    ("how many plants are there", 'FROM "plants"'),
    ("how many firms", 'FROM "firms"'),
]


@pytest.mark.parametrize(("question", "needed"), ANSWERED)
def test_the_close_reading_is_answered(firm, question, needed):
    _, engine = firm
    t = engine.translate(question)
    assert t.sql and needed in t.sql, (t.sql, t.error)
