"""Cap the number of rows the statement returns."""

from __future__ import annotations

from sqlglot import exp

from sql_safety.errors import LimitNotAllowed

__all__ = ["enforce_row_limit"]


def _whole_number(node: exp.Expr | None, what: str) -> int | None:
    if node is None:
        return None
    negative = False
    if isinstance(node, exp.Neg):
        negative, node = True, node.this
    if isinstance(node, exp.Paren):
        return _whole_number(node.this, what) if not negative else None
    if isinstance(node, exp.Literal) and not node.is_string and node.this.isdigit():
        return -int(node.this) if negative else int(node.this)
    if isinstance(node, exp.Var) and node.name.upper() == "ALL" and what == "LIMIT":
        return -1  # LIMIT ALL: no limit
    if isinstance(node, exp.Null) and what == "LIMIT":
        return -1  # PostgreSQL: LIMIT NULL means no limit
    raise LimitNotAllowed(f"{what} must be a whole number, not {node.sql()}")


def enforce_row_limit(expression: exp.Expr, max_rows: int) -> exp.Expr:
    """Make the statement return at most ``max_rows`` rows, keeping its ORDER BY and OFFSET.

    The outermost LIMIT is clamped to ``min(LIMIT, max_rows)`` (a negative LIMIT, ``LIMIT ALL`` and
    ``LIMIT NULL`` mean "no limit" and become ``max_rows``); a statement without one gets
    ``LIMIT max_rows``. A bare VALUES list is wrapped in ``SELECT * FROM (VALUES ...)`` first.

    Args:
        expression: the rewritten query.
        max_rows: the policy's row cap.

    Returns:
        The capped expression.

    >>> import sqlglot
    >>> enforce_row_limit(sqlglot.parse_one("SELECT a FROM t ORDER BY a LIMIT 5000"), 100).sql()
    'SELECT a FROM t ORDER BY a LIMIT 100'
    >>> enforce_row_limit(sqlglot.parse_one("SELECT 1 UNION SELECT 2"), 10).sql()
    'SELECT 1 UNION SELECT 2 LIMIT 10'
    """
    if isinstance(expression, exp.Values):
        expression = exp.Select(expressions=[exp.Star()]).from_(
            exp.Subquery(this=expression, alias=exp.TableAlias(this=exp.to_identifier("_values"))),
            copy=False,
        )
    offset = expression.args.get("offset")
    if offset is not None:
        value = _whole_number(offset.expression, "OFFSET")
        if value is not None and value < 0:
            raise LimitNotAllowed("OFFSET must not be negative")
    limit = expression.args.get("limit")
    current: int | None = None
    if isinstance(limit, exp.Fetch):
        options = limit.args.get("limit_options")
        if options is not None and (options.args.get("percent") or options.args.get("with_ties")):
            raise LimitNotAllowed("FETCH ... PERCENT / WITH TIES is not allowed; use LIMIT n")
        count = limit.args.get("count")
        current = 1 if count is None else _whole_number(count, "FETCH")
    elif isinstance(limit, exp.Limit):
        if limit.args.get("offset") is not None or limit.args.get("expressions"):
            raise LimitNotAllowed("LIMIT must be a single whole number")
        current = _whole_number(limit.expression, "LIMIT")
    elif limit is not None:
        raise LimitNotAllowed(f"LIMIT must be a whole number, not {limit.sql()}")
    if current is not None and 0 <= current <= max_rows:
        return expression
    expression.set("limit", exp.Limit(expression=exp.Literal.number(max_rows)))
    return expression
