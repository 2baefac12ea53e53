"""The engine's SQL in warehouse dialects: generate in a close base dialect, let sqlglot rewrite it.

The planner writes SQLite, PostgreSQL, DuckDB and MySQL itself. ClickHouse gets MySQL-flavoured SQL
(date buckets as ``'2024-01'`` labels, like SQLite's), Trino, BigQuery and Snowflake PostgreSQL-flavoured
SQL (``DATE_TRUNC``/``EXTRACT``), transpiled by sqlglot so quoting and functions come out in the
target's own spelling.

    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> s = Schema(tables=[Table("Invoice", [Column("InvoiceId", "integer", primary_key=True),
    ...            Column("InvoiceDate", "datetime"), Column("Total", "number")], ["InvoiceId"])])
    >>> engine = transpiling(s, "trino")
    >>> engine.translate("total by year").sql  # doctest: +ELLIPSIS
    'SELECT EXTRACT(YEAR FROM "InvoiceDate") AS "year", SUM("Total") AS "total" FROM "Invoice" ...'
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlglot
from sqlglot.errors import SqlglotError

from .engine import DIALECTS, SemanticEngine, Translation
from .schema import Schema
from .values import ValueIndex

__all__ = ["BASE_DIALECT", "TranspilingEngine", "base_dialect", "transpile", "transpiling"]

#: Target dialect -> the dialect the planner writes before sqlglot rewrites it.
BASE_DIALECT = {"clickhouse": "mysql", "trino": "postgres", "bigquery": "postgres", "snowflake": "postgres"}


def base_dialect(dialect: str) -> str:
    """The dialect the planner writes for ``dialect`` (itself when the planner knows it)."""
    return dialect if dialect in DIALECTS else BASE_DIALECT.get(dialect, "postgres")


def transpile(sql: str, source: str, target: str) -> str:
    """``sql`` rewritten from ``source`` to ``target`` by sqlglot (unchanged when they are equal)."""
    if source == target:
        return sql
    return sqlglot.transpile(sql, read=source, write=target, identify=False)[0]


class TranspilingEngine:
    """A :class:`SemanticEngine` whose SQL is transpiled to ``dialect``; everything else is delegated."""

    def __init__(self, engine: SemanticEngine, dialect: str) -> None:
        self.inner = engine
        self.dialect = dialect

    def translate(self, question: str, *args: Any, **kwargs: Any) -> Translation:
        result = self.inner.translate(question, *args, **kwargs)
        if not result.sql:
            return result
        try:
            sql = transpile(result.sql, self.inner.dialect, self.dialect)
        except SqlglotError as exc:
            return dataclasses.replace(result, sql=None, error=f"the query cannot be written in {self.dialect}: {exc}")
        return dataclasses.replace(result, sql=sql)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def transpiling(schema: Schema, dialect: str, values: ValueIndex | None = None, **options: Any):
    """The engine for ``dialect``: a plain :class:`SemanticEngine` or one wrapped in a transpiler."""
    engine = SemanticEngine(schema, dialect=base_dialect(dialect), values=values, **options)
    return engine if engine.dialect == dialect else TranspilingEngine(engine, dialect)
