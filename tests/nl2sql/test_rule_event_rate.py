"""The event-rate rule (:mod:`datachat.nl2sql.rules.event_rate`) end to end on a made-up parcel courier: "<event or
state> rate" is the share of the counted rows meeting the condition the word names (a nullable date, a status
code, a yes/no flag), a stored rate column stays that column, and a word read as no condition, or as two, is
never answered."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query

from .conftest import engine_from_statements

_COURIER = [
    "CREATE TABLE branches (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, branch_id INTEGER NOT NULL"
    " REFERENCES branches(id), churned INTEGER NOT NULL)",
    "CREATE TABLE parcels (id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches(id),"
    " sent_on DATE NOT NULL, cancelled_at DATE, returned_on DATE, state TEXT NOT NULL, is_late INTEGER NOT NULL,"
    " vat_rate NUMERIC NOT NULL)",
    "CREATE TABLE pickups (id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches(id),"
    " stage TEXT NOT NULL, completed_on DATE)",
    "CREATE TABLE vans (id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches(id),"
    " job_status TEXT NOT NULL)",
    "INSERT INTO branches VALUES (1,'Harbour'),(2,'Uplands')",
    "INSERT INTO pickups VALUES (1,1,'C','2024-01-02'),(2,1,'A',NULL),(3,2,'W',NULL),(4,2,'C','2024-02-02')",
    "INSERT INTO vans VALUES (1,1,'C'),(2,1,'A'),(3,2,'W'),(4,2,'C')",
    "INSERT INTO customers VALUES (1,'Ada',1,0),(2,'Ben',1,1),(3,'Cleo',2,1),(4,'Dov',2,0)",
    "INSERT INTO parcels VALUES (1,1,'2024-01-05',NULL,NULL,'DLV',0,20),"
    "(2,1,'2024-02-05','2024-02-06',NULL,'HLD',0,20),(3,1,'2024-03-05',NULL,'2024-03-20','RTN',1,20),(4,2,'2024-04-05',NULL,NULL,'DLV',1,5),"
    "(5,2,'2023-05-05',NULL,NULL,'DLV',1,5),(6,2,'2024-06-05','2024-06-06',NULL,'HLD',0,5)",
]


@pytest.fixture(scope="module")
def courier(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "courier", _COURIER)


# (id, question, rows, the condition the share counts, as the explanation says it)
ANSWERED = [
    ("a nullable date the noun's verb names", "show the cancellation rate of parcels", [(100 / 3,)],
     "cancelled at is present"),
    ("a status code abbreviating the verb", "give me the delivery rate of parcels", [(50,)], "state is DLV"),
    ("a yes/no flag named by the adjective, ranked", "which branch has the highest late rate", [("Uplands", 200 / 3)],
     "is late is 1"),
    ("a date filter says which rows are counted", "late ratio of parcels sent in 2024", [(40,)], "is late is 1"),
    ("a flag named by the verb's participle", "tell me the churn rate of customers", [(50,)], "churned is 1"),
    ("a period grouping stays in time order", "cancellation rate of parcels by month",
     [("2023-05", 0), ("2024-01", 0), ("2024-02", 100), ("2024-03", 0), ("2024-04", 0), ("2024-06", 100)],
     "cancelled at is present"),
    ("a grouping stays", "the late delivery rate per branch", [("Uplands", 200 / 3), ("Harbour", 100 / 3)],
     "is late is 1"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "rows", "condition"), [c[1:] for c in ANSWERED], ids=[c[0] for c in ANSWERED])
def test_an_event_rate_is_a_share_of_the_rows(courier, question, rows, condition):
    sa_engine, engine = courier
    t = engine.translate(question)
    assert t.sql and not t.unused, (t.error, t.clarification, t.unused)
    assert "100.0 * SUM(CASE WHEN" in t.sql and condition in t.explanation, (t.sql, t.explanation)
    got = run_query(sa_engine, t.sql)
    assert len(got) == len(rows) and all(
        g[:-1] == r[:-1] and g[-1] == pytest.approx(r[-1], rel=1e-3) for g, r in zip(got, rows, strict=True)
    ), got


# (id, question, rows): a stored rate is the column, not a share
STORED = [
    ("the column named by its own words", "average vat rate by branch", [("Harbour", 20), ("Uplands", 5)]),
    ("the column named by the ratio noun alone", "maximum rate of parcels", [(20,)]),
]  # fmt: skip


@pytest.mark.parametrize(("question", "rows"), [c[1:] for c in STORED], ids=[c[0] for c in STORED])
def test_a_stored_rate_stays_the_column(courier, question, rows):
    sa_engine, engine = courier
    t = engine.translate(question)
    assert t.sql and "vat_rate" in t.sql and "CASE WHEN" not in t.sql, (t.sql, t.error, t.clarification)
    assert sorted(run_query(sa_engine, t.sql)) == sorted(rows)


def test_a_word_read_as_no_condition_is_declined_by_name(courier):
    _, engine = courier
    t = engine.translate("what is the damage rate of parcels")
    assert not t.sql and t.error and "'damage'" in t.error, (t.sql, t.error, t.clarification)


def test_a_code_read_from_its_first_letter_alone_is_never_answered(courier):
    _, engine = courier
    t = engine.translate("completion rate among vans")
    assert not t.sql, (t.sql, t.explanation)


RETURNED = {"returned on is not empty", "state is RTN"}
COMPLETED = {"completed on is not empty", "stage is C"}


@pytest.mark.parametrize(
    ("question", "shown", "conditions"),
    [
        ("what is the return rate of parcels", None, RETURNED),
        ("return rate by branch", "Harbour", RETURNED),
        ("which branch has the highest return rate", "Harbour", RETURNED),
        ("completion rate of pickups for each branch", "Uplands", COMPLETED),
    ],
)
def test_two_conditions_that_fit_are_asked_about(courier, question, shown, conditions):
    sa_engine, engine = courier
    t = engine.translate(question)
    assert not t.sql and t.clarification is not None, (t.sql, t.error)
    options = [o for o in t.clarification.options if "proportion" in o.question]
    assert len(options) == 2 and 2 <= len(t.clarification.options) <= 4
    assert conditions == {o.question.split(" where ")[1] for o in options}
    for o in options:  # each option is a question the engine answers as a share
        answered = engine.translate(o.question)
        assert answered.sql and "100.0 * SUM(CASE WHEN" in answered.sql
        if shown:
            assert shown in {row[0] for row in run_query(sa_engine, answered.sql)}
