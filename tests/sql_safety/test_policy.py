"""Policy validation and identifier matching."""

from __future__ import annotations

import dataclasses

import pytest

from sql_safety import Policy, PolicyError, SqlSafetyError, TableNotAllowed, check


def make(**overrides):
    data = {"dialect": "sqlite", "tables": {"Invoice": "*"}, "max_rows": 10}
    data.update(overrides)
    return Policy.from_dict(data)


def test_policy_is_frozen():
    policy = make()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_rows = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.tables["Other"] = None  # type: ignore[index]


def test_defaults():
    policy = Policy.from_dict({"dialect": "SQLite", "tables": {"T": ["a", "b"]}})
    assert policy.dialect == "sqlite" and policy.max_rows == 1000
    assert policy.tables["T"] == frozenset({"a", "b"}) and dict(policy.row_filters) == {}


def test_postgresql_alias():
    assert make(dialect="postgresql").dialect == "postgres"


@pytest.mark.parametrize(
    "overrides",
    [
        {"dialect": "oracle"},
        {"dialect": None},
        {"tables": {}},
        {"tables": []},
        {"tables": {"T": "a"}},
        {"tables": {"T": []}},
        {"tables": {"T": [1]}},
        {"tables": {"": "*"}},
        {"tables": {"main.T": "*"}},
        {"tables": {"T": "*", "t": "*"}},
        {"tables": {"sqlite_master": "*"}},
        {"tables": {"pg_user": "*"}},
        {"tables": {"information_schema": "*"}},
        {"max_rows": 0},
        {"max_rows": -5},
        {"max_rows": 2.5},
        {"max_rows": True},
        {"max_rows": "10"},
        {"row_filters": {"Other": {"column": "a", "value": 1}}},
        {"row_filters": {"Invoice": {"column": "a"}}},
        {"row_filters": {"Invoice": {"column": "", "value": 1}}},
        {"row_filters": {"Invoice": {"column": "a", "value": None}}},
        {"row_filters": {"Invoice": {"column": "a", "value": True}}},
        {"row_filters": {"Invoice": {"column": "a", "value": [1, 2]}}},
        {"row_filters": {"Invoice": {"column": "a", "value": float("nan")}}},
        {"row_filters": {"Invoice": {"column": "a", "value": 1, "op": "<"}}},
        {"row_filters": ["Invoice"]},
        {"surprise": 1},
    ],
)
def test_bad_policy_raises_policy_error(overrides):
    with pytest.raises(PolicyError) as caught:
        make(**overrides)
    assert isinstance(caught.value, SqlSafetyError) and caught.value.reason


def test_from_dict_needs_a_mapping():
    with pytest.raises(PolicyError):
        Policy.from_dict(["sqlite"])  # type: ignore[arg-type]


def test_row_filter_table_matches_like_the_dialect():
    assert set(make(row_filters={"invoice": {"column": "CustomerId", "value": 1}}).row_filters) == {"Invoice"}


@pytest.mark.parametrize(
    ("dialect", "tables", "sql", "ok"),
    [
        ("sqlite", {"Invoice": "*"}, "SELECT 1 FROM invoice", True),
        ("sqlite", {"Invoice": "*"}, 'SELECT 1 FROM "INVOICE"', True),
        ("mysql", {"Invoice": "*"}, "SELECT 1 FROM INVOICE", True),
        ("duckdb", {"Invoice": "*"}, 'SELECT 1 FROM "invoice"', True),
        ("postgres", {"invoice": "*"}, "SELECT 1 FROM Invoice", True),     # folds to invoice
        ("postgres", {"invoice": "*"}, 'SELECT 1 FROM "invoice"', True),
        ("postgres", {"invoice": "*"}, 'SELECT 1 FROM "Invoice"', False),  # quoted is exact
        ("postgres", {"Invoice": "*"}, 'SELECT 1 FROM "Invoice"', True),
        ("postgres", {"Invoice": "*"}, "SELECT 1 FROM Invoice", False),
    ],
)
def test_table_names_match_like_the_dialect(dialect, tables, sql, ok):
    policy = Policy.from_dict({"dialect": dialect, "tables": tables})
    if ok:
        assert check(sql, policy).tables == frozenset(tables)
    else:
        with pytest.raises(TableNotAllowed):
            check(sql, policy)


def test_postgres_columns_match_like_the_server():
    policy = Policy.from_dict({"dialect": "postgres", "tables": {"customer": ["first_name", "Mixed"]}})
    assert check('SELECT first_name, "Mixed" FROM customer', policy).columns == {
        ("customer", "first_name"), ("customer", "Mixed")}
    with pytest.raises(SqlSafetyError):
        check("SELECT Mixed FROM customer", policy)   # folds to mixed
