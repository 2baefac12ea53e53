"""Reflection, include limits, annotations, value index caching, dialects and execution_match."""

from __future__ import annotations

import json

import pytest
import sqlglot

from datachat.nl2sql import (
    Schema,
    SemanticEngine,
    ValueIndex,
    execution_match,
    get_engine,
)

from .conftest import CHINOOK, engine_for


def test_reflection_round_trips(chinook):
    sa_engine, engine = chinook
    schema = engine.schema
    track = schema.table("Track")
    assert track.primary_key == ["TrackId"]
    assert {c.name: c.family for c in track.columns}["UnitPrice"] == "number"
    assert any(fk.table == "Track" and fk.ref_table == "Album" for fk in schema.foreign_keys)
    assert any(fk.table == fk.ref_table == "Employee" for fk in schema.foreign_keys)
    again = Schema.from_dict(json.loads(json.dumps(schema.to_dict())))
    assert again == schema


def test_value_index_round_trips(chinook):
    _, engine = chinook
    v = engine.values
    assert ("Customer", "Country", "Brazil") in v.entries["brazil"]
    again = ValueIndex.from_dict(json.loads(json.dumps(v.to_dict())))
    assert again.lookup("ac dc")[0].value == "AC/DC"
    assert again.fuzzy("brasil")[0].value == "Brazil"


def test_include_limits_what_sql_can_reference():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook not found at {CHINOOK}")
    include = {"Customer": ["CustomerId", "FirstName", "LastName", "Country"], "Invoice": "*"}
    _, engine = engine_for(f"sqlite:///{CHINOOK}", include=include)
    assert {t.name for t in engine.schema.tables} == {"Customer", "Invoice"}
    for q in ["list all customers", "total sales per customer country", "customers with a company listed"]:
        t = engine.translate(q)
        if t.sql is None:
            continue
        tree = sqlglot.parse_one(t.sql, read="sqlite")
        for col in tree.find_all(sqlglot.exp.Column):
            assert col.name in {"CustomerId", "FirstName", "LastName", "Country"} | {
                c.name for c in engine.schema.table("Invoice").columns
            }, t.sql
    assert "Company" not in (engine.translate("list all customers").sql or "")


def test_annotations_synonyms_and_metrics():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook not found at {CHINOOK}")
    annotations = {
        "tables": {"Invoice": {"description": "A sale", "synonyms": ["receipt"]}},
        "columns": {"Customer.Company": {"synonyms": ["employer"]}},
        "metrics": {"revenue": "SUM(InvoiceLine.UnitPrice * InvoiceLine.Quantity)"},
    }
    sa_engine, engine = engine_for(f"sqlite:///{CHINOOK}", annotations=annotations)
    receipts = engine.translate("how many receipts are there").sql
    assert receipts == 'SELECT COUNT(*) AS "number_of_invoices" FROM "Invoice"'
    assert "Company" in engine.translate("customers with an employer listed").sql
    t = engine.translate("revenue by genre")
    assert 'SUM("InvoiceLine"."UnitPrice" * "InvoiceLine"."Quantity")' in t.sql
    assert '"Genre"."Name"' in t.sql
    assert execution_match(
        sa_engine,
        t.sql,
        "SELECT g.Name, SUM(il.UnitPrice * il.Quantity) FROM InvoiceLine il "
        "JOIN Track t ON il.TrackId = t.TrackId JOIN Genre g ON t.GenreId = g.GenreId GROUP BY g.GenreId",
    )


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "duckdb", "mysql"])
def test_dialects_parse(chinook, dialect):
    _, base = chinook
    engine = SemanticEngine(base.schema, dialect=dialect, values=base.values, today=base.today)
    for q in ["monthly revenue in 2024", "number of tracks per genre", "quarterly revenue", "invoices per year"]:
        t = engine.translate(q)
        assert t.sql, t.error
        sqlglot.parse_one(t.sql, read={"postgres": "postgres"}.get(dialect, dialect))
    if dialect in ("postgres", "duckdb"):
        assert "DATE_TRUNC('MONTH'" in engine.translate("monthly revenue").sql.upper()
    if dialect == "mysql":
        assert "`Invoice`" in engine.translate("how many invoices").sql


def test_get_engine_caches_and_refreshes():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook not found at {CHINOOK}")
    url = f"sqlite:///{CHINOOK}"
    a = get_engine(url)
    assert get_engine(url) is a
    assert get_engine(url, refresh=True) is not a
    assert get_engine(url, include={"Genre": "*"}) is not get_engine(url)


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ("SELECT Name FROM Genre", "SELECT Name FROM Genre ORDER BY GenreId DESC", False),
        ("SELECT Name FROM Genre ORDER BY GenreId DESC", "SELECT Name FROM Genre ORDER BY GenreId DESC", True),
        ("SELECT Name FROM Genre ORDER BY Name", "SELECT Name FROM Genre", True),
        (
            "SELECT COUNT(*), Country FROM Customer GROUP BY Country",
            "SELECT Country, COUNT(*) FROM Customer GROUP BY 1",
            True,
        ),
        ("SELECT 1.0 * 3", "SELECT 3", True),
        ("SELECT Name FROM Artist", "SELECT Name FROM Genre", False),
        ("SELECT nonsense FROM nowhere", "SELECT 1", False),
        (None, "SELECT 1", False),
    ],
)
def test_execution_match(chinook, pred, gold, expected):
    sa_engine, _ = chinook
    assert execution_match(sa_engine, pred, gold) is expected
    assert execution_match(str(CHINOOK), pred, gold) is expected
