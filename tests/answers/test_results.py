"""to_table: one type per column, JSON-safe values, the truncated flag; column roles and titles."""

import datetime as dt
import json
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from datachat.services.results import COLUMN_TYPES, column_roles, humanize, is_table, to_table

NAN = float("nan")


@pytest.mark.parametrize(
    ("values", "dtype", "expected_type", "expected_values"),
    [
        ([1, 2, 3], None, "integer", [1, 2, 3]),
        ([1, None, 3], "Int64", "integer", [1, None, 3]),
        ([1.0, NAN, 3.0], None, "integer", [1, None, 3]),  # an integer column with NULLs
        ([1.5, NAN, float("inf")], None, "number", [1.5, None, None]),
        ([0.1, 0.2], None, "number", [0.1, 0.2]),
        ([True, False], None, "boolean", [True, False]),
        ([True, None], "object", "boolean", [True, None]),
        ([Decimal("12.50"), Decimal("3.10")], "object", "number", [12.5, 3.1]),
        ([Decimal("12"), Decimal("3")], "object", "integer", [12, 3]),
        ([Decimal("NaN"), Decimal("1.5")], "object", "number", [None, 1.5]),
        ([1, 2.5], "object", "number", [1, 2.5]),
        (["a", None, "b"], None, "string", ["a", None, "b"]),
        (["2024-01-31", "2025-12-01"], None, "date", ["2024-01-31", "2025-12-01"]),
        (["2024-01-31 09:30:00", None], None, "datetime", ["2024-01-31T09:30:00", None]),
        (["2024-01", "2024-02"], None, "string", ["2024-01", "2024-02"]),
        ([dt.date(2024, 1, 31), None], "object", "date", ["2024-01-31", None]),
        ([dt.datetime(2024, 1, 31, 9, 30)], "object", "datetime", ["2024-01-31T09:30:00"]),
        (
            [dt.date(2024, 1, 31), dt.datetime(2024, 2, 1, 8)],
            "object",
            "datetime",
            ["2024-01-31T00:00:00", "2024-02-01T08:00:00"],
        ),
        (pd.to_datetime(["2024-01-01", "2024-02-01"]), None, "date", ["2024-01-01", "2024-02-01"]),
        (pd.to_datetime(["2024-01-01 10:00", None]), None, "datetime", ["2024-01-01T10:00:00", None]),
        (pd.to_datetime(["2024-01-01 10:00"]).tz_localize("UTC"), None, "datetime", ["2024-01-01T10:00:00+00:00"]),
        ([b"\x01\xff"], "object", "string", ["\\x01ff"]),
        ([np.int64(5), np.float64(2.5)], "object", "number", [5, 2.5]),
        ([None, None], "object", "string", [None, None]),
        (["x", 1], "object", "string", ["x", "1"]),
        ([{"b": 1, "a": [1, 2]}, [1, "x"]], "object", "string", ['{"a": [1, 2], "b": 1}', '[1, "x"]']),
    ],
)
def test_column_types_and_values(values, dtype, expected_type, expected_values):
    series = pd.Series(values, dtype=dtype) if dtype else pd.Series(values)
    table = to_table(pd.DataFrame({"c": series}))
    assert table["columns"] == [{"name": "c", "type": expected_type}]
    assert [row[0] for row in table["rows"]] == expected_values
    assert expected_type in COLUMN_TYPES
    json.dumps(table, allow_nan=False)


def test_native_python_types_only():
    df = pd.DataFrame({"i": np.array([1, 2], dtype="int32"), "f": np.array([1.5, 2.5], dtype="float32")})
    for row in to_table(df)["rows"]:
        assert type(row[0]) is int and type(row[1]) is float


def test_truncated_flag_and_shape():
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    table = to_table(df, truncated=True)
    assert table == {
        "columns": [{"name": "a", "type": "integer"}, {"name": "b", "type": "string"}],
        "rows": [[1, "x"], [2, "y"]],
        "truncated": True,
    }
    assert to_table(df)["truncated"] is False
    assert is_table(table) and not is_table(df)


def test_duplicate_and_non_string_column_names_are_kept():
    df = pd.DataFrame([[1, 2, 3]], columns=["id", "id", 7])
    table = to_table(df)
    assert [c["name"] for c in table["columns"]] == ["id", "id", "7"]
    assert table["rows"] == [[1, 2, 3]]


def test_empty_results():
    assert to_table(pd.DataFrame({"a": pd.Series([], dtype="int64")}))["rows"] == []
    assert to_table(pd.DataFrame()) == {"columns": [], "rows": [], "truncated": False}


def test_real_query_types(query):
    df = query(
        "SELECT o.id, o.order_date, c.country, SUM(i.quantity * i.unit_price) AS revenue, "
        "o.status = 'refunded' AS refunded FROM orders o JOIN customers c ON c.id = o.customer_id "
        "JOIN order_items i ON i.order_id = o.id GROUP BY o.id LIMIT 5"
    )
    types = {c["name"]: c["type"] for c in to_table(df)["columns"]}
    # SQLite has no boolean type: a comparison comes back as 0/1 integers.
    assert types == {
        "id": "integer",
        "order_date": "date",
        "country": "string",
        "revenue": "number",
        "refunded": "integer",
    }


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("order_date", "Order date"),
        ("CustomerId", "Customer ID"),
        ("total_revenue", "Total revenue"),
        ("COUNT(*)", "Count"),
        ("SUM(i.quantity)", "Sum of quantity"),
        ("avg_unit_price", "Average unit price"),
        ("unitsSold", "Units sold"),
        ("revenue_pct", "Revenue %"),
        ("USA", "USA"),
        ("___", "___"),
    ],
)
def test_humanize(name, title):
    assert humanize(name) == title


@pytest.mark.parametrize(
    ("name", "type_", "values", "role", "unit"),
    [
        ("month", "string", ["2024-01", "2024-02"], "time", "month"),
        ("quarter", "string", ["2024-Q1", "2024-Q2"], "time", "quarter"),
        ("week", "string", ["2024-W01", "2024-W02"], "time", "week"),
        ("year", "integer", [2024, 2025], "time", "year-number"),
        ("orders", "integer", [2024, 2025], "measure", None),
        ("day", "date", ["2024-01-05", "2024-01-06"], "time", "day"),
        ("month_start", "date", ["2024-01-01", "2024-02-01"], "time", "month"),
        ("year_start", "date", ["2024-01-01", "2025-01-01"], "time", "year"),
        ("at", "datetime", ["2024-01-01T10:00:00", "2024-01-01T11:00:00"], "time", "datetime"),
        ("customer_id", "integer", [1, 2], "category", None),
        ("country", "string", ["France", "Peru"], "category", None),
        ("note", "string", ["x" * 60, "y" * 50], "text", None),
        ("revenue", "number", [1.5, 2.5], "measure", None),
        ("flag", "boolean", [True, False], "category", None),
    ],
)
def test_column_roles(name, type_, values, role, unit):
    table = {"columns": [{"name": name, "type": type_}], "rows": [[v] for v in values], "truncated": False}
    (found,) = column_roles(table)
    assert (found.role, found.time_unit) == (role, unit)
