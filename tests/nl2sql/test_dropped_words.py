"""Words that carry a condition, a measure or an ordering are read or reported, never silently dropped,
table-driven on a made-up parcel courier: depots, customers, couriers and parcels, each parcel sent from one
depot to another (``src_depot_id``, ``dest_depot_id``) with a status code ('DLV' delivered, 'RTN' returned,
'LSX' lost, 'TRN' in transit).

- a past participle a status code abbreviates whole ("returned": 'RTN') is that status, and two words whose
  initials are a code ("same-day": 'SD') that code;
- one only the code's first letters abbreviate ("lost": 'LSX'), a part of a hyphenated modifier, "percentage of"
  with no condition, a time word after a sum word, a second year, "top N" with nothing to rank by: reported, so
  the engine asks or declines;
- "from A to B" over the two references to depots filters each reference by its own value;
- "not counting <rows>" leaves those rows out of the measure;
- "by <column>" after a value of that column ("rated Good by audit") names where the value comes from: no grouping."""

from __future__ import annotations

import pytest

from datachat.nl2sql import run_query
from datachat.nl2sql.lexicon import directed_pair, past_participle_of

from .conftest import engine_from_statements

_COURIER = [
    "CREATE TABLE depots (id INTEGER PRIMARY KEY, name TEXT, town TEXT, audit TEXT)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE couriers (id INTEGER PRIMARY KEY, name TEXT, hours REAL)",
    "CREATE TABLE parcels (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),"
    " src_depot_id INTEGER REFERENCES depots(id), dest_depot_id INTEGER REFERENCES depots(id),"
    " sent_on DATE, status TEXT, weight REAL, charge REAL, service TEXT)",
    "INSERT INTO depots VALUES (1,'North hub','Leeds','Good'),(2,'East hub','York','Poor'),"
    " (3,'West hub','Bath','Good')",
    "INSERT INTO customers VALUES (1,'Ann'),(2,'Bo'),(3,'Cy')",
    "INSERT INTO couriers VALUES (1,'Dee',37.5),(2,'Eli',20.0),(3,'Fay',16.0)",
    "INSERT INTO parcels VALUES"
    " (1,1,1,2,'2023-02-01','DLV',1.0,10.0,'SD'),(2,1,1,2,'2024-03-05','RTN',2.0,12.0,'ST'),"
    " (3,2,2,1,'2024-04-09','DLV',3.0,15.0,'ST'),(4,2,1,3,'2024-06-11','LSX',1.5,9.0,'ND'),"
    " (5,3,3,2,'2023-07-15','TRN',2.5,11.0,'SD'),(6,3,1,2,'2024-08-20','RTN',0.5,8.0,'ST'),"
    " (7,1,2,3,'2024-09-02','DLV',4.0,20.0,'ND')",
]


@pytest.fixture(scope="module")
def courier(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "courier", _COURIER)


READ = [
    # (question, rows, what the statement must hold)
    ("how many parcels were delivered", [(3,)], "\"status\" = 'DLV'"),
    ("how many parcels were returned in 2024", [(2,)], "\"status\" = 'RTN'"),
    ("average weight of parcels that were delivered", [(round((1.0 + 3.0 + 4.0) / 3, 4),)], "'DLV'"),
    ("what percentage of parcels were returned", [(round(100.0 * 2 / 7, 4),)], "'RTN'"),
    ("how many parcels went from Leeds to York", [(3,)], '"src_depot_id" IN'),
    ("how many same-day parcels went to York", [(2,)], "\"service\" = 'SD'"),
    ("how many parcels went by next day service", [(2,)], "'ND'"),
    ("how many parcels arrived in Bath", [(2,)], '"dest_depot_id" IN'),
    ("how many parcels arrived at the depot in Bath", [(2,)], 'FROM "parcels" WHERE "dest_depot_id" IN'),
    ("total weight of parcels from York to Leeds", [(3.0,)], '"dest_depot_id" IN'),
    ("how many parcels were sent from Leeds", [(4,)], '"src_depot_id" IN'),
    ("total charge per customer, not counting returned parcels", [("Ann", 30.0), ("Bo", 24.0), ("Cy", 11.0)], "<>"),
]


@pytest.mark.parametrize(("question", "rows", "holds"), READ)
def test_a_word_with_meaning_is_read(courier, question, rows, holds):
    sa_engine, engine = courier
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert holds in t.sql, t.sql
    got = [tuple(round(x, 4) if isinstance(x, float) else x for x in r) for r in run_query(sa_engine, t.sql)]
    assert sorted(got) == sorted(rows), t.sql


REPORTED = [
    "how many parcels were lost",  # 'LSX': only the code's first letters abbreviate the verb
    "what percentage of parcels were lost",
    "how many part-time couriers are there",
    "total days per customer",
    "were there more parcels in 2023 or in 2024",
    "top 2 customers, not counting returned parcels",
]


@pytest.mark.parametrize("question", REPORTED)
def test_a_word_the_reading_would_drop_is_never_answered_without(courier, question):
    _, engine = courier
    t = engine.translate(question)
    assert t.sql is None, t.sql


def test_a_two_letter_code_is_no_abbreviation_of_a_participle(courier):
    _, engine = courier
    hits = engine.values.by_abbreviation(frozenset({"delivered", "deliver"}))
    assert [(h.column, h.value) for h in hits] == [("status", "DLV")]
    assert engine.values.by_abbreviation(frozenset({"lost", "lose"})) == []
    assert [h.value for h in engine.values.by_abbreviation(frozenset({"lost", "lose"}), whole=False)] == ["LSX"]


def test_the_start_and_end_references_are_told_by_their_names(courier):
    _, engine = courier
    start, end = directed_pair(engine.schema, "depots")
    assert (start.column, end.column) == ("src_depot_id", "dest_depot_id")
    assert directed_pair(engine.schema, "customers") is None


@pytest.mark.parametrize(
    ("word", "verbs"), [("returned", ("return",)), ("returning", ()), ("lost", ("lose",)), ("parcel", ())]
)
def test_past_participles(word, verbs):
    assert past_participle_of(word) == verbs


def test_by_the_column_a_value_was_named_in_is_no_grouping(courier):
    sa_engine, engine = courier
    t = engine.translate("which depots are rated Good by audit", ask=False)
    assert t.sql and "GROUP BY" not in t.sql, t.sql
    assert sorted(run_query(sa_engine, t.sql)) == [("North hub",), ("West hub",)], t.sql


def test_to_before_a_value_of_the_rows_asked_about_picks_no_reference(courier):
    _, engine = courier
    t = engine.translate("give the depot name corresponding to the town York", ask=False)
    assert t.sql and "\"town\" = 'York'" in t.sql and "depot_id" not in t.sql, t.sql
