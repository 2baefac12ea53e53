"""Turn an understood query (a plain dict, the ``state``) into one SELECT in a given dialect.

The state shape::

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
from typing import Any

from . import naming
from .frame import QueryFrame
from .schema import Schema

SELF_ALIAS = "ref"


class Planner:
    def __init__(self, schema: Schema, dialect: str = "sqlite") -> None:
        self.schema = schema
        self.dialect = dialect
        self.adj: dict[str, list[tuple[str, str, str, str]]] = {}
        for fk in schema.foreign_keys:
            if fk.table == fk.ref_table:
                continue
            # (neighbour, my column, their column, direction: "up" = to the referenced side)
            self.adj.setdefault(fk.table, []).append((fk.ref_table, fk.column, fk.ref_column, "up"))
            self.adj.setdefault(fk.ref_table, []).append((fk.table, fk.ref_column, fk.column, "down"))
        self._path_cache: dict[tuple[str, str], list | None] = {}

    # ---- identifiers -------------------------------------------------------------------------
    def q(self, name: str) -> str:
        if self.dialect == "mysql":
            return "`" + name.replace("`", "``") + "`"
        return '"' + name.replace('"', '""') + '"'

    @staticmethod
    def lit(v: Any) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, bool):
            return "1" if v else "0"
        if isinstance(v, (int, float)):
            return repr(v)
        return "'" + str(v).replace("'", "''") + "'"

    # ---- join graph ----------------------------------------------------------------------------
    def path(self, a: str, b: str) -> list[tuple[str, str, str, str, str]] | None:
        """Shortest FK path a -> b as edges (from, to, from_col, to_col, direction)."""
        key = (a, b)
        if key in self._path_cache:
            return self._path_cache[key]
        prev: dict[str, tuple] = {a: None}
        dq = deque([a])
        while dq:
            cur = dq.popleft()
            if cur == b:
                break
            for nb, mc, tc, d in sorted(self.adj.get(cur, []), key=lambda e: e[3] != "up"):
                if nb not in prev:
                    prev[nb] = (cur, mc, tc, d)
                    dq.append(nb)
        if b not in prev:
            self._path_cache[key] = None
            return None
        edges = []
        cur = b
        while prev[cur] is not None:
            p, mc, tc, d = prev[cur]
            edges.append((p, cur, mc, tc, d))
            cur = p
        edges.reverse()
        self._path_cache[key] = edges
        return edges

    def distance(self, a: str, b: str) -> int:
        if a == b:
            return 0
        p = self.path(a, b)
        return len(p) if p is not None else 99

    def join_tree(self, base: str, tables: Iterable[str]) -> list[tuple[str, str, str, str, str]] | None:
        """Edges joining ``tables`` to ``base``: nearest tables first, ties in the order given.

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
                p = self.path(j, t)
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

    def label_columns(self, tname: str) -> list[str]:
        t = self.schema.table(tname)
        if t is None:
            return []
        names = {c.name.lower(): c.name for c in t.columns}
        low_t = re.sub(r"[^a-z0-9]", "", tname.lower())
        for cand in ("name", f"{low_t}name", f"{low_t}_name", f"{low_t.rstrip('s')}_name", "full_name", "fullname"):
            if cand in names:
                return [names[cand]]
        first = next(
            (c.name for c in t.columns if re.sub(r"[^a-z]", "", c.name.lower()) in ("firstname", "fname", "givenname")),
            None,
        )
        last = next(
            (
                c.name
                for c in t.columns
                if re.sub(r"[^a-z]", "", c.name.lower()) in ("lastname", "lname", "surname", "familyname")
            ),
            None,
        )
        if first and last:
            return [first, last]
        if "title" in names:
            return [names["title"]]
        for c in t.columns:
            if c.family == "text" and c.name.lower().endswith("name") and not c.primary_key:
                return [c.name]
        return t.primary_key[:1] or [t.columns[0].name]

    def col(self, t: str, c: str, qualify: bool, alias: str | None = None) -> str:
        if alias:
            return f"{self.q(alias)}.{self.q(c)}"
        return f"{self.q(t)}.{self.q(c)}" if qualify else self.q(c)

    def bucket(self, unit: str, expr: str) -> str:
        d = self.dialect
        if unit == "dow":  # 0 = Sunday in every dialect below except MySQL (1 = Sunday)
            return {"sqlite": f"strftime('%w', {expr})", "mysql": f"DAYOFWEEK({expr})"}.get(
                d, f"EXTRACT(DOW FROM {expr})"
            )
        if d == "sqlite":
            fmt = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%W", "day": "%Y-%m-%d"}.get(unit)
            if fmt:
                return f"strftime('{fmt}', {expr})"
            return f"strftime('%Y', {expr}) || '-Q' || ((CAST(strftime('%m', {expr}) AS INTEGER) + 2) / 3)"
        if d == "mysql":
            if unit == "year":
                return f"YEAR({expr})"
            if unit == "quarter":
                return f"CONCAT(YEAR({expr}), '-Q', QUARTER({expr}))"
            fmt = {"month": "%Y-%m", "week": "%x-%v", "day": "%Y-%m-%d"}[unit]
            return f"DATE_FORMAT({expr}, '{fmt}')"
        if unit == "year":
            return f"EXTRACT(YEAR FROM {expr})"
        return f"DATE_TRUNC('{unit}', {expr})"

    def metric_sql(self, name: str, qualify: bool) -> tuple[str, list[str]]:
        """The metric's SQL and the tables it reads, in the order the expression names them."""
        expr = self.schema.metrics.get(name, "")
        tables: dict[str, None] = {}

        def repl(m: re.Match) -> str:
            t = self.schema.table(m.group(1))
            c = t.column(m.group(2)) if t else None
            if not c:
                return m.group(0)
            tables[t.name] = None
            return self.col(t.name, c.name, True)

        out = re.sub(r"\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\b", repl, expr)
        return out, list(tables)

    def item_tables(self, it: dict) -> list[str]:
        """The tables an item reads, in a fixed order (not a set: join order must not depend on hashing)."""
        if it.get("kind") == "metric":
            return self.metric_sql(it["name"], True)[1]
        if it.get("kind") == "pct":
            return list(dict.fromkeys(t for w in it["conds"] for t in self.item_tables(w["item"])))
        if it.get("alias"):
            return []
        t = it.get("t")
        return [t] if t else []

    def expr(self, it: dict, ctx: dict) -> str:
        k = it["kind"]
        qual = ctx["qualify"]
        if k == "col":
            return self.col(it["t"], it["c"], qual, it.get("alias"))
        if k == "bucket":
            return self.bucket(it["unit"], self.col(it["t"], it["c"], qual, it.get("alias")))
        if k == "metric":
            return self.metric_sql(it["name"], qual)[0]
        if k == "agg":
            fn = it["fn"].upper()
            if it.get("c") is None:
                t = it.get("t") or ctx["base"]
                if ctx.get("fanout") and t in ctx.get("fanout_tables", ()):  # counting the "one" side of a join
                    pk = self.schema.table(t).primary_key
                    if pk:
                        return f"COUNT(DISTINCT {self.col(t, pk[0], qual)})"
                return "COUNT(*)"
            inner = self.col(it["t"], it["c"], qual, it.get("alias"))
            if it.get("times"):
                inner = f"{inner} * {self.col(it['t'], it['times'], qual)}"
            if it.get("expr") == "len":
                inner = f"LENGTH({inner})"
            if it.get("distinct"):
                return f"{fn}(DISTINCT {inner})"
            return f"{fn}({inner})"
        if k == "entity":
            return ", ".join(self.col(it["t"], c, qual) for c in self.label_columns(it["t"]))
        if k == "pct":
            conds = " AND ".join(self.cond(w, ctx) for w in it["conds"])
            return f"100.0 * SUM(CASE WHEN {conds} THEN 1 ELSE 0 END) / COUNT(*)"
        raise ValueError(k)

    # ---- whole statement -----------------------------------------------------------------------
    def to_sql(self, st: dict | QueryFrame) -> str:
        if isinstance(st, QueryFrame):
            st = st.to_state()
        both = next((w for w in st.get("where", []) if w["op"] == "both"), None)
        base_t = self.schema.table(st["base"]) if st.get("base") else None
        if both is not None and base_t is not None and len(base_t.primary_key) == 1:
            # "both A and B" on one column: rows matching A whose key also has a row matching B
            # (one SELECT with a sub-query, which the SQL guard accepts like any other).
            a, b = both["value"]
            key = {"kind": "col", "t": base_t.name, "c": base_t.primary_key[0]}
            inner_st = dict(st, select=[key], order=[], limit=None, distinct=False, group=[], having=[], nested=None)
            inner_st["where"] = [w if w is not both else {**w, "op": "=", "value": b} for w in st["where"]]
            inner = self._to_sql(inner_st)
            outer = dict(st)
            outer["where"] = [w if w is not both else {**w, "op": "=", "value": a} for w in st["where"]]
            outer["where"].append({"item": key, "op": "in sql", "value": inner})
            if not any(it.get("kind") in ("agg", "metric", "pct") for it in st.get("select", [])):
                outer["distinct"] = True
            return self._to_sql(outer)
        if both is not None and not any(it.get("kind") in ("agg", "metric", "pct") for it in st.get("select", [])):
            # no single key: the rows matching A INTERSECT the rows matching B
            parts = []
            for v in both["value"]:
                one = dict(st, where=[w if w is not both else {**w, "op": "=", "value": v} for w in st["where"]])
                one.pop("order", None)
                one.pop("limit", None)
                one["distinct"] = False
                parts.append(self.to_sql(one))
            return " INTERSECT ".join(parts)
        if both is not None:
            st = dict(st, where=[w if w is not both else {**w, "op": "in"} for w in st["where"]])
        return self._to_sql(st)

    def _to_sql(self, st: dict) -> str:
        base = st["base"]
        items: list[dict] = []
        items += st.get("select", [])
        items += [w["item"] for w in st.get("where", [])]
        items += st.get("group", [])
        items += [h["item"] for h in st.get("having", [])]
        items += [o["item"] for o in st.get("order", [])]
        # in the order the statement uses them: ties in join_tree keep this order
        tables: dict[str, None] = dict.fromkeys([base, *st.get("joins", [])])
        for it in items:
            tables.update(dict.fromkeys(self.item_tables(it)))
        edges = self.join_tree(base, tables)
        if edges is None:
            raise ValueError("tables are not connected by foreign keys: " + ", ".join(sorted(tables)))
        qualify = bool(edges) or bool(st.get("self_join"))
        # Fan-out: a "down" edge multiplies the rows of everything above it.
        fanout_tables: set[str] = set()
        if any(e[4] == "down" for e in edges):
            fanout_tables = {base} | {e[0] for e in edges if e[4] == "down"}
        ctx = {"qualify": qualify, "base": base, "fanout": bool(fanout_tables), "fanout_tables": fanout_tables}

        def sel_expr(it: dict) -> str:
            return self.expr(it, ctx)

        group = st.get("group", [])
        select_parts: list[str] = []
        select_items: list[tuple[dict, str]] = []  # (item, label column) per part, for naming
        for it in st.get("select", []):
            parts = _split_top_level(sel_expr(it))
            cols = self.label_columns(it["t"]) if it.get("kind") == "entity" else [it.get("c")] * len(parts)
            for part, c in zip(parts, cols, strict=False):
                if part not in select_parts:
                    select_parts.append(part)
                    select_items.append((it, c))
        from_sql = self.q(base)
        for a, b, ac, bc, _d in edges:
            from_sql += f" JOIN {self.q(b)} ON {self.col(a, ac, True)} = {self.col(b, bc, True)}"
        sj = st.get("self_join")
        if sj:
            from_sql += (
                f" JOIN {self.q(sj['t'])} AS {self.q(SELF_ALIAS)} ON "
                f"{self.col(sj['t'], sj['fk'], True)} = {self.q(SELF_ALIAS)}.{self.q(sj['ref'])}"
            )
        tail = " FROM " + from_sql
        conds = [self.cond(w, ctx) for w in st.get("where", [])]
        if conds:
            tail += " WHERE " + " AND ".join(conds)
        if group:
            gparts = []
            for g in group:
                if g["kind"] == "entity":
                    t = self.schema.table(g["t"])
                    cols = list(dict.fromkeys([*t.primary_key[:1], *self.label_columns(g["t"])]))
                    gparts += [self.col(g["t"], c, qualify) for c in cols]
                else:
                    gparts.append(sel_expr(g))
            tail += " GROUP BY " + ", ".join(dict.fromkeys(gparts))
        hav = [self.cond(h, ctx) for h in st.get("having", [])]
        if hav:
            tail += " HAVING " + " AND ".join(hav)
        order = st.get("order", [])
        oparts = []
        for o in order:
            e = sel_expr(o["item"])
            oparts.append(e + (" DESC" if o.get("dir") == "desc" else " ASC" if o.get("dir") == "asc" else ""))
        names = self.aliases(st, select_parts, select_items, oparts)
        if st.get("nested"):
            return self._nested_sql(st, select_parts, names, tail)
        shown = [self._as(p, nm) for p, nm in zip(select_parts, names, strict=True)]
        sql = "SELECT " + ("DISTINCT " if st.get("distinct") else "") + ", ".join(shown) + tail
        if oparts:
            sql += " ORDER BY " + ", ".join(oparts)
        if st.get("limit"):
            sql += f" LIMIT {int(st['limit'])}"
        return sql

    # ---- column names ----------------------------------------------------------------------------
    def _as(self, part: str, name: str) -> str:
        """``part AS "name"``, unless the part already comes out under that name (a plain column)."""
        qn = self.q(name)
        if part == qn or part.endswith("." + qn):
            return part
        return f"{part} AS {qn}"

    def aliases(self, st: dict, parts: list[str], items: list[tuple[dict, str | None]], oparts: list[str]) -> list[str]:
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
        bare = {o.rsplit(" ", 1)[0] if o.endswith((" ASC", " DESC")) else o for o in oparts}
        for k, nm in enumerate(names):
            if self.q(nm) in bare and parts[k] != self.q(nm) and not parts[k].endswith("." + self.q(nm)):
                names[k] = f"{nm}_value"
        return names

    def _nested_sql(self, st: dict, parts: list[str], names: list[str], tail: str) -> str:
        """An aggregate over grouped rows: ``SELECT dims, AVG(m) FROM (SELECT dims, m ... GROUP BY dims, key)``.

        ``st["nested"]["by"]`` lists the group items that stay as dimensions of the outer query
        ("average order value by channel"); the other group items are the per-entity keys.
        """
        fn = st["nested"]["fn"]
        by = st["nested"].get("by") or []
        nby = len(parts) - 1 if by else 0
        inner = ", ".join(self._as(p, nm) for p, nm in zip(parts[-1 - nby :], names[-1 - nby :], strict=True))
        measure = names[-1]
        dims = [self.q(nm) for nm in names[-1 - nby : -1]]
        per = [g for g in st.get("group", []) if g not in by]
        if fn == "count":
            outer_name = "number_of_" + naming.plural_words(per[0]["t"]) if per and per[0].get("t") else "count"
        else:
            outer_name = f"{naming.FN_WORDS[fn]}_{measure}"
            if per and per[0].get("t"):
                outer_name += "_per_" + naming.singular_words(per[0]["t"])
        outer_name = st["nested"].get("name") or outer_name
        outer_name = outer_name if outer_name.lower() not in (n.lower() for n in names[:-1]) else f"{outer_name}_2"
        agg = f"{fn.upper()}({self.q(measure)}) AS {self.q(outer_name)}"
        sql = f"SELECT {', '.join([*dims, agg])} FROM (SELECT {inner}{tail}) AS {self.q('sub')}"
        if dims:
            sql += " GROUP BY " + ", ".join(dims)
            buckets = [self.q(nm) for g, nm in zip(by, names[-1 - nby : -1], strict=False) if g.get("kind") == "bucket"]
            sql += " ORDER BY " + (", ".join(f"{b} ASC" for b in buckets) or f"{self.q(outer_name)} DESC")
        return sql

    def cond(self, w: dict, ctx: dict) -> str:
        e = self.expr(w["item"], ctx)
        op = w["op"]
        v = w.get("value")
        if op in ("is null", "is not null"):
            if w.get("blank"):
                return f"({e} IS NULL OR {e} = '')" if op == "is null" else f"({e} IS NOT NULL AND {e} <> '')"
            return f"{e} {op.upper()}"
        if op == "between":
            return f"{e} BETWEEN {self.lit(v[0])} AND {self.lit(v[1])}"
        if op == "range":  # [start, end) with either side open
            parts = []
            if v[0] is not None:
                parts.append(f"{e} >= {self.lit(v[0])}")
            if v[1] is not None:
                parts.append(f"{e} < {self.lit(v[1])}")
            return " AND ".join(parts)
        if op.endswith(" sub") and op[:-4] in ("<", ">", "<=", ">=", "=", "!="):
            agg = f"{v['fn'].upper()}({self.q(v['c'])})"
            return f"{e} {op[:-4]} (SELECT {agg} FROM {self.q(v['t'])})"
        if op == "in sql":
            return f"{e} IN ({v})"
        if op in ("in sub", "not in sub"):
            sub = f"SELECT {self.q(v['c'])} FROM {self.q(v['t'])}"
            if op == "not in sub":
                sub += f" WHERE {self.q(v['c'])} IS NOT NULL"
            return f"{e} {op[:-4].upper()} ({sub})"
        if op in ("in", "not in"):
            return f"{e} {op.upper()} (" + ", ".join(self.lit(x) for x in v) + ")"
        if op in ("like", "not like"):
            return f"{e} {op.upper()} {self.lit(v)}"
        return f"{e} {op} {self.lit(v)}"


def _split_top_level(expr: str) -> list[str]:
    """Split 'a, b' at top-level commas (entity items expand to several columns)."""
    parts, depth, cur, quote = [], 0, "", None
    for ch in expr:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts
