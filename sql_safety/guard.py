"""The driver: parse -> reject -> qualify -> rewrite -> generate (and verify the text).

``check`` parses the text once in the policy's dialect, runs the :data:`RULES` in order on that
private tree (the caller's input is never touched), and renders the result in the same dialect.
Each rule is a pure function; the driver passes it only the keyword arguments it declares
(``dialect``, ``policy``, ``analysis``, ``max_rows``, ``nodes``), like sqlglot's optimizer does.
``nodes`` lists the parsed tree once for the rules that only read it; rewriting rules run after
them and must not rely on it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, ParseError, TokenError

from sql_safety.errors import ParseFailed, SqlSafetyError, StatementNotAllowed
from sql_safety.policy import Policy
from sql_safety.render import render
from sql_safety.rules import (
    Analysis,
    add_tenant_filter,
    enforce_allowlist,
    enforce_row_limit,
    reject_unsafe_constructs,
    reject_writes,
)
from sql_safety.tree import all_nodes

__all__ = ["RULES", "SafeQuery", "check", "rewrite"]

#: The rules, in the order they run. Rejecting rules come first, rewriting rules last.
RULES: tuple[Callable[..., exp.Expr], ...] = (
    reject_writes,             # one read-only query: no DML/DDL, INTO, FOR UPDATE, RECURSIVE
    reject_unsafe_constructs,  # node-type and function allowlists
    enforce_allowlist,         # tables and columns, resolved through every scope
    add_tenant_filter,         # every exposed table -> its exposed columns and tenant rows
    enforce_row_limit,         # the outermost LIMIT <= max_rows
)


@dataclass(frozen=True)
class SafeQuery:
    """A statement that passed the guard.

    Attributes:
        sql: the rewritten, safe SQL in ``dialect``, ready to execute.
        tables: policy names of the tables it reads.
        columns: ``(table, column)`` pairs it reads; ``(table, "*")`` when ``*`` covers a table
            exposed with ``"*"`` (its column names are not known to the policy).
        dialect: the dialect ``sql`` is written in.
    """

    sql: str
    tables: frozenset[str]
    columns: frozenset[tuple[str, str]]
    dialect: str

    def __str__(self) -> str:
        return self.sql


@cache
def _dialect(name: str) -> Dialect:
    return Dialect.get_or_raise(name)


@cache
def _parameters(rule: Callable[..., exp.Expr]) -> tuple[str, ...]:
    return tuple(inspect.signature(rule).parameters)[1:]


_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL", "duckdb": "DuckDB", "mysql": "MySQL",
          "clickhouse": "ClickHouse", "trino": "Trino", "bigquery": "BigQuery", "snowflake": "Snowflake"}


def _parse(sql: str, dialect: Dialect, dialect_name: str) -> exp.Expr:
    if not isinstance(sql, str) or not sql.strip():
        raise ParseFailed("the query is empty")
    try:
        statements = [s for s in dialect.parse(sql, error_level=ErrorLevel.RAISE) if s is not None]
    except ParseError as error:
        first = error.errors[0] if error.errors else {}
        description = str(first.get("description") or "invalid syntax").splitlines()[0]
        if "<class" in description or "Required keyword" in description:
            description = "incomplete expression"
        near = " ".join(str(first.get("highlight") or "").split())[:40]
        where = f" near '{near}'" if near else ""
        if first.get("line") is not None:
            where += f" (line {first['line']}, column {first.get('col')})"
        raise ParseFailed(
            f"the query does not parse as {_NAMES[dialect_name]} SQL: {description}{where}",
            line=first.get("line"),
            col=first.get("col"),
            errors=list(error.errors),
        ) from None
    except TokenError as error:
        message = " ".join(str(error).split())[:120]
        raise ParseFailed(f"the query does not parse as {_NAMES[dialect_name]} SQL: {message}") from None
    if len(statements) != 1:
        raise ParseFailed(f"exactly one statement is allowed, got {len(statements)}")
    statement = statements[0]
    # `(SELECT ...)` on its own is the same query.
    while isinstance(statement, exp.Subquery) and set(statement.args) <= {"this"} | {
        k for k, v in statement.args.items() if not v
    }:
        statement = statement.this
    return statement


def check(
    sql: str,
    policy: Policy,
    *,
    on_table: Callable[[str, frozenset[str]], None] | None = None,
) -> SafeQuery:
    """Prove a statement safe under ``policy`` and rewrite it, or reject it.

    Args:
        sql: one SQL statement in ``policy.dialect``.
        policy: what may be read (see :class:`~sql_safety.policy.Policy`).
        on_table: called once per table read, after the statement passed, with the table's policy
            name and the columns read from it (for audit logs).

    Returns:
        A :class:`SafeQuery`. Raises a :class:`~sql_safety.errors.SqlSafetyError` subclass with a
        one-sentence ``reason`` when the statement is rejected.

    >>> p = Policy.from_dict({"dialect": "sqlite", "tables": {"Customer": ["CustomerId", "Country"]},
    ...                       "max_rows": 100})
    >>> print(check('SELECT "Country", COUNT(*) AS n FROM "Customer" GROUP BY "Country"', p).sql)
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT "Country", COUNT(*) AS n FROM (SELECT "CustomerId", "Country" FROM "Customer") AS "Customer"
    GROUP BY "Country" LIMIT 100
    >>> check("SELECT Email FROM Customer", p)
    Traceback (most recent call last):
    sql_safety.errors.ColumnNotAllowed: column Customer.Email is not exposed
    """
    if not isinstance(policy, Policy):
        raise TypeError("check() needs a sql_safety.Policy; build one with Policy.from_dict()")
    dialect = _dialect(policy.dialect)
    expression = _parse(sql, dialect, policy.dialect)
    analysis = Analysis()
    options = {
        "nodes": all_nodes(expression),  # the parsed tree's nodes, for the read-only rules
        "dialect": policy.dialect,
        "policy": policy,
        "analysis": analysis,
        "max_rows": policy.max_rows,
    }
    try:
        for rule in RULES:
            expression = rule(expression, **{name: options[name] for name in _parameters(rule)})
        text = render(expression, dialect)
    except SqlSafetyError:
        raise
    except RecursionError:
        raise ParseFailed("the query is nested too deeply") from None
    except sqlglot.errors.SqlglotError as error:
        reason = " ".join(str(error).split())
        raise StatementNotAllowed(f"the query cannot be rewritten safely: {reason}") from None
    columns = frozenset(analysis.columns)
    if on_table is not None:
        for table in sorted(analysis.tables):
            on_table(table, frozenset(c for t, c in columns if t == table))
    return SafeQuery(text, frozenset(analysis.tables), columns, policy.dialect)


def rewrite(sql: str, policy: Policy) -> str:
    """Return only the rewritten SQL of :func:`check`.

    Args:
        sql: one SQL statement in ``policy.dialect``.
        policy: the policy to enforce.

    Returns:
        The safe SQL text.

    >>> rewrite("SELECT 1", Policy.from_dict({"dialect": "sqlite", "tables": {"T": "*"}, "max_rows": 5}))
    'SELECT 1 LIMIT 5'
    """
    return check(sql, policy).sql
