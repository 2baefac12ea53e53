"""Reject every statement that is not a plain read-only query."""

from __future__ import annotations

from sqlglot import exp

from sql_safety.errors import NothingSelected, StatementNotAllowed
from sql_safety.tree import all_nodes

__all__ = ["QUERY_ROOTS", "reject_writes"]

#: Statement kinds that may reach a data source.
QUERY_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Values)

_WRITE_NODES = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter,
                exp.Command, exp.Into, exp.Lock, exp.Set, exp.Use, exp.Copy, exp.Pragma,
                exp.Transaction, exp.Commit, exp.Rollback, exp.Attach, exp.Detach, exp.TruncateTable,
                exp.Grant, exp.Cache, exp.Uncache, exp.LoadData, exp.Describe, exp.Kill, exp.Analyze)


def _kind(node: exp.Expr) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return node.key.upper().replace("_", " ")


def reject_writes(expression: exp.Expr, nodes: list[exp.Expr] | None = None) -> exp.Expr:
    """Accept only SELECT / WITH / UNION / INTERSECT / EXCEPT / VALUES queries.

    Rejects a SELECT that selects nothing (its own code, ``nothing_selected``), DML and DDL anywhere
    in the tree (including data-modifying CTEs), ``SELECT ... INTO``,
    ``FOR UPDATE`` / ``FOR SHARE`` and ``WITH RECURSIVE`` (unbounded work, never needed to answer
    an analyst's question).

    Args:
        expression: the parsed statement.
        nodes: ``all_nodes(expression)`` when the caller already has it.

    Returns:
        The same expression, unchanged.

    >>> import sqlglot
    >>> reject_writes(sqlglot.parse_one("SELECT 1")).sql()
    'SELECT 1'
    >>> reject_writes(sqlglot.parse_one("DELETE FROM t"))
    Traceback (most recent call last):
    sql_safety.errors.StatementNotAllowed: only read-only queries are allowed, not DELETE
    """
    if isinstance(expression, exp.Subquery):
        raise StatementNotAllowed("put ORDER BY / LIMIT inside the parentheses of the query")
    if not isinstance(expression, QUERY_ROOTS):
        raise StatementNotAllowed(f"only read-only queries are allowed, not {_kind(expression)}")
    for node in nodes if nodes is not None else all_nodes(expression):
        if isinstance(node, exp.Into):
            raise StatementNotAllowed("SELECT ... INTO is not allowed; it writes a table")
        if isinstance(node, exp.Lock):
            raise StatementNotAllowed("FOR UPDATE / FOR SHARE is not allowed; it locks rows")
        if isinstance(node, _WRITE_NODES):
            if node.find_ancestor(exp.CTE):
                raise StatementNotAllowed(
                    f"data-modifying CTEs are not allowed ({_kind(node)} inside WITH)"
                )
            raise StatementNotAllowed(f"only read-only queries are allowed, not {_kind(node)}")
        if isinstance(node, exp.With) and node.args.get("recursive"):
            raise StatementNotAllowed("WITH RECURSIVE is not allowed")
        if isinstance(node, exp.Select) and not node.expressions:
            raise NothingSelected("the query selects nothing; name the columns or values to return")
    return expression
