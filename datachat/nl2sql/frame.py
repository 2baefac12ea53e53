"""The understood question as typed, frozen values: :class:`QueryFrame` and its parts.

A frame says what to compute (measures over dimensions, with filters, a time range and grain, an
ordering and a limit, an optional nesting or set operation, the references its joins follow where a table refers
to another twice: ``via``), how to show it (``chart_hint``) and which
spans of the question each part came from. It is what the engine returns, what the SQL planner reads,
what the answer (charts, summary, exports) takes its direction and roles from, and what is stored on the
assistant message (:meth:`QueryFrame.to_dict` / :meth:`QueryFrame.from_dict`) to be the base of a
follow-up. Frames are never changed in place; :func:`dataclasses.replace` makes a new one.

    >>> f = QueryFrame(base="orders", select=(Field("aggregate", fn="count", table="orders"),))
    >>> QueryFrame.from_dict(f.to_dict()) == f
    True
    >>> [m.fn for m in f.measures], f.dimensions
    (['count'], ())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .draft import Draft

#: item kinds as the frame names them -> the planner's short names
_KINDS = {
    "column": "col",
    "aggregate": "agg",
    "bucket": "bucket",
    "metric": "metric",
    "entity": "entity",
    "share": "pct",
    "share_of_total": "total_share",
    "in_period": "period",
}
_KIND_OF = {v: k for k, v in _KINDS.items()}
#: kinds that compute a value over many rows (what a chart or summary calls a measure)
MEASURE_KINDS = ("aggregate", "metric", "share", "share_of_total", "in_period")
#: chart hints a question may carry ("as a line chart", "show it as a table")
CHART_HINTS = ("table", "bar", "line", "area", "pie", "scatter")


@dataclass(frozen=True)
class Field:
    """One thing the query reads or computes: a column, an aggregate, a date bucket, a named metric,
    an entity (a table's label columns), a share of the rows (of ``table``) matching ``conds``, or of the sum
    ``of`` over them (``share``, in percent), each group's
    share of the total of the measure ``of`` (``share_of_total``, in percent) or the aggregate ``of`` over
    the rows of one period only (``in_period``: ``conds`` holds the period's date filter)."""

    kind: str
    table: str | None = None
    column: str | None = None
    fn: str | None = None  # count | sum | avg | min | max (aggregates)
    distinct: bool | None = None
    unit: str | None = None  # bucket: year | quarter | month | week | day | dow | hour
    name: str | None = None  # metric name
    alias: str | None = None  # the table alias when a table is read twice (self-reference)
    times: str | None = None  # aggregate of column x times (price x quantity)
    off: str | None = None  # a discount in percent taken off column x times ("discount_pct" of a sale line)
    expr: str | None = None  # "len": the text length of the column
    conds: tuple[Filter, ...] = ()
    of: Field | None = None

    @property
    def is_measure(self) -> bool:
        return self.kind in MEASURE_KINDS

    def to_item(self) -> dict[str, Any]:
        item: dict[str, Any] = {"kind": _KINDS[self.kind]}
        for key, value in (
            ("fn", self.fn),
            ("t", self.table),
            ("c", self.column),
            ("distinct", self.distinct),
            ("unit", self.unit),
            ("name", self.name),
            ("alias", self.alias),
            ("times", self.times),
            ("off", self.off),
            ("expr", self.expr),
        ):
            if value is not None:
                item[key] = value
        if self.kind in ("share", "in_period"):
            item["conds"] = [c.to_condition() for c in self.conds]
        if self.of is not None:
            item["of"] = self.of.to_item()
        return item

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Field:
        known = {"kind", "fn", "t", "c", "distinct", "unit", "name", "alias", "times", "off", "expr", "conds", "of"}
        extra = set(item) - known
        if extra:
            raise ValueError(f"unknown item keys {sorted(extra)}")
        return cls(
            kind=_KIND_OF[item["kind"]],
            table=item.get("t"),
            column=item.get("c"),
            fn=item.get("fn"),
            distinct=item.get("distinct"),
            unit=item.get("unit"),
            name=item.get("name"),
            alias=item.get("alias"),
            times=item.get("times"),
            off=item.get("off"),
            expr=item.get("expr"),
            conds=tuple(Filter.from_condition(c) for c in item.get("conds", ())),
            of=cls.from_item(item["of"]) if item.get("of") else None,
        )


@dataclass(frozen=True)
class SubQuery:
    """A one-column sub-query a filter compares with: ``(SELECT fn(column) FROM table)`` or the column's values,
    of only the rows matching ``where`` (joined from ``table`` as the filters need): ``store.id NOT IN (SELECT
    store_id FROM sale WHERE year = 2020)`` reads "stores with no sale in 2020"."""

    table: str
    column: str
    fn: str | None = None
    where: tuple[Filter, ...] = ()

    def to_value(self) -> dict[str, Any]:
        out: dict[str, Any] = {"t": self.table, "c": self.column}
        if self.fn is not None:
            out = {"fn": self.fn, **out}
        if self.where:
            out["where"] = [w.to_condition() for w in self.where]
        return out


@dataclass(frozen=True)
class Filter:
    """``field op value``. ``op`` is a comparison (``=``, ``>``...), ``in``/``not in``, ``like``/``not like``,
    ``between``, ``range`` (``[start, end)``, either side open), ``is null``/``is not null`` (``blank``: empty
    text counts as missing), a comparison with a sub-query (``"> sub"``, ``"in sub"``), a comparison with
    another column of the same row or of a row it refers to (``"> col"``: ``value`` is that column's
    :class:`Field`, "arrived later than the promised day"), ``both`` (rows
    matching each of two values: a set operation), ``either`` (alternatives on the one column: ``value`` is
    ``[[op, value], ...]``, any of which holds), or ``any`` (conditions on different columns joined by "or":
    ``value`` is those :class:`Filter` s, ``field`` the first one's). ``period`` is the date phrase a date range
    came from ("2024", "last month"); ``label`` how the value reads in the explanation."""

    field: Field
    op: str
    value: Any = None
    has_value: bool = True
    period: str | None = None
    label: str | None = None
    blank: bool | None = None

    @property
    def is_time_range(self) -> bool:
        return self.period is not None

    @property
    def is_set_operation(self) -> bool:
        return self.op == "both"

    def to_condition(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.field.to_item(), "op": self.op}
        if self.has_value:
            out["value"] = _value_out(self.value)
        for key, value in (("date", self.period), ("label", self.label), ("blank", self.blank)):
            if value is not None:
                out[key] = value
        return out

    @classmethod
    def from_condition(cls, cond: dict[str, Any]) -> Filter:
        extra = set(cond) - {"item", "op", "value", "date", "label", "blank"}
        if extra:
            raise ValueError(f"unknown condition keys {sorted(extra)}")
        return cls(
            field=Field.from_item(cond["item"]),
            op=cond["op"],
            value=_value_in(cond.get("value")),
            has_value="value" in cond,
            period=cond.get("date"),
            label=cond.get("label"),
            blank=cond.get("blank"),
        )


def _value_in(value: Any) -> Any:
    if isinstance(value, dict) and "kind" in value:
        return Field.from_item(value)
    if isinstance(value, dict) and "item" in value:
        return Filter.from_condition(value)  # one alternative of an ``any`` filter
    if isinstance(value, dict):
        where = tuple(Filter.from_condition(w) for w in value.get("where", ()))
        return SubQuery(table=value["t"], column=value["c"], fn=value.get("fn"), where=where)
    if isinstance(value, list):
        return tuple(_value_in(v) for v in value)
    return value


def _value_out(value: Any) -> Any:
    if isinstance(value, Field):
        return value.to_item()
    if isinstance(value, SubQuery):
        return value.to_value()
    if isinstance(value, Filter):
        return value.to_condition()
    if isinstance(value, tuple):
        return [_value_out(v) for v in value]
    return value


@dataclass(frozen=True)
class Order:
    """Sort by ``field``, ``"asc"`` or ``"desc"``."""

    field: Field
    direction: str = "asc"


@dataclass(frozen=True)
class Nesting:
    """An aggregate over a grouped inner result ("average number of tracks per album"): the outer
    ``fn``, the inner group fields kept as the outer dimensions (``by``) and the outer column's name."""

    fn: str
    by: tuple[Field, ...] | None = None
    name: str | None = None


@dataclass(frozen=True)
class SelfJoin:
    """The base table read a second time through its own foreign key ("employees who report to Ann")."""

    table: str
    fk: str
    ref: str


@dataclass(frozen=True)
class Span:
    """Where in the question a part of the frame came from: ``part`` ("measure", "filter", "group",
    "order", "limit", "date", ...), the token range ``[start, end)`` and the words."""

    part: str
    start: int
    end: int
    text: str


_STATE_KEYS = {
    "base", "select", "where", "group", "having", "order", "limit", "distinct", "joins", "nested", "self_join",
    "default_order", "chart", "explanation", "sql", "every", "via",
}  # fmt: skip


@dataclass(frozen=True)
class QueryFrame:
    """What a question asks, typed (see the module docstring)."""

    base: str | None = None
    select: tuple[Field, ...] = ()
    filters: tuple[Filter, ...] = ()
    group: tuple[Field, ...] = ()
    having: tuple[Filter, ...] = ()
    order: tuple[Order, ...] = ()
    #: the question asked for no order; the order is the default (time ascending, else the measure
    #: largest first), so a follow-up that regroups re-derives it and the explanation leaves it out
    order_implied: bool = False
    limit: int | None = None
    distinct: bool | None = None
    joins: tuple[str, ...] | None = None
    nesting: Nesting | None = None
    self_join: SelfJoin | None = None
    #: the tables named as what holds the counted rows ("how many Y are in each X"): a count per row of one
    #: of them lists every row, one holding nothing with 0 (:meth:`.sqlgen.Planner._empty_groups`)
    every: tuple[str, ...] = ()
    #: the references to follow ("table.column") where a table refers to another twice and a word of the
    #: question names one of them ("students currently living at": ``current_address_id``, not the permanent one)
    via: tuple[str, ...] = ()
    chart_hint: str | None = None
    #: the question asks how a whole splits into parts ("share", "breakdown"): a chart shows parts of a whole
    composition: bool = False
    explanation: str = ""
    sql: str | None = None
    spans: tuple[Span, ...] = field(default=(), compare=False)

    # ---- what the answer reads ---------------------------------------------------------------
    @property
    def measures(self) -> tuple[Field, ...]:
        """The computed values shown (aggregates, metrics, shares), in select order."""
        return tuple(f for f in self.select if f.is_measure)

    @property
    def dimensions(self) -> tuple[Field, ...]:
        """What the measures are broken down by (the grouping; a nesting's kept dimensions)."""
        if self.nesting is not None:
            return tuple(self.nesting.by or ())
        return self.group

    @property
    def grain(self) -> str | None:
        """The date bucket of a time series ("month"), if the result is one."""
        return next((f.unit for f in self.dimensions if f.kind == "bucket"), None)

    @property
    def time_range(self) -> tuple[Filter, ...]:
        return tuple(f for f in self.filters if f.is_time_range)

    @property
    def direction(self) -> str | None:
        """How the result is ranked: ``"desc"`` (largest first), ``"asc"`` (smallest first) or ``None``.

        The first ordering that is not by a dimension counts (a time series sorted by its month is not
        a ranking)."""
        return next((o.direction for o in self.order if o.field not in self.dimensions), None)

    @property
    def set_operation(self) -> str | None:
        return "intersect" if any(f.is_set_operation for f in self.filters) else None

    # ---- the planner's plain form ------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """The plain dict the SQL planner reads (see :mod:`.sqlgen`)."""
        st: dict[str, Any] = {
            "base": self.base,
            "select": [f.to_item() for f in self.select],
            "where": [f.to_condition() for f in self.filters],
            "group": [f.to_item() for f in self.group],
            "having": [f.to_condition() for f in self.having],
            "order": [{"item": o.field.to_item(), "dir": o.direction} for o in self.order],
            "limit": self.limit,
        }
        if self.distinct is not None:
            st["distinct"] = self.distinct
        if self.joins is not None:
            st["joins"] = list(self.joins)
        if self.nesting is not None:
            nested: dict[str, Any] = {"fn": self.nesting.fn}
            if self.nesting.by is not None:
                nested["by"] = [f.to_item() for f in self.nesting.by]
            if self.nesting.name is not None:
                nested["name"] = self.nesting.name
            st["nested"] = nested
        if self.self_join is not None:
            sj = self.self_join
            st["self_join"] = {"t": sj.table, "fk": sj.fk, "ref": sj.ref}
        if self.order_implied:
            st["default_order"] = True
        if self.every:
            st["every"] = list(self.every)
        if self.via:
            st["via"] = list(self.via)
        return st

    @classmethod
    def from_state(cls, st: dict[str, Any] | Draft, **extra: Any) -> QueryFrame:
        if isinstance(st, Draft):
            st = st.to_state()
        unknown = set(st) - _STATE_KEYS
        if unknown:
            raise ValueError(f"unknown state keys {sorted(unknown)}")
        nested = st.get("nested")
        sj = st.get("self_join")
        parts: dict[str, Any] = dict(
            base=st.get("base"),
            select=tuple(Field.from_item(i) for i in st.get("select", ())),
            filters=tuple(Filter.from_condition(w) for w in st.get("where", ())),
            group=tuple(Field.from_item(i) for i in st.get("group", ())),
            having=tuple(Filter.from_condition(w) for w in st.get("having", ())),
            order=tuple(Order(Field.from_item(o["item"]), o.get("dir", "asc")) for o in st.get("order", ())),
            order_implied=bool(st.get("default_order")),
            limit=st.get("limit"),
            distinct=st.get("distinct"),
            joins=tuple(st["joins"]) if st.get("joins") is not None else None,
            nesting=None
            if not nested
            else Nesting(
                fn=nested["fn"],
                by=tuple(Field.from_item(i) for i in nested["by"]) if nested.get("by") is not None else None,
                name=nested.get("name"),
            ),
            self_join=SelfJoin(table=sj["t"], fk=sj["fk"], ref=sj["ref"]) if sj else None,
            every=tuple(st.get("every") or ()),
            via=tuple(st.get("via") or ()),
            chart_hint=st.get("chart"),
            explanation=st.get("explanation", ""),
            sql=st.get("sql"),
        )
        return cls(**{**parts, **extra})

    # ---- storage -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; stored on the assistant message and read back by :meth:`from_dict`."""
        out = self.to_state()
        out["chart"] = self.chart_hint
        out["composition"] = self.composition
        out["explanation"] = self.explanation
        out["sql"] = self.sql
        out["spans"] = [[s.part, s.start, s.end, s.text] for s in self.spans]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> QueryFrame | None:
        """The frame stored by :meth:`to_dict` (older stored states read the same way); ``None`` for none."""
        if not data or not data.get("base"):
            return None
        spans = tuple(Span(*s) for s in data.get("spans", ()))
        state = {k: v for k, v in data.items() if k in _STATE_KEYS}
        if data.get("_default_order"):  # stored before the frame had a name for it
            state["default_order"] = True
        return cls.from_state(state, spans=spans, composition=bool(data.get("composition")))

    def to_previous(self) -> dict[str, Any]:
        """The plain form plus what was shown (SQL, chart, explanation): the base a follow-up refines."""
        return {**self.to_state(), "sql": self.sql, "chart": self.chart_hint, "explanation": self.explanation}
