"""Replace every exposed-table reference by a derived table that shows only what the policy allows.

``FROM Invoice i`` becomes ``FROM (SELECT * FROM "Invoice" WHERE "CustomerId" = 5) AS i``, and a
table exposed with a column list becomes ``(SELECT "CustomerId", "Country" FROM "Customer")``. The
replacement happens at the reference itself, wherever it is (FROM, JOIN, subquery, CTE, UNION
branch, either side of an outer join, each side of a self-join), so no predicate the query adds
(``OR 1=1``), no alias and no join type can widen it: the other rows and columns are simply not in
the relation the query reads.
"""

from __future__ import annotations

from sqlglot import exp

from sql_safety.policy import Policy
from sql_safety.rules.enforce_allowlist import Analysis

__all__ = ["add_tenant_filter", "filter_literal"]


def filter_literal(value: int | float | str) -> exp.Expr:
    """Build the literal node for a row-filter value (the generator escapes it per dialect).

    Args:
        value: an int, float or str from the policy.

    Returns:
        A literal expression.

    >>> filter_literal("O'Brien").sql()
    "'O''Brien'"
    >>> filter_literal(5).sql(), filter_literal(-2.5).sql()
    ('5', '-2.5')
    """
    if isinstance(value, str):
        return exp.Literal.string(value)
    if value < 0:
        return exp.Neg(this=exp.Literal.number(repr(-value)))
    return exp.Literal.number(repr(value))


def _quoted(name: str) -> exp.Identifier:
    return exp.Identifier(this=name, quoted=True)


def _table(table: str, db: exp.Identifier | None) -> exp.Table:
    # The schema the query named (only a default schema gets this far) is kept: in SQLite a CTE
    # named like the table hides the bare name, and `main.Invoice` is how the query avoided that.
    return exp.Table(this=_quoted(table), db=db.copy() if db is not None else None)


def _restricted(table: str, db: exp.Identifier | None, policy: Policy) -> exp.Select:
    allowed = policy.exposed_columns(table)
    projection = [exp.Star()] if allowed is None else [exp.Column(this=_quoted(c)) for c in allowed]
    select = exp.Select(expressions=projection, from_=exp.From(this=_table(table, db)))
    spec = policy.row_filters.get(table)
    if spec is not None:
        condition = exp.EQ(
            this=exp.Column(this=_quoted(spec.column), table=_quoted(table)),
            expression=filter_literal(spec.value),
        )
        select.set("where", exp.Where(this=condition))
    return select


def add_tenant_filter(expression: exp.Expr, policy: Policy, analysis: Analysis) -> exp.Expr:
    """Scope every exposed table to its exposed columns and, when filtered, its tenant's rows.

    Args:
        expression: a query checked by :func:`enforce_allowlist`.
        policy: the policy with ``tables`` and ``row_filters``.
        analysis: from :func:`enforce_allowlist`; its ``table_refs`` are rewritten in place.

    Returns:
        The rewritten expression.

    >>> import sqlglot
    >>> from sql_safety.rules.enforce_allowlist import enforce_allowlist
    >>> p = Policy.from_dict({"dialect": "sqlite", "tables": {"Invoice": "*"},
    ...                       "row_filters": {"Invoice": {"column": "CustomerId", "value": 5}}})
    >>> a = Analysis()
    >>> tree = enforce_allowlist(sqlglot.parse_one("SELECT Total FROM Invoice i"), p, a)
    >>> add_tenant_filter(tree, p, a).sql("sqlite")
    'SELECT Total FROM (SELECT * FROM "Invoice" WHERE "Invoice"."CustomerId" = 5) AS i'
    """
    for node, table in analysis.table_refs:
        wrap = policy.tables[table] is not None or table in policy.row_filters
        alias = node.args.get("alias")
        if alias is None or not alias.this:
            ident: exp.Identifier = node.this
            # Keep the name the query uses for the table, so `Invoice.Total` still resolves.
            alias = exp.TableAlias(this=ident.copy()) if wrap or ident.name != table else None
        else:
            alias = alias.copy()
        if wrap:
            replacement: exp.Expr = exp.Subquery(
                this=_restricted(table, node.args.get("db"), policy), alias=alias
            )
        else:
            replacement = _table(table, node.args.get("db"))
            replacement.set("alias", alias)
        node.replace(replacement)
    return expression
