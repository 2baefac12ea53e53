"""Plan a :class:`~.frame.QueryFrame` as one sqlglot statement tree and render it in a dialect.

:meth:`Planner.plan` builds the tree once (``exp.select(...).from_(...).join(...).where(...)``) and
:meth:`Planner.to_sql` renders it with sqlglot for ``sqlite``, ``postgres``, ``duckdb`` or ``mysql``: quoting,
literals and operators are sqlglot's; only date buckets differ by dialect (:data:`BUCKETS`). Joins follow the
foreign-key graph (shortest paths, nearest tables first, in statement order so hashing never matters).

The planner reads the frame's plain form (:meth:`QueryFrame.to_state`)::

    {"base": "Track",                       # FROM table
     "select": [item, ...],                 # what to show, in order
     "where": [{"item": item, "op": "=", "value": ...}, ...],
     "group": [item, ...],
     "having": [{"item": agg item, "op": ">", "value": 5}],
     "order": [{"item": item, "dir": "desc"}],
     "limit": 5, "distinct": False,
     "nested": None | {"fn": "avg",        # outer aggregate over the grouped inner result,
                       "by": [item, ...],   # group items kept as the outer query's dimensions,
                       "name": "average_order_value"}}  # and the outer column's name (both optional)

    item = {"kind": "col", "t": "Track", "c": "Name", "alias": None}
         | {"kind": "agg", "fn": "count"|"sum"|"avg"|"min"|"max", "t": ..., "c": ... | None, "distinct": bool}
         | {"kind": "bucket", "unit": "month", "t": ..., "c": ...}
         | {"kind": "metric", "name": "revenue"}
         | {"kind": "entity", "t": "Genre"}  # a table's label columns (grouped by its key)

Every selected expression comes out under a short, unique name (:mod:`.naming`): ``COUNT(*) AS
"number_of_tracks"``, ``"Genre"."Name" AS "genre"``, a month bucket ``AS "month"``, a metric under its name.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import sqlglot
from sqlglot import exp

from . import lexicon, naming, spelling, units
from .event_dates import dated
from .frame import QueryFrame
from .lexicon import owner_reference, person_name_part, singular, split_identifier
from .patterns import DESCRIBING_COLUMN_WORDS, IDENTIFIER_COLUMN_WORDS, LABEL_WORDS
from .schema import Schema, Table
from .wordnet import Relations, relations

SELF_ALIAS = "ref"


def edge_reference(edge: tuple[str, str, str, str, str]) -> tuple[str, str, str]:
    """The reference an edge of a join path follows: (the referring table, its column, the referenced table)."""
    a, b, a_col, b_col, way = edge
    return (a, a_col, b) if way == "up" else (b, b_col, a)


def via_references(via: Iterable[str]) -> frozenset[tuple[str, str]]:
    """A frame's ``via`` ("table.column" each) as the (table, column) pairs :meth:`Planner.path` prefers."""
    return frozenset(tuple(x.split(".", 1)) for x in via)


def _owners_first(fks: list) -> list:
    """The foreign keys with, among two references of one table to the same table, the owner's side first
    (:func:`.lexicon.owner_reference`): a join from the pairing table follows whose row it is by default."""

    def rank(fk) -> int:
        siblings = [f for f in fks if f.table == fk.table and f.ref_table == fk.ref_table]
        if len(siblings) < 2 or owner_reference(fk, siblings):
            return 0
        # the one reference named for the table it refers to ("emp_id" to employees, beside "approver_id") is
        # whose row it is; the others name a role
        named = [f for f in siblings if _named_for_referenced(f)]
        return 0 if named == [fk] else 1

    return sorted(fks, key=rank)


def _named_for_referenced(fk) -> bool:
    """Whether a reference's name says the table it refers to ("emp_id" or "employee_id" to employees)."""
    table = [singular(w.lower()) for w in split_identifier(fk.ref_table)]
    parts = [w.lower() for w in split_identifier(fk.column) if w.lower() != "id"]
    return bool(parts) and all(p in table or any(spelling.shortens(p, t, 1) for t in table) for p in parts)


def _role_references(schema: Schema, edges: list[tuple[str, str, str, str, str]]) -> int:
    """How many of a join path's references name a role rather than the table they refer to ("home_centre_id"
    to centres, beside "centre_id"): a path along references named for their tables is the plain relation."""
    roles = 0
    for a, b, a_col, b_col, way in edges:
        table, column, referenced = (a, a_col, b) if way == "up" else (b, b_col, a)
        fk = next((f for f in schema.foreign_keys if f.table == table and f.column == column), None)
        roles += fk is not None and fk.ref_table == referenced and not _named_for_referenced(fk)
    return roles


def _shares_parent(edges: list[tuple[str, str, str, str, str]]) -> bool:
    """Whether a join path goes up to a referenced table and then down to another table referencing it."""
    ways = [e[4] for e in edges]
    return any(x == "up" and y == "down" for i, x in enumerate(ways) for y in ways[i + 1 :])


def _optional_references(schema: Schema, edges: list[tuple[str, str, str, str, str]]) -> int:
    """How many references a join path follows up to the row they refer to that a row may leave empty (not
    declared NOT NULL): an injury always has its player, only sometimes a fixture, so the path through the
    player reaches every injury."""
    out = 0
    for a, _, a_col, _, way in edges:
        table = schema.table(a) if way == "up" else None
        column = table.column(a_col) if table is not None else None
        out += column is not None and column.nullable
    return out


def _event_stops(schema: Schema, edges: list[tuple[str, str, str, str, str]]) -> int:
    """How many tables a join path passes through (not its ends) that record events: they have a date column."""
    return sum(dated(schema, e[1]) for e in edges[:-1])


class Planner:
    def __init__(self, schema: Schema, dialect: str = "sqlite") -> None:
        self.schema = schema
        self.dialect = dialect
        self.adj: dict[str, list[tuple[str, str, str, str]]] = {}
        for fk in _owners_first(schema.foreign_keys):
            if fk.table == fk.ref_table:
                continue
            # (neighbour, my column, their column, direction: "up" = to the referenced side)
            self.adj.setdefault(fk.table, []).append((fk.ref_table, fk.column, fk.ref_column, "up"))
            self.adj.setdefault(fk.ref_table, []).append((fk.table, fk.ref_column, fk.column, "down"))
        self._path_cache: dict[tuple[str, str], list | None] = {}
        self._reach_cache: dict[str, tuple[dict[str, int], dict[str, int]]] = {}

    # ---- join graph ----------------------------------------------------------------------------
    def path(
        self, a: str, b: str, prefer: frozenset[tuple[str, str]] = frozenset()
    ) -> list[tuple[str, str, str, str, str]] | None:
        """Shortest FK path a -> b as edges (from, to, from_col, to_col, direction).

        Among shortest paths, one that never climbs to a referenced table and then comes down from it wins
        (:func:`_shares_parent`): rows that only point at the same parent (an object and an exhibition at one
        site) are not related to each other, while a table pointing at both (the exhibition's items) relates
        them. Then the path along fewer references named for a role (:func:`_role_references`: a route's centre
        is its wall's centre, not its setter's home centre), then the one along fewer references a row may leave
        empty (:func:`_optional_references`: an injury's team is its player's, not its fixture's, which only some
        injuries have), then the one through fewer tables of events (:func:`_event_stops`: a booking's venue is
        its room's venue, not the venue of the enquiry it came from). Ties keep the breadth-first order
        (references followed before referrers). Before all that, ``prefer`` (references as (table, column),
        the frame's ``via``) wins over another reference of the same table to the same table."""
        key = (a, b, prefer)
        if key not in self._path_cache:
            paths = self._shortest_paths(a, b)
            best = min(paths, key=lambda p: (self._passed_over(p, prefer), *self._path_rank(p))) if paths else None
            self._path_cache[key] = best
        return self._path_cache[key]

    def _passed_over(self, p: list[tuple[str, str, str, str, str]], prefer: frozenset[tuple[str, str]]) -> int:
        """How many references a path follows where a preferred reference of the same table to the same table
        was not followed."""
        if not prefer:
            return 0
        out = 0
        for edge in p:
            table, column, ref = edge_reference(edge)
            fks = self.schema.foreign_keys
            siblings = {(f.table, f.column) for f in fks if f.table == table and f.ref_table == ref}
            out += (table, column) not in prefer and bool(siblings & prefer)
        return out

    def _path_rank(self, p: list[tuple[str, str, str, str, str]]) -> tuple[bool, int, int, int]:
        """How :meth:`path` ranks shortest paths: the lowest wins."""
        schema = self.schema
        return _shares_parent(p), _role_references(schema, p), _optional_references(schema, p), _event_stops(schema, p)

    def role_references(self, a: str, b: str) -> int:
        """How many references named for a role the join path from ``a`` to ``b`` follows (:func:`_role_references`)."""
        p = self.path(a, b)
        return _role_references(self.schema, p) if p else 0

    def _shortest_paths(self, a: str, b: str, most: int = 64) -> list[list[tuple[str, str, str, str, str]]]:
        """Up to ``most`` shortest FK paths a -> b, in breadth-first order."""
        dist, _ = self.reach(a)
        if b not in dist:
            return []
        found: list[list[tuple[str, str, str, str, str]]] = []

        def walk(cur: str, edges: list) -> None:
            if len(found) >= most:
                return
            if cur == b:
                found.append(list(edges))
                return
            for nb, mc, tc, d in sorted(self.adj.get(cur, []), key=lambda e: e[3] != "up"):
                if dist.get(nb) == dist[cur] + 1 and dist[nb] <= dist[b] and nb not in {e[1] for e in edges}:
                    edges.append((cur, nb, mc, tc, d))
                    walk(nb, edges)
                    edges.pop()

        walk(a, [])
        return found

    def reach(self, a: str) -> tuple[dict[str, int], dict[str, int]]:
        """Breadth-first FK distances from ``a`` and how many distinct shortest paths reach each table."""
        if a not in self._reach_cache:
            dist, ways = {a: 0}, {a: 1}
            dq = deque([a])
            while dq:
                cur = dq.popleft()
                for nb, *_ in self.adj.get(cur, ()):
                    if nb not in dist:
                        dist[nb] = dist[cur] + 1
                        ways[nb] = ways[cur]
                        dq.append(nb)
                    elif dist[nb] == dist[cur] + 1:
                        ways[nb] += ways[cur]
            self._reach_cache[a] = (dist, ways)
        return self._reach_cache[a]

    def distance(self, a: str, b: str) -> int:
        if a == b:
            return 0
        p = self.path(a, b)
        return len(p) if p is not None else 99

    def fans_out(self, base: str, table: str) -> bool:
        """Whether a row of ``base`` may have several rows of ``table``: ``table`` is not reached from ``base``
        by following foreign keys to the rows they reference (an order has one customer, a customer many
        orders)."""
        seen = {base}
        todo = [base]
        while todo:
            cur = todo.pop()
            for nb, _col, _ref, way in self.adj.get(cur, ()):
                if way == "up" and nb not in seen:
                    seen.add(nb)
                    todo.append(nb)
        return table not in seen

    def join_tree(
        self, base: str, tables: Iterable[str], prefer: frozenset[tuple[str, str]] = frozenset()
    ) -> list[tuple[str, str, str, str, str]] | None:
        """Edges joining ``tables`` to ``base``: nearest tables first, ties in the order given; along the
        references ``prefer`` names where a table has two to the same table (:meth:`path`).

        ``tables`` is ordered (the order the statement uses them), never a set: the join order and, on
        ties, the path chosen must not depend on string hashing (``PYTHONHASHSEED``).
        """
        joined = [base]  # in join order: on equal paths the table joined first (the base) wins
        edges: list = []
        for t in sorted(dict.fromkeys(x for x in tables if x != base), key=lambda t: self.distance(base, t)):
            if t in joined:
                continue
            best = None
            for j in joined:
                p = self.path(j, t, prefer)
                if p is not None and (best is None or len(p) < len(best)):
                    best = p
            if best is None:
                return None
            for e in best:
                if e[1] not in joined:
                    edges.append(e)
                    joined.append(e[1])
        return edges

    # ---- expressions ---------------------------------------------------------------------------
    def name_columns(self, tname: str) -> list[str]:
        """The label columns when the table really has a name-like column (no key fallback)."""
        labels = self.label_columns(tname)
        t = self.schema.table(tname)
        if t is None or (
            labels
            and t.column(labels[0])
            and t.column(labels[0]).primary_key
            and not re.search("name|title", labels[0], re.I)
        ):
            return []
        if (
            labels
            and labels == t.primary_key[:1]
            or (labels and labels[0] == t.columns[0].name and not re.search("name|title", labels[0], re.I))
        ):
            return []
        return labels

    def own_name_column(self, tname: str) -> str | None:
        """The column that names the table's own rows ("name", "title", "<table>_name"), or None when the table
        only borrows a name from elsewhere (a link table whose first text column names another table's rows)."""
        labels = self.label_columns(tname)
        if len(labels) != 1:
            return None
        low = re.sub(r"[^a-z0-9]", "", labels[0].lower())
        low_t = re.sub(r"[^a-z0-9]", "", tname.lower())
        own = ("name", "title", f"{low_t}name", f"{low_t.rstrip('s')}name", f"{low_t}title")
        return labels[0] if low in own else None

    def label_thing(self, tname: str) -> str | None:
        """The X of ``tname``'s one "X_name" (or "X_title") label column when X is not the table's own name
        ("donor" for a gifts table with donor_nm): the thing the label names, which many rows may share."""
        labels = self.label_columns(tname)
        if len(labels) != 1 or self.own_name_column(tname) is not None:
            return None
        words = lexicon.name_words(labels[0])
        own = lexicon.name_words(tname)
        if len(words) != 2 or words[1] not in ("name", "title") or words[0] in own:
            return None
        if any(spelling.shortens(words[0], w) for w in own) or relations(words[0]) == Relations():
            return None  # "evt_name" in events: the table's own name shortened; only an English noun names a thing
        return words[0]

    def named_by_label(self, tname: str, word: str) -> bool:
        """Whether ``word`` (singular) names what ``tname``'s label column names (:meth:`label_thing`)."""
        return self.label_thing(tname) == word

    def label_columns(self, tname: str) -> list[str]:
        """The columns that name a row of ``tname`` (:meth:`_naming_columns`), else its key."""
        t = self.schema.table(tname)
        if t is None:
            return []
        return self._naming_columns(t) or t.primary_key[:1] or [t.columns[0].name]

    def entity_columns(self, tname: str, ctx: dict) -> list[str]:
        """The columns showing a row of ``tname`` in one statement: its key where the question names the key as a
        column ("the category codes and ..."), else its :meth:`label_columns`."""
        t = self.schema.table(tname)
        if tname in ctx.get("keyed", ()) and t is not None:
            return t.primary_key[:1]
        return self.label_columns(tname)

    def has_label(self, tname: str) -> bool:
        """Whether some column names the rows of ``tname`` (a name, a title, first and last names)."""
        t = self.schema.table(tname)
        return t is not None and bool(self._naming_columns(t))

    def _naming_columns(self, t: Table) -> list[str]:
        tname = t.name
        names = {c.name.lower(): c.name for c in t.columns}
        low_t = re.sub(r"[^a-z0-9]", "", tname.lower())
        for cand in ("name", f"{low_t}name", f"{low_t}_name", f"{low_t.rstrip('s')}_name", "full_name", "fullname"):
            if cand in names:
                return [names[cand]]
        # a text column named as the table's one thing ("vessel" in "vessels") is what a row is called
        own = naming.singular_words(tname)
        keys = {fk.column for fk in self.schema.foreign_keys if fk.table == t.name}
        for c in t.columns:
            if c.family == "text" and not c.primary_key and c.name not in keys and naming.singular_words(c.name) == own:
                return [c.name]
        first = next((c.name for c in t.columns if person_name_part(c.name) == "first"), None)
        last = next((c.name for c in t.columns if person_name_part(c.name) == "last"), None)
        if first and last:
            return [first, last]
        if "title" in names:
            return [names["title"]]
        for c in t.columns:
            if c.family == "text" and c.name.lower().endswith("name") and not c.primary_key:
                return [c.name]
        # a name or title shortened ("sup_nm", "ttl"): the same column, found by the abbreviation rule
        for c in t.columns:
            last = lexicon.split_identifier(c.name)[-1:]
            if c.family == "text" and not c.primary_key and c.name not in keys and last and _shortened_label(last[0]):
                return [c.name]
        # a lookup table keyed by a code: its description is what a reader wants in place of the code, unless
        # the table is named for the code itself (a table of "fault codes": its rows are the codes)
        # the same for any table with no name: its one describing column ("item_descr") names its rows
        key = [c for c in t.columns if c.primary_key and c.family == "text"]
        if not key or lexicon.name_words(key[0].name)[-1:] != lexicon.name_words(tname)[-1:]:
            describing = [
                c.name
                for c in t.columns
                if c.family == "text"
                and not c.primary_key
                and (key or c.name not in keys)
                and (
                    set(lexicon.name_words(c.name)) & DESCRIBING_COLUMN_WORDS
                    or any(_shortens_any(w, DESCRIBING_COLUMN_WORDS) for w in lexicon.split_identifier(c.name))
                )
            ]
            if describing and (key or len(describing) == 1):
                return describing[:1]
        # no name and a numeric key: the identifier people use for a row (a registration, a reference number)
        # named by that word alone or after the table's own words ("reg", "invoice_number"; not a "postal code")
        if not key:
            own_words = set(lexicon.name_words(tname))
            for c in t.columns:
                words = [w for w in lexicon.name_words(c.name) if w not in own_words]
                if c.family == "text" and c.name not in keys and words in ([w] for w in IDENTIFIER_COLUMN_WORDS):
                    return [c.name]
            # the same with the table's words shortened or as initials ("inv_no" of invoices, "wo_ref" of
            # work_orders), or a registration number: every other word an identifier word
            initials = "".join(w[:1] for w in lexicon.split_identifier(tname))
            for c in t.columns:
                words = [
                    w
                    for w in lexicon.name_words(c.name)
                    if w not in own_words and w != initials and not any(spelling.shortens(w, o) for o in own_words)
                ]
                if c.family == "text" and c.name not in keys and words and all(_identifier_word(w) for w in words):
                    return [c.name]
        return []

    def col(self, t: str, c: str, qualify: bool, alias: str | None = None) -> exp.Column:
        if alias:
            return exp.column(c, table=alias, quoted=True)
        return exp.column(c, table=t, quoted=True) if qualify else exp.column(c, quoted=True)

    def bucket(self, unit: str, expr: exp.Expression) -> exp.Expression:
        """A date bucket of ``expr``: the one place that differs by dialect (:data:`BUCKETS`)."""
        tree = _bucket_template(self.dialect, unit)
        expr = self._as_date(expr)
        return tree.transform(lambda n: expr.copy() if isinstance(n, exp.Column) and n.name == "_x_" else n)

    def span(self, it: dict, qual: bool) -> exp.Expression:
        """The time from the date ``expr`` names (``"days:start_col"``) to the item's column, in its unit: in
        SQLite the difference of the two Julian days (hours: times 24), elsewhere sqlglot's DATEDIFF in days or
        hours (so each dialect renders its own); weeks are days over 7."""
        unit, start = span_of(it["expr"]) or ("days", "")
        end = self._as_date(self.col(it["t"], it["c"], qual, it.get("alias")))
        begin = self._as_date(self.col(it["t"], start, qual, it.get("alias")))
        if self.dialect == "sqlite":
            days: exp.Expression = exp.Sub(
                this=exp.Anonymous(this="julianday", expressions=[end]),
                expression=exp.Anonymous(this="julianday", expressions=[begin]),
            )
        elif unit == "hours" and self.dialect != "mysql":  # hours where the dialect counts them (MySQL: days)
            return exp.DateDiff(this=end, expression=begin, unit=exp.var("HOUR"))
        else:
            days = exp.DateDiff(this=end, expression=begin, unit=exp.var("DAY"))
        if unit == "hours":
            return exp.Mul(this=exp.Paren(this=days), expression=_num(24))
        if unit == "weeks":
            return exp.Div(this=exp.Paren(this=days), expression=_num(7.0), typed=True)
        return days

    def _as_date(self, expr: exp.Expression) -> exp.Expression:
        """A date stored as text, cast where the dialect's date functions do not read text (not SQLite, MySQL)."""
        if self.dialect in ("sqlite", "mysql") or not isinstance(expr, exp.Column):
            return expr
        for t in self.schema.tables:
            col = t.column(expr.name) if not expr.table or expr.table == t.name else None
            if col is not None and col.stored_as_text:
                return exp.Cast(this=expr, to=exp.DataType.build("timestamp" if col.family == "datetime" else "date"))
        return expr

    def metric_sql(self, name: str, qualify: bool) -> tuple[exp.Expression, list[str]]:
        """The metric's expression (its ``Table.Column`` references qualified) and the tables it reads, in
        the order the expression names them."""
        # read in the source's own dialect: the metric means what it would mean written there
        read = _READ.get(self.dialect, self.dialect)
        tree = sqlglot.parse_one(self.schema.metrics.get(name, "") or "NULL", read=read)
        tables: dict[str, None] = {}

        def qualify_refs(node: exp.Expression) -> exp.Expression:
            if isinstance(node, exp.Column) and node.table:
                t = self.schema.table(node.table)
                c = t.column(node.name) if t else None
                if c:
                    tables[t.name] = None
                    return self.col(t.name, c.name, True)
            return node

        return tree.transform(qualify_refs), list(tables)

    def item_tables(self, it: dict) -> list[str]:
        """The tables an item reads, in a fixed order (not a set: join order must not depend on hashing)."""
        if it.get("kind") == "metric":
            return self.metric_sql(it["name"], True)[1]
        if it.get("kind") == "pct":
            of = self.item_tables(it["of"]) if it.get("of") else [it["t"]] if it.get("t") else []
            return list(dict.fromkeys([*of, *(t for w in it["conds"] for t in self.item_tables(w["item"]))]))
        if it.get("kind") == "total_share":
            return self.item_tables(it["of"])
        if it.get("kind") == "period":
            tables = self.item_tables(it["of"]) + [t for w in it["conds"] for t in self.item_tables(w["item"])]
            return list(dict.fromkeys(tables))
        if it.get("alias"):
            return []
        t = it.get("t")
        return [t] if t else []

    def expr(self, it: dict, ctx: dict) -> exp.Expression:
        """One item as an expression; an entity is a :class:`exp.Tuple` of its label columns."""
        k = it["kind"]
        qual = ctx["qualify"]
        if k == "col":
            if span_of(it.get("expr")):
                return self.span(it, qual)
            return self.col(it["t"], it["c"], qual, it.get("alias"))
        if k == "bucket":
            return self.bucket(it["unit"], self.col(it["t"], it["c"], qual, it.get("alias")))
        if k == "metric":
            return self.metric_sql(it["name"], qual)[0]
        if k == "agg":
            return self.aggregate(it, ctx)
        if k == "period":  # the aggregate over the rows of one period: FN(CASE WHEN period THEN x END)
            when = exp.and_(*(self.cond(w, ctx) for w in it["conds"]), wrap=False)
            return self.aggregate(it["of"], ctx, when)
        if k == "entity":
            return exp.Tuple(expressions=[self.col(it["t"], c, qual) for c in self.entity_columns(it["t"], ctx)])
        if k == "total_share":  # each group's share of the total, in percent
            part = self.expr(it["of"], ctx)
            total = exp.Window(this=exp.Sum(this=part.copy()))
            return exp.Div(this=exp.Mul(this=_num(100.0), expression=part), expression=total, typed=True)
        if k == "pct":  # the share of rows (or of an amount: ``of``, a sum) where the conditions hold
            conds = exp.and_(*(self.cond(w, ctx) for w in it["conds"]), wrap=False)
            if it.get("of"):
                total = self.expr(it["of"], ctx)
                part = total.this.copy() if isinstance(total, exp.Sum) else None
                if part is None:
                    raise ValueError("a share of an amount needs a sum")
                hits = exp.Sum(this=exp.Case(ifs=[exp.If(this=conds, true=part)], default=_num(0)))
                return exp.Div(this=exp.Mul(this=_num(100.0), expression=hits), expression=total, typed=True)
            hits = exp.Sum(this=exp.Case(ifs=[exp.If(this=conds, true=_num(1))], default=_num(0)))
            share = exp.Mul(this=_num(100.0), expression=hits)
            return exp.Div(this=share, expression=exp.Count(this=exp.Star()), typed=True)
        raise ValueError(k)

    def aggregate(self, it: dict, ctx: dict, when: exp.Expression | None = None) -> exp.Expression:
        """An ``agg`` item; with ``when``, over only the rows where it holds (``CASE WHEN when THEN x END``)."""
        qual = ctx["qualify"]

        def only(x: exp.Expression) -> exp.Expression:
            return x if when is None else exp.Case(ifs=[exp.If(this=when.copy(), true=x)])

        if it.get("c") is None:
            t = it.get("t") or ctx["base"]
            if ctx.get("fanout") and t in ctx.get("fanout_tables", ()):  # counting the "one" side of a join
                pk = self.schema.table(t).primary_key
                if pk:
                    return exp.Count(this=exp.Distinct(expressions=[only(self.col(t, pk[0], qual))]))
            return exp.Count(this=exp.Star()) if when is None else exp.Count(this=only(_num(1)))
        inner: exp.Expression = self.col(it["t"], it["c"], qual, it.get("alias"))
        if span_of(it.get("expr")):
            inner = self.span(it, qual)
        if it.get("times"):
            inner = exp.Mul(this=inner, expression=self.col(it["t"], it["times"], qual))
        if it.get("off"):  # a discount in percent: what was charged after it
            kept = exp.Sub(this=_num(100), expression=self.col(it["t"], it["off"], qual))
            inner = exp.Div(this=exp.Mul(this=inner, expression=exp.Paren(this=kept)), expression=_num(100.0))
        if it.get("expr") == "len":
            inner = exp.Length(this=inner)
        asked = units.asked_unit(it.get("expr"))
        how = units.conversion(it["c"], asked) if asked else None
        if how is not None:  # "in hours" over a minutes column: each value read in the asked unit
            op, by = how
            inner = (
                exp.Mul(this=inner, expression=_num(by)) if op == "mul" else exp.Div(this=inner, expression=_num(by))
            )
        inner = only(inner)
        if it.get("distinct"):
            inner = exp.Distinct(expressions=[inner])
        return AGGREGATES[it["fn"]](this=inner)

    @staticmethod
    def periods(st: dict) -> list[dict]:
        """The date filters of the selected ``period`` items, each once, in select order."""
        out: list[dict] = []
        for it in st.get("select", []):
            for w in it.get("conds", ()) if it.get("kind") == "period" else ():
                if w not in out:
                    out.append(w)
        return out

    # ---- whole statement -----------------------------------------------------------------------
    def to_sql(self, st: dict | QueryFrame, listed: bool = True) -> str:
        """The statement for ``st`` in this planner's dialect (:meth:`plan` rendered by sqlglot); ``listed``:
        a plain listing of rows comes out in the order of its label (:meth:`listing_order`)."""
        return self.plan(st, listed).sql(dialect=self.dialect)

    def listing_order(self, st: dict) -> list[dict]:
        """The order a plain listing reads best in: by the first label column it shows (a name, a title),
        ascending (a person's first names, then last). Empty when the statement orders, limits, groups or
        aggregates anything, or shows no label."""
        if st.get("order") or st.get("limit") or st.get("group") or st.get("having") or st.get("nested"):
            return []
        if st.get("self_join") or any(w["op"] == "both" for w in st.get("where", [])):
            return []
        select = st.get("select", [])
        if not select or any(it.get("kind") not in ("col", "entity") or it.get("alias") for it in select):
            return []
        for it in select:
            t = self.schema.table(it.get("t") or "")
            labels = self._naming_columns(t) if t is not None else []
            keyed = any(o.get("t") == it["t"] and o.get("c") in t.primary_key[:1] for o in select)
            if it["kind"] == "entity" and labels and not keyed:
                return [{"item": {"kind": "col", "t": it["t"], "c": c}, "dir": "asc"} for c in labels]
            if it["kind"] == "col" and it["c"] in labels:
                return [{"item": {"kind": "col", "t": it["t"], "c": it["c"]}, "dir": "asc"}]
        return []

    def plan(self, st: dict | QueryFrame, listed: bool = False) -> exp.Query:
        """The frame (or its plain form) as one sqlglot statement tree."""
        if isinstance(st, QueryFrame):
            st = st.to_state()
        if listed and (order := self.listing_order(st)):
            st = dict(st, order=order)
        both = next((w for w in st.get("where", []) if w["op"] == "both"), None)
        base_t = self.schema.table(st["base"]) if st.get("base") else None
        if both is not None and base_t is not None and len(base_t.primary_key) == 1:
            # "both A and B" on one column: rows matching A whose key also has a row matching B
            # (one SELECT with a sub-query, which the SQL guard accepts like any other).
            a, b = both["value"]
            key = {"kind": "col", "t": base_t.name, "c": base_t.primary_key[0]}
            inner_st = dict(st, select=[key], order=[], limit=None, distinct=False, group=[], having=[], nested=None)
            inner_st["where"] = [w if w is not both else {**w, "op": "=", "value": b} for w in st["where"]]
            outer = dict(st)
            outer["where"] = [w if w is not both else {**w, "op": "=", "value": a} for w in st["where"]]
            outer["where"].append({"item": key, "op": "in query", "value": self._select(inner_st)})
            if not any(it.get("kind") in ("agg", "metric", "pct") for it in st.get("select", [])):
                outer["distinct"] = True
            return self._select(outer)
        if both is not None and not any(it.get("kind") in ("agg", "metric", "pct") for it in st.get("select", [])):
            # no single key: the rows matching A INTERSECT the rows matching B
            parts = []
            for v in both["value"]:
                one = dict(st, where=[w if w is not both else {**w, "op": "=", "value": v} for w in st["where"]])
                one.pop("order", None)
                one.pop("limit", None)
                one["distinct"] = False
                parts.append(self.plan(one))
            return exp.intersect(*parts, distinct=True)
        if both is not None:
            st = dict(st, where=[w if w is not both else {**w, "op": "in"} for w in st["where"]])
        return self._select(st)

    def statement_tables(self, st: dict) -> dict[str, None]:
        """The tables a plain state reads (its base, the joins it asks for, every item's tables), in the order
        the statement uses them: ties in :meth:`join_tree` keep this order."""
        items: list[dict] = []
        items += st.get("select", [])
        items += [w["item"] for w in st.get("where", [])]
        items += [w["value"] for w in st.get("where", []) if w["op"].endswith(" col")]
        items += [c["item"] for w in st.get("where", []) if w["op"] == "any" for c in w["value"]]
        items += st.get("group", [])
        items += [h["item"] for h in st.get("having", [])]
        items += [o["item"] for o in st.get("order", [])]
        tables: dict[str, None] = dict.fromkeys([st["base"], *(st.get("joins") or [])])
        for it in items:
            tables.update(dict.fromkeys(self.item_tables(it)))
        return tables

    def _select(self, st: dict) -> exp.Select:
        base = st["base"]
        tables = self.statement_tables(st)
        edges = self.join_tree(base, tables, via_references(st.get("via", ())))
        if edges is None:
            raise ValueError("tables are not connected by foreign keys: " + ", ".join(sorted(tables)))
        qualify = bool(edges) or bool(st.get("self_join"))
        # Fan-out: a "down" edge multiplies the rows of everything above it.
        fanout_tables: set[str] = set()
        if any(e[4] == "down" for e in edges):
            fanout_tables = {base} | {e[0] for e in edges if e[4] == "down"}
        ctx = {"qualify": qualify, "base": base, "fanout": bool(fanout_tables), "fanout_tables": fanout_tables}
        ctx["keyed"] = {  # tables whose key the question names as a column: that key shows their rows
            it["t"]
            for it in [*st.get("select", []), *st.get("group", [])]
            if it.get("kind") == "col" and (t := self.schema.table(it["t"])) and it["c"] in t.primary_key[:1]
        }
        semi = self._semi_join(st, fanout_tables)
        if semi is not None:
            return semi

        # columns the join makes equal on every row ("Templates.id" = "Documents.template_id"): one of them is
        # shown, the first asked for
        joined_equal = {frozenset({(a, ac), (b, bc)}) for a, b, ac, bc, _d in edges}
        select_parts: list[exp.Expression] = []
        select_items: list[tuple[dict, str]] = []  # (item, label column) per part, for naming
        for it in st.get("select", []):
            parts = _parts(self.expr(it, ctx))
            cols = self.entity_columns(it["t"], ctx) if it.get("kind") == "entity" else [it.get("c")] * len(parts)
            for part, c in zip(parts, cols, strict=False):
                if _same_value(part, select_parts, joined_equal):
                    continue
                if part not in select_parts:
                    select_parts.append(part)
                    select_items.append((it, c))
        query = exp.Select().from_(_table(base))
        for a, b, ac, bc, _d in edges:
            query = query.join(_table(b), on=exp.EQ(this=self.col(a, ac, True), expression=self.col(b, bc, True)))
        sj = st.get("self_join")
        if sj:
            ref = exp.column(sj["ref"], SELF_ALIAS, quoted=True)
            on = exp.EQ(this=self.col(sj["t"], sj["fk"], True), expression=ref)
            query = query.join(_table(sj["t"], SELF_ALIAS), on=on)
        conds = [self.cond(w, ctx) for w in st.get("where", [])]
        periods = self.periods(st)
        if periods:  # periods compared side by side: only their rows are read
            conds.append(exp.Paren(this=exp.or_(*(self.cond(w, ctx) for w in periods))))
        if conds:
            query = query.where(exp.and_(*conds, wrap=False))
        group: list[exp.Expression] = []
        for g in st.get("group", []):
            if g["kind"] == "entity":
                t = self.schema.table(g["t"])
                cols = list(dict.fromkeys([*t.primary_key[:1], *self.entity_columns(g["t"], ctx)]))
                if self._rows_own_groups(st, g["t"], fanout_tables, cols):
                    cols = cols[1:]  # the rows named by a column of the measured rows: grouped by that name
                parts = [self.col(g["t"], c, qualify) for c in cols]
            else:
                parts = _parts(self.expr(g, ctx))
            group += [p for p in parts if p not in group]
        if group:
            query = query.group_by(*group)
        having = [self.cond(h, ctx) for h in st.get("having", [])]
        if having:
            query = query.having(exp.and_(*having, wrap=False))
        order = [self.ordered(self.expr(o["item"], ctx), o.get("dir") == "desc") for o in st.get("order", [])]
        names = self.aliases(st, select_parts, select_items, order)
        if st.get("nested"):
            return self._nested(st, query, select_parts, names)
        query = query.select(*(_as(p, nm) for p, nm in zip(select_parts, names, strict=True)), copy=False)
        if st.get("distinct"):
            query = query.distinct()
        if order:
            query = query.order_by(*order)
        if st.get("limit"):
            query = query.limit(int(st["limit"]))
        empty = self._empty_groups(st, edges)
        if empty is not None:
            query = self._keep_empty_groups(query, st["base"], *empty)
        return query

    def _empty_groups(self, st: dict, edges: list) -> tuple[str, str, str] | None:
        """A count of rows per row of a table they reference ("members on each plan"): (the parent, the rows'
        reference column, the parent's key), so that a parent with no rows is listed with 0; None when the
        statement is not only that (a filter on the counted rows, a limit, a having, another grouping or
        measure, a longer join)."""
        base = st["base"]
        group = st.get("group", [])
        if len(group) != 1 or group[0].get("kind") != "entity" or group[0].get("t") == base:
            return None
        parent = group[0]["t"]
        if parent not in st.get("every", ()):
            return None
        if st.get("limit") or st.get("having") or st.get("nested") or st.get("self_join") or st.get("distinct"):
            return None
        if len(edges) != 1 or edges[0][4] != "up" or edges[0][1] != parent:
            return None
        counts = [it for it in st.get("select", []) if it.get("kind") == "agg"]
        others = [it for it in st.get("select", []) if it.get("kind") != "agg"]
        if len(counts) != 1 or counts[0].get("fn") != "count" or counts[0].get("c") is not None:
            return None
        if counts[0].get("t") not in (None, base) or counts[0].get("distinct"):
            return None
        if any(it != group[0] for it in others):
            return None
        conds = [c for w in st.get("where", []) for c in (w["value"] if w["op"] == "any" else [w])]
        if any(t != parent for w in conds for t in self.item_tables(w["item"])):
            return None
        if any(w["op"] in ("both", "in query") for w in st.get("where", [])):
            return None
        return parent, edges[0][2], edges[0][3]

    def _keep_empty_groups(self, query: exp.Select, base: str, parent: str, ref: str, key: str) -> exp.Select:
        """``FROM parent LEFT JOIN base``, counting the base's references (0 for a parent with none)."""
        query.set("from_", exp.From(this=_table(parent)))
        on = exp.EQ(this=self.col(base, ref, True), expression=self.col(parent, key, True))
        query.set("joins", [exp.Join(this=_table(base), on=on, side="LEFT")])
        counted = self.col(base, ref, True)
        return query.transform(
            lambda n: exp.Count(this=counted.copy()) if isinstance(n, exp.Count) and isinstance(n.this, exp.Star) else n
        )

    def _rows_own_groups(self, st: dict, tname: str, fanout_tables: set[str], cols: list[str]) -> bool:
        """Whether grouping the measured table's own rows by their key would make each row its own group: the
        entity is the base table, no join repeats its rows and an aggregate reads that table's rows ("donors
        by total given" over a gifts table naming each giver). The entity is then what its label names, not a
        row: grouped by the label column(s) alone. False when the label is the key itself or names the rows
        themselves ("name", "title", "<table>_name")."""
        t = self.schema.table(tname)
        if t is None or tname != st["base"] or tname in fanout_tables or len(cols) < 2:
            return False
        if cols[0] not in t.primary_key[:1] or any(c in t.primary_key for c in cols[1:]):
            return False
        if self.label_thing(tname) is None:  # the label names the rows themselves ("name", "title")
            return False
        items = [*st.get("select", []), *[o["item"] for o in st.get("order", [])]]
        items += [h["item"] for h in st.get("having", [])]
        return any(it.get("kind") == "agg" and it.get("t") == tname for it in items)

    def _semi_join(self, st: dict, fanout_tables: set[str]) -> exp.Select | None:
        """A sum or average of the base table's own column over rows filtered by related rows ("the average
        salary of staff with some sale"): the join would count a row once per related row, so the rows are
        picked by key in a sub-query instead (``WHERE id IN (SELECT id ... JOIN sale ...)``), each counted once.
        None when the statement is not of that shape."""
        base = st["base"]
        if base not in fanout_tables:
            return None
        if st.get("group") or st.get("having") or st.get("nested") or st.get("self_join") or st.get("order"):
            return None
        select = st.get("select", [])
        if not select or any(
            it.get("kind") != "agg" or it.get("fn") not in ("sum", "avg") or it.get("t") != base or it.get("alias")
            for it in select
        ):
            return None
        pk = self.schema.table(base).primary_key
        if len(pk) != 1:
            return None
        key = {"kind": "col", "t": base, "c": pk[0]}
        inner = dict(st, select=[key], order=[], limit=None, distinct=False, group=[], having=[], nested=None)
        outer = dict(st, where=[{"item": key, "op": "in query", "value": self._select(inner)}], joins=[])
        return self._select(outer)

    # ---- column names ----------------------------------------------------------------------------
    def aliases(
        self, st: dict, parts: list[exp.Expression], items: list[tuple[dict, str | None]], order: list[exp.Ordered]
    ) -> list[str]:
        """One short, human, unique name per select part (see :mod:`.naming`)."""
        # "name" says whose name only in a grouped answer or beside another table's columns
        generic_as_table = bool(st.get("group")) or len({it.get("t") for it, _ in items if it.get("t")}) > 1
        sj = st.get("self_join")
        names: list[str] = []
        for it, c in items:
            if it.get("kind") == "entity":
                nm = naming.column_alias(it["t"], c, True)
            elif it.get("kind") == "col" and it.get("alias") and sj:
                role = "_".join(w for w in naming.snake(sj["fk"]).split("_") if w != "id") or "ref"
                nm = f"{role}_{naming.snake(it['c'])}"
            elif it.get("kind") == "col":
                # a generic label ("name", "title") is named after its table; other columns keep their name
                nm = naming.column_alias(it["t"], it["c"], generic_as_table and it["c"] in self.label_columns(it["t"]))
            elif it.get("kind") == "period":  # revenue_2024, number_of_orders_last_year
                label = it["conds"][0].get("label") or it["conds"][0].get("value")
                nm = naming.base_alias(it["of"], None, generic_as_table) + "_" + naming.snake(str(label))
            else:
                nm = naming.base_alias(it, None, generic_as_table)
            names.append(nm)
        # two parts under one name: say whose column each is, then number what is still equal
        lows = [x.lower() for x in names]
        shared = {x for x in lows if lows.count(x) > 1}
        for k, (it, c) in enumerate(items):
            if lows[k] in shared and c and it.get("kind") in ("col", "entity") and not it.get("alias"):
                own = naming.column_alias(it["t"], c, True)
                names[k] = own if own != c else f"{naming.singular_words(it['t'])}_{naming.snake(c)}"
        seen: dict[str, int] = {}
        for k, nm in enumerate(names):
            low = nm.lower()
            if low in seen:
                seen[low] += 1
                names[k] = f"{nm}_{seen[low]}"
            else:
                seen[low] = 1
        # A bare ORDER BY "x" means the output column named x: no other expression may take that name.
        bare = {o.this.name for o in order if isinstance(o.this, exp.Column) and not o.this.table}
        for k, nm in enumerate(names):
            if nm in bare and not (isinstance(parts[k], exp.Column) and parts[k].name == nm):
                names[k] = f"{nm}_value"
        return names

    def _nested(self, st: dict, inner: exp.Select, parts: list[exp.Expression], names: list[str]) -> exp.Select:
        """An aggregate over grouped rows: ``SELECT dims, AVG(m) FROM (SELECT dims, m ... GROUP BY dims, key)``.

        ``st["nested"]["by"]`` lists the group items that stay as dimensions of the outer query
        ("average order value by channel"); the other group items are the per-entity keys.
        """
        fn = st["nested"]["fn"]
        by = st["nested"].get("by") or []
        nby = len(parts) - 1 if by else 0
        inner = inner.select(
            *(_as(p, nm) for p, nm in zip(parts[-1 - nby :], names[-1 - nby :], strict=True)), copy=False
        )
        measure = names[-1]
        dims = [exp.column(nm, quoted=True) for nm in names[-1 - nby : -1]]
        per = [g for g in st.get("group", []) if g not in by]
        if fn == "count":
            outer_name = "number_of_" + naming.plural_words(per[0]["t"]) if per and per[0].get("t") else "count"
        else:
            outer_name = f"{naming.FN_WORDS[fn]}_{measure}"
            if per and per[0].get("t"):
                outer_name += "_per_" + naming.singular_words(per[0]["t"])
        outer_name = st["nested"].get("name") or outer_name
        outer_name = outer_name if outer_name.lower() not in (n.lower() for n in names[:-1]) else f"{outer_name}_2"
        agg = exp.alias_(AGGREGATES[fn](this=exp.column(measure, quoted=True)), outer_name, quoted=True)
        sub = exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.to_identifier("sub", quoted=True)))
        query = exp.select(*dims, agg).from_(sub)
        if dims:
            query = query.group_by(*(d.copy() for d in dims))
            buckets = [nm for g, nm in zip(by, names[-1 - nby : -1], strict=False) if g.get("kind") == "bucket"]
            order = [self.ordered(exp.column(b, quoted=True), False) for b in buckets]
            query = query.order_by(*(order or [self.ordered(exp.column(outer_name, quoted=True), True)]))
        return query

    def ordered(self, e: exp.Expression, desc: bool) -> exp.Ordered:
        """``e ASC|DESC`` with the dialect's own placement of NULLs (so none is spelled out)."""
        nulls = _null_ordering(self.dialect)
        nulls_first = {"nulls_are_small": not desc, "nulls_are_large": desc}.get(nulls, False)
        return exp.Ordered(this=e, desc=desc, nulls_first=nulls_first)

    def cond(self, w: dict, ctx: dict) -> exp.Expression:
        e = self.expr(w["item"], ctx)
        op = w["op"]
        v = w.get("value")
        if op in ("is null", "is not null"):
            is_null = exp.Is(this=e, expression=exp.Null())
            if op == "is null":
                blank = exp.EQ(this=e.copy(), expression=_lit(""))
                return exp.Paren(this=exp.or_(is_null, blank)) if w.get("blank") else is_null
            present = exp.Not(this=is_null)
            filled = exp.NEQ(this=e.copy(), expression=_lit(""))
            return exp.Paren(this=exp.and_(present, filled)) if w.get("blank") else present
        if op == "between":
            return exp.Between(this=e, low=_lit(v[0]), high=_lit(v[1]))
        if op == "either":  # alternatives on one column: [[op, value], ...]
            parts = [self.cond({"item": w["item"], "op": o, "value": x}, ctx) for o, x in v]
            return exp.Paren(this=exp.or_(*parts))
        if op == "any":  # conditions on different columns, any of which holds
            return exp.Paren(this=exp.or_(*(self.cond(c, ctx) for c in v)))
        if op == "range":  # [start, end) with either side open
            parts = []
            if v[0] is not None:
                parts.append(exp.GTE(this=e, expression=_lit(v[0])))
            if v[1] is not None:
                parts.append(exp.LT(this=e.copy(), expression=_lit(v[1])))
            return exp.and_(*parts)
        if op.endswith(" sub") and op[:-4] in COMPARISONS and v.get("where"):
            # the aggregate of only the rows the question picks ("the lowest price of products in Oslo")
            agg = {"kind": "agg", "fn": v["fn"], "t": v["t"], "c": v["c"]}
            sub = self._select({"base": v["t"], "select": [agg], "where": list(v["where"])})
            return COMPARISONS[op[:-4]](this=e, expression=sub.subquery())
        if op.endswith(" sub") and op[:-4] in COMPARISONS:
            sub = exp.select(AGGREGATES[v["fn"]](this=exp.column(v["c"], quoted=True))).from_(_table(v["t"]))
            return COMPARISONS[op[:-4]](this=e, expression=sub.subquery())
        if op.endswith(" col") and op[:-4] in COMPARISONS:  # another column of the row ("paid_on > due_on")
            return COMPARISONS[op[:-4]](this=e, expression=self.expr(v, ctx))
        if op == "in query":
            return exp.In(this=e, query=v.subquery() if not isinstance(v, exp.Subquery) else v)
        if op in ("in sub", "not in sub") and v.get("where"):
            # the related rows matching the phrase's own filters ("no sale in 2020"), joined as they need
            key = {"kind": "col", "t": v["t"], "c": v["c"]}
            conds = list(v["where"])
            if op == "not in sub":
                conds.append({"item": key, "op": "is not null"})
            sub = self._select({"base": v["t"], "select": [key], "where": conds})
            found = exp.In(this=e, query=sub.subquery())
            return exp.Not(this=found) if op == "not in sub" else found
        if op in ("in sub", "not in sub"):
            sub = exp.select(exp.column(v["c"], quoted=True)).from_(_table(v["t"]))
            if op == "not in sub":
                sub = sub.where(exp.Not(this=exp.Is(this=exp.column(v["c"], quoted=True), expression=exp.Null())))
            found = exp.In(this=e, query=sub.subquery())
            return exp.Not(this=found) if op == "not in sub" else found
        if op in ("in", "not in"):
            found = exp.In(this=e, expressions=[_lit(x) for x in v])
            return exp.Not(this=found) if op == "not in" else found
        if op in ("like", "not like"):
            found = exp.Like(this=e, expression=_lit(v))
            return exp.Not(this=found) if op == "not like" else found
        return COMPARISONS[op](this=e, expression=_lit(v))


#: aggregate names -> sqlglot nodes
AGGREGATES = {"count": exp.Count, "sum": exp.Sum, "avg": exp.Avg, "min": exp.Min, "max": exp.Max}
COMPARISONS = {"=": exp.EQ, "!=": exp.NEQ, "<": exp.LT, ">": exp.GT, "<=": exp.LTE, ">=": exp.GTE}
#: date buckets, written once per dialect family (``_x_`` stands for the column); ``None`` = the default
BUCKETS: dict[tuple[str | None, str], str] = {
    ("sqlite", "dow"): "strftime('%w', _x_)",
    ("mysql", "dow"): "DAYOFWEEK(_x_)",
    (None, "dow"): "EXTRACT(DOW FROM _x_)",
    ("sqlite", "year"): "strftime('%Y', _x_)",
    ("sqlite", "month"): "strftime('%Y-%m', _x_)",
    ("sqlite", "week"): "strftime('%Y-%W', _x_)",
    ("sqlite", "day"): "strftime('%Y-%m-%d', _x_)",
    ("sqlite", "quarter"): "strftime('%Y', _x_) || '-Q' || ((CAST(strftime('%m', _x_) AS INTEGER) + 2) / 3)",
    ("mysql", "year"): "YEAR(_x_)",
    ("mysql", "quarter"): "CONCAT(YEAR(_x_), '-Q', QUARTER(_x_))",
    ("mysql", "month"): "DATE_FORMAT(_x_, '%Y-%m')",
    ("mysql", "week"): "DATE_FORMAT(_x_, '%x-%v')",
    ("mysql", "day"): "DATE_FORMAT(_x_, '%Y-%m-%d')",
    (None, "year"): "EXTRACT(YEAR FROM _x_)",
    (None, "quarter"): "DATE_TRUNC('quarter', _x_)",
    (None, "month"): "DATE_TRUNC('month', _x_)",
    (None, "week"): "DATE_TRUNC('week', _x_)",
    (None, "day"): "DATE_TRUNC('day', _x_)",
    (None, "hour"): "DATE_TRUNC('hour', _x_)",
}
_READ = {"duckdb": "postgres"}


@lru_cache(maxsize=64)
def _bucket_template(dialect: str, unit: str) -> exp.Expression:
    template = BUCKETS.get((dialect, unit)) or BUCKETS[(None, unit)]
    return sqlglot.parse_one(template, read=_READ.get(dialect, dialect))


@lru_cache(maxsize=8)
def _null_ordering(dialect: str) -> str:
    return sqlglot.Dialect.get_or_raise(dialect).NULL_ORDERING


def _num(v: float | int) -> exp.Literal:
    return exp.Literal.number(repr(v))


def _lit(v: Any) -> exp.Expression:
    if v is None:
        return exp.Null()
    if isinstance(v, bool):
        return _num(int(v))
    if isinstance(v, (int, float)):
        return _num(v)
    return exp.Literal.string(str(v))


def _table(name: str, alias: str | None = None) -> exp.Table:
    table = exp.Table(this=exp.to_identifier(name, quoted=True))
    if alias:
        table.set("alias", exp.TableAlias(this=exp.to_identifier(alias, quoted=True)))
    return table


def _same_value(part: exp.Expression, chosen: list[exp.Expression], joined_equal: set[frozenset]) -> bool:
    """Whether ``part`` is a plain column the join makes equal to a plain column already ``chosen``."""
    if not isinstance(part, exp.Column) or not joined_equal:
        return False
    key = (part.table, part.name)
    return any(isinstance(o, exp.Column) and frozenset({key, (o.table, o.name)}) in joined_equal for o in chosen)


def span_of(expr: str | None) -> tuple[str, str] | None:
    """The unit and start column of a span item's ``expr`` (``"days:opened_on"``), else None."""
    if not expr or ":" not in expr:
        return None
    unit, _, start = expr.partition(":")
    return (unit, start) if unit in SPAN_UNITS and start else None


#: the units a span between two dates is measured in
SPAN_UNITS = ("days", "hours", "weeks")


def _parts(e: exp.Expression) -> list[exp.Expression]:
    """An entity's label columns are several select parts; anything else is one."""
    return list(e.expressions) if isinstance(e, exp.Tuple) else [e]


def _as(part: exp.Expression, name: str) -> exp.Expression:
    """``part AS "name"``, unless the part already comes out under that name (a plain column)."""
    if isinstance(part, exp.Column) and part.name == name:
        return part
    return exp.alias_(part, name, quoted=True)


def _shortens_any(part: str, words) -> bool:
    """Whether a name's part is one of ``words`` shortened (:func:`.lexicon.names_role`: "descr", "nm")."""
    return part not in words and lexicon.names_role(part, frozenset(words))


def _identifier_word(word: str) -> bool:
    """Whether a name's word is an identifier word (:data:`IDENTIFIER_COLUMN_WORDS`), perhaps shortened ("ref")."""
    return word in IDENTIFIER_COLUMN_WORDS or any(spelling.shortens(word, i) for i in IDENTIFIER_COLUMN_WORDS)


def _shortened_label(part: str) -> bool:
    """Whether a name's last part is a label word (:data:`LABEL_WORDS`) shortened: "nm" for name, "ttl" for title."""
    return _shortens_any(part, LABEL_WORDS)
