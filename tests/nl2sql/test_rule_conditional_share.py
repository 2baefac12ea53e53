"""The conditional-share rule (:mod:`datachat.nl2sql.rules.conditional_share`): table-driven on frames (the pure
function), then end to end on a made-up allotment society, each answer checked against the rows it should give."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query
from datachat.nl2sql.frame import Field, Filter, Order, QueryFrame
from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.conditional_share import conditional_share

from .conftest import engine_from_statements

COUNT = Field("aggregate", fn="count", table="plots")
SUM = Field("aggregate", fn="sum", table="rents", column="amount")
AVG = Field("aggregate", fn="avg", table="plots", column="size_m2")
SOIL = Field("column", table="plots", column="soil")
VACANT = Filter(Field("column", table="plots", column="status"), "=", "vacant")
CLAY = Filter(SOIL, "=", "clay")
CARD = Filter(Field("column", table="rents", column="method"), "=", "card")
Y2024 = Filter(Field("column", table="rents", column="paid_on"), "range", ("2024-01-01", "2025-01-01"), period=True)


def words_of(text: str, filters: dict[int, tuple[str, str]] | None = None) -> dict:
    words = tuple(text.split())
    cols = tuple((filters or {}).get(i) for i in range(len(words)))
    return {"words": words, "filter_columns": cols}


# (id, words, filter positions, unread, frame, share conditions, filters kept, whole summed, consumed)
CASES = [
    ("count", "percentage of plots are vacant", {4: ("plots", "status")}, {0, 1},
     QueryFrame(base="plots", select=(COUNT,), filters=(VACANT,)), (VACANT,), (), None, {0, 1}),
    ("the counted rows' own filter stays", "percentage of clay plots are vacant",
     {3: ("plots", "soil"), 5: ("plots", "status")}, {0, 1},
     QueryFrame(base="plots", select=(COUNT,), filters=(CLAY, VACANT)), (VACANT,), (CLAY,), None, {0, 1}),
    ("a modifier alone is the condition", "percentage of vacant plots", {2: ("plots", "status")}, {0, 1},
     QueryFrame(base="plots", select=(COUNT,), filters=(VACANT,)), (VACANT,), (), None, {0, 1}),
    ("a sum is a share of the amount", "share of rent was by card", {5: ("rents", "method")}, {0, 1},
     QueryFrame(base="rents", select=(SUM,), filters=(CARD,)), (CARD,), (), SUM, {0, 1}),
    ("a date says which rows", "share of rent in 2024 was by card", {7: ("rents", "method")}, {0, 1},
     QueryFrame(base="rents", select=(SUM,), filters=(Y2024, CARD)), (CARD,), (Y2024,), SUM, {0, 1}),
    ("a form of be before a past tense", "percentage of plots dug in clay are vacant",
     {5: ("plots", "soil"), 7: ("plots", "status")}, {0, 1, 3, 4, 6},
     QueryFrame(base="plots", select=(COUNT,), filters=(CLAY, VACANT)), (VACANT,), (CLAY,), None, {0, 1}),
    ("a past tense verb starts the condition", "share of rent from clay plots came by card",
     {4: ("plots", "soil"), 8: ("rents", "method")}, {0, 1, 3, 6, 7},
     QueryFrame(base="rents", select=(SUM,), filters=(CLAY, CARD)), (CARD,), (CLAY,), SUM, {0, 1}),
    ("no condition: nothing", "percentage of plots", {}, {0, 1},
     QueryFrame(base="plots", select=(COUNT,)), None, (), None, set()),
    ("only the rows' own filter: nothing", "percentage of clay plots are haunted", {3: ("plots", "soil")}, {0, 1},
     QueryFrame(base="plots", select=(COUNT,), filters=(CLAY,)), None, (CLAY,), None, set()),
    ("an average has no share", "percentage of size are vacant", {4: ("plots", "status")}, {0, 1},
     QueryFrame(base="plots", select=(AVG,), filters=(VACANT,)), None, (VACANT,), None, set()),
    ("share word already read", "percentage of plots are vacant", {4: ("plots", "status")}, set(),
     QueryFrame(base="plots", select=(COUNT,), filters=(VACANT,)), None, (VACANT,), None, set()),
    ("no of after the word", "percentage plots are vacant", {3: ("plots", "status")}, {0},
     QueryFrame(base="plots", select=(COUNT,), filters=(VACANT,)), None, (VACANT,), None, set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "at", "unread", "frame", "conds", "kept", "whole", "consumed"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_conditional_share_rule(words, at, unread, frame, conds, kept, whole, consumed):
    q = LinkedQuestion(**words_of(words, at), unread=frozenset(unread))
    new, used = conditional_share(q, frame)
    assert used == consumed
    assert new.filters == kept
    if conds is None:
        assert new == frame
        return
    (share,) = new.select
    assert share.kind == "share" and share.conds == conds and share.of == whole


def test_a_grouping_stays_and_its_ranking_ranks_by_the_share():
    frame = QueryFrame(base="plots", select=(SOIL, COUNT), group=(SOIL,), filters=(VACANT,), limit=1,
                       order=(Order(COUNT, "desc"),))  # fmt: skip
    q = LinkedQuestion(**words_of("percentage of plots are vacant by soil", {4: ("plots", "status")}),
                       unread=frozenset({0, 1}))  # fmt: skip
    new, used = conditional_share(q, frame)
    assert [f.kind for f in new.select] == ["column", "share"] and new.group == (SOIL,) and new.limit == 1
    assert new.order == (Order(new.select[1], "desc"),) and used == {0, 1}


def test_which_y_has_the_highest_share_groups_the_y_listed():
    frame = QueryFrame(base="plots", select=(SOIL,), filters=(VACANT,))
    q = LinkedQuestion(**words_of("which soil has the lowest share of plots that are vacant", {
        1: ("plots", "soil"), 10: ("plots", "status")}), unread=frozenset({0, 2, 3, 4, 5, 6, 8, 9}))  # fmt: skip
    new, used = conditional_share(q, frame)
    assert new.group == (SOIL,) and new.limit == 1 and new.order[0].direction == "asc"
    assert new.select[-1].conds == (VACANT,) and used == {4, 5, 6}


_ALLOTMENTS = [
    "CREATE TABLE societies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL)",
    "CREATE TABLE plots (id INTEGER PRIMARY KEY, plot_ref TEXT NOT NULL, society_id INTEGER NOT NULL"
    " REFERENCES societies(id), size_m2 INTEGER NOT NULL, status TEXT NOT NULL, soil TEXT NOT NULL)",
    "CREATE TABLE rents (id INTEGER PRIMARY KEY, plot_id INTEGER NOT NULL REFERENCES plots(id),"
    " paid_on DATE NOT NULL, amount NUMERIC NOT NULL, method TEXT NOT NULL)",
    "INSERT INTO societies VALUES (1,'Meadow Lane','Ashford'),(2,'River Bank','Brookton'),(3,'Hill Top','Ashford')",
    "INSERT INTO plots VALUES (1,'M1',1,250,'vacant','clay'),(2,'M2',1,250,'let','loam'),(3,'M3',1,125,'let','clay'),"
    "(4,'R1',2,250,'vacant','sand'),(5,'R2',2,125,'vacant','loam'),(6,'H1',3,250,'let','loam'),"
    "(7,'H2',3,250,'let','clay'),(8,'H3',3,125,'vacant','clay')",
    "INSERT INTO rents VALUES (1,2,'2024-03-01',60,'card'),(2,3,'2024-03-02',40,'cash'),(3,6,'2024-04-01',60,'card'),"
    "(4,7,'2025-04-01',65,'cash'),(5,2,'2025-03-01',62,'card'),(6,3,'2025-03-03',42,'cheque')",
]


@pytest.fixture(scope="module")
def allotments(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "allotments", _ALLOTMENTS)


END_TO_END = [
    # (question, rows, the explanation)
    ("what percentage of plots are vacant", [(50,)], "Percentage of plots where status is vacant"),
    ("percentage of vacant plots", [(50,)], "Percentage of plots where status is vacant"),
    ("what percentage of plots in Ashford are vacant", [(100 / 3,)],
     "Percentage of plots where status is vacant, among those where town is Ashford"),
    ("what proportion of plots with clay soil are let", [(50,)],
     "Percentage of plots where status is let, among those where soil is clay"),
    ("what percentage of plots are let, by soil", [("loam", 200 / 3), ("clay", 50), ("sand", 0)],
     "Percentage of plots where status is let by soil"),
    ("which society has the highest percentage of plots that are vacant", [("River Bank", 100)],
     "The society with the highest percentage of plots where status is vacant"),
    ("what percentage of plots of each soil are vacant", [("sand", 100), ("clay", 50), ("loam", 100 / 3)],
     "Percentage of plots where status is vacant by soil"),
    ("what percentage of rents were paid by card", [(50,)], "Percentage of rents where method is card"),
    ("what share of rent was paid with a card", [(100 * 182 / 329,)],
     "Percentage of total amount where method is card"),
    ("what share of the rent amount was paid with a card in 2024", [(75,)],
     "Percentage of total amount where method is card in 2024"),
]  # fmt: skip


#: a verb in the past tense starts the condition too: what comes before it says which rows are counted
PAST_TENSE = [
    ("what share of rent from clay plots came by card", [(0,)],
     "Percentage of rents where method is card, among those where soil is clay"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "rows", "explanation"), PAST_TENSE)
def test_a_past_tense_verb_starts_the_condition(allotments, question, rows, explanation):
    sa_engine, engine = allotments
    t = engine.translate(question)
    assert t.sql and t.explanation.startswith(explanation), (t.error, t.clarification)
    assert run_query(sa_engine, t.sql) == rows


@pytest.mark.parametrize(("question", "rows", "explanation"), END_TO_END)
def test_conditional_shares_end_to_end(allotments, question, rows, explanation):
    sa_engine, engine = allotments
    t = engine.translate(question)
    assert t.sql and not t.unused, (t.error, t.clarification, t.unused)
    assert t.explanation == explanation
    got = run_query(sa_engine, t.sql)
    assert len(got) == len(rows) and all(
        g[:-1] == r[:-1] and g[-1] == pytest.approx(r[-1], rel=1e-3) for g, r in zip(got, rows, strict=True)
    ), got


@pytest.mark.parametrize("question", ["what percentage of plots are haunted", "what share of plots in Ashford are"])
def test_a_condition_not_read_is_never_dropped(allotments, question):
    _, engine = allotments
    t = engine.translate(question)
    assert not t.sql, t.sql
