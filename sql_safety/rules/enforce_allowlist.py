"""Check every table and column reference against the policy's allowlist.

References are resolved the way the database resolves them: through table aliases, derived tables
(subqueries in FROM), CTEs (which shadow tables of the same name), USING joins, correlated
subqueries (inner scope first, then each enclosing scope) and output-column aliases (ORDER BY
"count"). A reference the guard cannot tie to an exposed column is rejected with a sentence that
names it.

This rule is the *explanation* layer. The *guarantee* comes from :func:`add_tenant_filter`, which
replaces every exposed table that has a column list or a row filter by a derived table selecting
only the exposed columns and only the tenant's rows, so even a reference this rule resolved
differently from the database can never reach a hidden column or another tenant's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

from sql_safety.errors import ColumnNotAllowed, ConstructNotAllowed, TableNotAllowed
from sql_safety.policy import CATALOG_SCHEMAS, DEFAULT_SCHEMAS, Policy, is_system_catalog
from sql_safety.rules.reject_unsafe_constructs import where
from sql_safety.tree import all_nodes

__all__ = ["Analysis", "enforce_allowlist"]

#: Bare keywords that the server evaluates as session functions although sqlglot reads a column.
_SPECIAL_VALUES = {
    "postgres": frozenset({"user", "current_role", "current_user", "session_user", "system_user",
                           "current_schema", "current_catalog"}),
    "duckdb": frozenset({"current_role", "current_user", "session_user", "current_schema",
                         "current_catalog", "user"}),
}

#: SELECT clauses the resolver understands; anything else (SAMPLE, PREWHERE, CONNECT BY, hints ...)
#: is rejected rather than passed through unchecked.
_SELECT_ARGS = {"with_", "expressions", "distinct", "from_", "joins", "where", "group", "having",
                "qualify", "windows", "order", "limit", "offset"}
_JOIN_ARGS = {"this", "on", "side", "kind", "using", "method"}

_QUERY_NODES = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.Values)


@dataclass
class Analysis:
    """What :func:`enforce_allowlist` learned about a statement, for the rules after it."""

    #: Policy names of the tables the statement reads.
    tables: set[str] = field(default_factory=set)
    #: ``(table, column)`` pairs it reads; ``(table, "*")`` when ``*`` covers a fully exposed table.
    columns: set[tuple[str, str]] = field(default_factory=set)
    #: Every ``exp.Table`` node that names a policy table, with that table's policy name.
    table_refs: list[tuple[exp.Table, str]] = field(default_factory=list)


class _Source:
    """One FROM item: a policy table (``table`` set) or a derived table / CTE (``table`` None)."""

    __slots__ = ("table", "allowed", "outputs", "label")

    def __init__(self, table, allowed, outputs, label):
        self.table = table          # policy name, or None for derived tables and CTEs
        self.allowed = allowed      # frozenset of exposed columns, or None for "*"
        self.outputs = outputs      # normalized output names of a derived table, None if unknown
        self.label = label          # how to name it in messages


class _Scope:
    __slots__ = ("sources", "aliases")

    def __init__(self):
        self.sources: dict[str, _Source] = {}
        self.aliases: set[str] = set()


class _Checker:
    def __init__(self, policy: Policy, analysis: Analysis) -> None:
        self.policy = policy
        self.analysis = analysis
        self.norm = policy.normalize_identifier
        self.seen: set[int] = set()  # ids of the exp.Table nodes resolved as a table or a CTE

    def cte_key(self, name: str, quoted: bool) -> str:
        """How a CTE name is matched. MySQL may compare CTE names case-sensitively, so there a
        reference counts as the CTE only when it is spelled exactly the same: the other way
        round a reference the server reads as the real table would escape the tenant filter."""
        return name if self.policy.dialect == "mysql" else self.norm(name, quoted)

    # -- queries -------------------------------------------------------------------------------

    def query(self, q: exp.Expr, outer: list[_Scope], ctes: dict[str, set[str] | None]):
        """Check one query node; return its normalized output column names (None if unknown)."""
        if isinstance(q, exp.Subquery):
            if not isinstance(q.this, _QUERY_NODES):
                raise ConstructNotAllowed(
                    "parenthesized joins are not allowed; remove the parentheses around the join",
                    **where(q),
                )
            _only_args(q, {"this", "alias", "order", "limit", "offset", "with_"})
            outputs = self.query(q.this, outer, ctes)
            self.loose(q, outer, ctes, skip=("this", "alias"))
            return outputs
        if isinstance(q, exp.Values):
            # VALUES rows may correlate with enclosing queries; check them like a select list.
            scope = _Scope()
            self.scan(q, scope, [scope, *outer], ctes, projection=True, root=False)
            return None
        ctes = self.with_(q, outer, ctes)
        if isinstance(q, exp.Select):
            return self.select(q, outer, ctes)
        if isinstance(q, exp.Union | exp.Intersect | exp.Except):
            _only_args(q, {"this", "expression", "with_", "distinct", "by_name", "side", "kind",
                           "order", "limit", "offset"})
            left = self.query(q.this, outer, ctes)
            self.query(q.expression, outer, ctes)
            # ORDER BY / LIMIT of a set operation can only name its output columns, which the
            # branches already checked; only nested queries there need checking.
            self.loose(q, outer, ctes, skip=("this", "expression", "with_"))
            return left
        raise ConstructNotAllowed(f"{q.key.upper()} is not allowed as a query", **where(q))

    def with_(self, q: exp.Expr, outer, ctes):
        with_ = q.args.get("with_")
        if not with_:
            return ctes
        ctes = dict(ctes)
        for cte in with_.expressions:
            outputs = self.query(cte.this, outer, ctes)
            alias = cte.args.get("alias")
            if alias is not None and alias.columns:
                outputs = {self.norm(c.name, c.quoted) for c in alias.columns}
            ctes[self.cte_key(cte.alias_or_name, _quoted(alias))] = outputs
        return ctes

    def loose(self, node: exp.Expr, outer, ctes, skip: tuple[str, ...]) -> None:
        """Check the queries nested in ``node``'s arguments (other than ``skip``); ignore columns."""
        for key, value in node.args.items():
            if key in skip or not value:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, exp.Expr):
                    for sub in _nested(child):
                        if not isinstance(sub, exp.Column):
                            self.query(sub, outer, ctes)

    def select(self, q: exp.Select, outer: list[_Scope], ctes) -> set[str] | None:
        _only_args(q, _SELECT_ARGS)
        scope = _Scope()
        from_ = q.args.get("from_")
        joins = q.args.get("joins") or []
        if from_ is not None:
            self.source(from_.this, scope, outer, ctes)
        for join in joins:
            _only_args(join, _JOIN_ARGS)
            left = list(scope.sources.values())
            right = self.source(join.this, scope, outer, ctes)
            for ident in join.args.get("using") or []:
                self.using(ident, left, right)
        for projection in q.expressions:
            if isinstance(projection, exp.Alias):
                alias = projection.args.get("alias")
                scope.aliases.add(self.norm(alias.name, alias.quoted))
        chain = [scope, *outer]
        for key, value in q.args.items():
            if key in ("with_", "from_") or not value:
                continue
            if key == "joins":
                for join in value:
                    for jkey, jvalue in join.args.items():
                        if jkey not in ("this", "using") and isinstance(jvalue, exp.Expr):
                            self.scan(jvalue, scope, chain, ctes)
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, exp.Expr):
                    self.scan(child, scope, chain, ctes, projection=key == "expressions")
        return self.outputs(q, scope, chain)

    def outputs(self, q: exp.Select, scope: _Scope, chain: list[_Scope]) -> set[str] | None:
        """The normalized output column names of a SELECT, or None when they are not known."""
        outputs: set[str] = set()
        for projection in q.expressions:
            if isinstance(projection, exp.Star) or (
                isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
            ):
                table = projection.args.get("table") if isinstance(projection, exp.Column) else None
                sources = list(scope.sources.values()) if table is None else [self.lookup(table, chain)]
                for source in sources:
                    if source is None:
                        return None
                    if source.table is not None:
                        if source.allowed is None:
                            return None
                        outputs.update(self.policy.normalize_name(c) for c in source.allowed)
                    elif source.outputs is None:
                        return None
                    else:
                        outputs.update(source.outputs)
                continue
            name = projection.alias_or_name
            if not name:
                return None
            ident = projection.args.get("alias") if isinstance(projection, exp.Alias) else projection.this
            outputs.add(self.norm(name, _quoted(ident)))
        return outputs

    def scan(self, node: exp.Expr, scope: _Scope, chain: list[_Scope], ctes, projection=False,
             root=True) -> None:
        for sub in _nested(node, root):
            if isinstance(sub, exp.Column):
                self.column(sub, scope, chain, projection)
            elif isinstance(sub, exp.Star):
                self.star(None, scope, chain, sub)
            else:
                self.query(sub, chain, ctes)

    # -- sources -------------------------------------------------------------------------------

    def source(self, node: exp.Expr, scope: _Scope, outer, ctes) -> _Source:
        alias = node.args.get("alias")
        if isinstance(node, exp.Table):
            source, default_name = self.table(node, ctes)
            ident = alias.this if alias is not None and alias.this else default_name
        elif isinstance(node, exp.Subquery | exp.Values):
            outputs = self.query(node, outer, ctes)
            if alias is not None and alias.columns:
                outputs = {self.norm(c.name, c.quoted) for c in alias.columns}
            ident = alias.this if alias is not None and alias.this else None
            source = _Source(None, None, outputs, ident.name if ident is not None else "subquery")
        else:
            raise ConstructNotAllowed(f"{node.key.upper()} is not allowed in FROM", **where(node))
        key = self.norm(ident.name, ident.quoted) if ident is not None else f"#{len(scope.sources)}"
        if key in scope.sources:
            raise ConstructNotAllowed(
                f"{ident.name} names two tables in one FROM clause; give each its own alias", **where(node)
            )
        scope.sources[key] = source
        return source

    def table(self, node: exp.Table, ctes) -> tuple[_Source, exp.Identifier]:
        ident: exp.Identifier = node.this
        name = ident.name
        if node.args.get("catalog") is not None:
            raise TableNotAllowed(f"table {node.sql(self.policy.dialect)} is not exposed", **where(node))
        for key in ("joins", "laterals", "pivots", "hints", "system_time", "version", "sample",
                    "partition", "changes", "rows_from", "when", "ordinality", "format", "pattern"):
            if node.args.get(key):
                raise ConstructNotAllowed(
                    f"{key.replace('_', ' ').upper()} on table {name} is not allowed", **where(node)
                )
        db = node.args.get("db")
        if db is not None:
            if db.name.lower() in CATALOG_SCHEMAS or is_system_catalog(db.name) or is_system_catalog(name):
                raise TableNotAllowed(f"system catalog {db.name}.{name} is never exposed", **where(node))
            if db.name.lower() not in DEFAULT_SCHEMAS[self.policy.dialect]:
                raise TableNotAllowed(f"table {db.name}.{name} is not exposed", **where(node))
        elif self.cte_key(name, ident.quoted) in ctes:
            self.seen.add(id(node))
            return _Source(None, None, ctes[self.cte_key(name, ident.quoted)], name), ident
        table = self.policy.table_named(name, ident.quoted)
        if table is None:
            if is_system_catalog(name):
                raise TableNotAllowed(f"system catalog {name} is never exposed", **where(node))
            hint = self.policy.suggest_table(name)
            folds = self.policy.dialect in ("postgres", "snowflake") and not ident.quoted
            shown = self.policy.normalize_identifier(name, False) if folds else name
            reason = f"table {shown} is not exposed"
            fold = {"postgres": "PostgreSQL folds unquoted names to lower case",
                    "snowflake": "Snowflake folds unquoted names to upper case"}.get(self.policy.dialect)
            if hint is not None and fold:
                reason += f' (did you mean "{hint}"? {fold})'
            raise TableNotAllowed(reason, **where(node))
        alias = node.args.get("alias")
        if alias is not None and alias.columns and self.policy.tables[table] is not None:
            raise ConstructNotAllowed(
                f"column aliases on table {table} are not allowed; alias the columns instead",
                **where(node),
            )
        self.analysis.tables.add(table)
        self.analysis.table_refs.append((node, table))
        self.seen.add(id(node))
        return _Source(table, self.policy.tables[table], None, table), ident

    def using(self, ident: exp.Identifier, left: list[_Source], right: _Source) -> None:
        name, quoted = ident.name, ident.quoted
        if not self.has(right, name, quoted):
            raise ColumnNotAllowed(f"column {right.label}.{name} is not exposed", **where(ident))
        matches = [s for s in left if self.has(s, name, quoted)]
        if not matches:
            raise ColumnNotAllowed(f"column {name} is not exposed by the left side of USING",
                                   **where(ident))
        for source in [right, *matches]:
            self.record(source, name, quoted)

    # -- columns -------------------------------------------------------------------------------

    def has(self, source: _Source, name: str, quoted: bool) -> bool:
        if source.table is not None:
            return self.policy.column_named(source.table, name, quoted) is not None
        return source.outputs is None or self.norm(name, quoted) in source.outputs

    def record(self, source: _Source, name: str, quoted: bool) -> None:
        if source.table is not None:
            column = self.policy.column_named(source.table, name, quoted)
            if column is not None:
                self.analysis.columns.add((source.table, column))

    def lookup(self, ident: exp.Identifier, chain: list[_Scope]) -> _Source | None:
        key = self.norm(ident.name, ident.quoted)
        for scope in chain:
            source = scope.sources.get(key)
            if source is not None:
                return source
        return None

    def star(self, table: exp.Identifier | None, scope: _Scope, chain, node) -> None:
        if table is None:
            sources = list(scope.sources.values())
        else:
            source = self.lookup(table, chain)
            if source is None:
                raise TableNotAllowed(f"table {table.name} is not in the FROM clause", **where(node))
            sources = [source]
        for source in sources:
            if source.table is None:
                continue
            allowed = self.policy.tables[source.table]
            for column in allowed if allowed is not None else ("*",):
                self.analysis.columns.add((source.table, column))

    def column(self, col: exp.Column, scope: _Scope, chain: list[_Scope], projection: bool) -> None:
        if col.args.get("db") is not None or col.args.get("catalog") is not None:
            raise ConstructNotAllowed(
                f"qualify column {col.sql(self.policy.dialect)} with its table name or alias only",
                **where(col),
            )
        table = col.args.get("table")
        ident = col.this
        if isinstance(ident, exp.Star):
            self.star(table, scope, chain, col)
            return
        name, quoted = ident.name, ident.quoted
        if not quoted and table is None and name.lower() in _SPECIAL_VALUES.get(self.policy.dialect, ()):
            raise ConstructNotAllowed(f"{name.upper()} is not allowed in a query", **where(col))
        if table is not None:
            source = self.lookup(table, chain)
            if source is None:
                raise ColumnNotAllowed(
                    f"column {table.name}.{name} refers to {table.name}, which is not in the FROM clause",
                    **where(col),
                )
            if not self.has(source, name, quoted):
                raise ColumnNotAllowed(f"column {source.label}.{name} is not exposed", **where(col))
            self.record(source, name, quoted)
            return
        is_alias = not projection and self.norm(name, quoted) in scope.aliases
        level = scope
        for depth, level in enumerate(chain):
            candidates = [s for s in level.sources.values() if self.has(s, name, quoted)]
            listed = [s for s in candidates if s.table is not None and s.allowed is not None]
            if depth == 0 and is_alias and not listed:
                return  # an output alias, e.g. ORDER BY "count"
            if candidates:
                for source in listed or candidates:
                    self.record(source, name, quoted)
                return
            # A table exposed with a column list may still have this column, hidden: the database
            # would resolve the name there, not in an enclosing query. Stop instead of guessing.
            if any(s.table is not None and s.allowed is not None for s in level.sources.values()):
                break
        tables = [s.label for s in level.sources.values() if s.table is not None]
        if len(tables) == 1:
            reason = f"column {tables[0]}.{name} is not exposed"
        elif tables:
            reason = f"column {name} is not exposed by any of {', '.join(sorted(set(tables)))}"
        else:
            reason = f"column {name} is not exposed"
        raise ColumnNotAllowed(reason, **where(col))


def _only_args(node: exp.Expr, allowed: set[str]) -> None:
    extra = sorted(k for k, v in node.args.items() if v and k not in allowed)
    if extra:
        raise ConstructNotAllowed(
            f"{extra[0].rstrip('_').upper()} is not allowed on {node.key.upper()}", **where(node)
        )


def _quoted(node: exp.Expr | None) -> bool:
    if isinstance(node, exp.TableAlias):
        node = node.this
    return bool(isinstance(node, exp.Identifier) and node.quoted)


def _nested(node: exp.Expr, root: bool = True):
    """Yield the columns, bare stars and nested queries under ``node``, not descending into queries.

    With ``root=False`` the node itself is not yielded even when it is a query (it is descended).
    """
    stack = [node] if root else list(node.iter_expressions())
    while stack:
        current = stack.pop()
        if isinstance(current, (exp.Column, *_QUERY_NODES)):
            yield current
            continue
        if isinstance(current, exp.Star) and not isinstance(current.parent, exp.Count | exp.Column):
            yield current
            continue
        stack.extend(current.iter_expressions())


def enforce_allowlist(
    expression: exp.Expr, policy: Policy, analysis: Analysis, nodes: list[exp.Expr] | None = None
) -> exp.Expr:
    """Reject references to tables and columns the policy does not expose.

    Args:
        expression: a read-only query made only of allowed constructs.
        policy: the policy to enforce.
        analysis: filled with the tables, columns and table references found.
        nodes: ``all_nodes(expression)`` when the caller already has it.

    Returns:
        The same expression, unchanged.

    >>> import sqlglot
    >>> p = Policy.from_dict({"dialect": "sqlite", "tables": {"Customer": ["CustomerId", "Country"]}})
    >>> enforce_allowlist(sqlglot.parse_one("SELECT c.Email FROM Customer c"), p, Analysis())
    Traceback (most recent call last):
    sql_safety.errors.ColumnNotAllowed: column Customer.Email is not exposed
    """
    checker = _Checker(policy, analysis)
    checker.query(expression, [], {})
    # Every table reference must have been resolved above: one in a position the resolver does
    # not visit would otherwise escape the rewrite.
    for node in nodes if nodes is not None else all_nodes(expression):
        if type(node) is exp.Table and id(node) not in checker.seen:
            raise ConstructNotAllowed(f"table {node.name} is used where tables are not allowed", **where(node))
    return expression
