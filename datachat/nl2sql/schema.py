"""Schema model: plain dataclasses built from SQLAlchemy reflection.

The engine never talks to the database while translating; everything it knows about the
source lives in a :class:`Schema`, which round-trips through JSON (``to_dict``/``from_dict``).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import sqlalchemy as sa

log = logging.getLogger(__name__)

#: SQL type families the engine reasons about.
TYPE_FAMILIES = ("integer", "number", "text", "date", "datetime", "boolean", "other")


#: the column families that hold a date, or a date and a time
DATE_FAMILIES = ("date", "datetime")


@dataclass
class Column:
    name: str
    family: str = "text"
    description: str = ""
    synonyms: list[str] = field(default_factory=list)
    primary_key: bool = False
    nullable: bool = True
    #: a date or time written as text ("2024-03-05"): compared as text, cast before date functions
    stored_as_text: bool = False


@dataclass
class ForeignKey:
    """``table.column`` references ``ref_table.ref_column`` (one pair; composite keys become several)."""

    table: str
    column: str
    ref_table: str
    ref_column: str
    inferred: bool = False


@dataclass
class Table:
    name: str
    columns: list[Column] = field(default_factory=list)
    primary_key: list[str] = field(default_factory=list)
    description: str = ""
    synonyms: list[str] = field(default_factory=list)

    def column(self, name: str) -> Column | None:
        low = name.lower()
        for col in self.columns:
            if col.name.lower() == low:
                return col
        return None


@dataclass
class Schema:
    tables: list[Table] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)
    #: table -> the date column that "in 2024" filters on (a semantic model's default time dimension)
    time_dimensions: dict[str, str] = field(default_factory=dict)

    def table(self, name: str) -> Table | None:
        low = name.lower()
        for tab in self.tables:
            if tab.name.lower() == low:
                return tab
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Schema:
        tables = [
            Table(
                name=t["name"],
                columns=[Column(**c) for c in t.get("columns", [])],
                primary_key=list(t.get("primary_key", [])),
                description=t.get("description", ""),
                synonyms=list(t.get("synonyms", [])),
            )
            for t in data.get("tables", [])
        ]
        fks = [ForeignKey(**f) for f in data.get("foreign_keys", [])]
        return cls(
            tables=tables,
            foreign_keys=fks,
            metrics=dict(data.get("metrics", {})),
            time_dimensions=dict(data.get("time_dimensions", {})),
        )


def with_text_dates(schema: Schema, text_dates: dict[str, str]) -> Schema:
    """``schema`` with its text columns that hold dates ("Table.Column" -> date or datetime, found in the data)
    read as dates; the schema itself is left as it was."""
    if not text_dates:
        return schema
    tables = []
    for t in schema.tables:
        cols = [
            replace(c, family=text_dates[f"{t.name}.{c.name}"], stored_as_text=True)
            if c.family == "text" and f"{t.name}.{c.name}" in text_dates
            else c
            for c in t.columns
        ]
        tables.append(replace(t, columns=cols) if cols != t.columns else t)
    return replace(schema, tables=tables)


def type_family(sa_type: Any, type_text: str = "") -> str:
    """Map a SQLAlchemy type (or its declared text) to one of :data:`TYPE_FAMILIES`."""
    text = (type_text or str(sa_type) if sa_type is not None else type_text).lower()
    if isinstance(sa_type, sa.Boolean) or text.startswith("bool"):
        return "boolean"
    if isinstance(sa_type, sa.DateTime) or "timestamp" in text or "datetime" in text:
        return "datetime"
    if isinstance(sa_type, sa.Date) or text == "date" or text.startswith("date"):
        return "date"
    if isinstance(sa_type, sa.Integer) or "int" in text:
        return "integer"
    if isinstance(sa_type, (sa.Numeric, sa.Float)) or any(
        k in text for k in ("numeric", "decimal", "real", "float", "double", "number", "money")
    ):
        return "number"
    if isinstance(sa_type, (sa.String, sa.Text)) or any(k in text for k in ("char", "text", "clob", "string")):
        return "text"
    if text in ("", "null"):
        return "text"
    if "time" in text:
        return "datetime"
    return "other"


def reflect_schema(
    sa_engine: sa.Engine,
    include: dict[str, Any] | None = None,
    annotations: dict[str, Any] | None = None,
) -> Schema:
    """Reflect tables, columns, keys and comments (as descriptions) of ``sa_engine`` into a :class:`Schema`.

    Args:
        sa_engine: a SQLAlchemy engine for the data source.
        include: ``None`` for everything, or ``{"Table": "*" | ["col", ...]}`` to limit what is exposed.
            Table and column names match case-insensitively.
        annotations: optional descriptions, synonyms and named metrics (see the package docstring).

    Returns:
        The schema. Foreign keys are inferred from naming (``artist_id`` -> ``artist.id``) when the
        database declares none for a table.
    """
    insp = sa.inspect(sa_engine)
    include_map = {k.lower(): v for k, v in include.items()} if include else None
    tables: list[Table] = []
    fks: list[ForeignKey] = []
    for tname in insp.get_table_names():
        if tname.startswith("sqlite_"):
            continue
        if include_map is not None and tname.lower() not in include_map:
            continue
        allowed = include_map.get(tname.lower()) if include_map is not None else "*"
        allowed_cols = None if allowed in ("*", None) else {c.lower() for c in allowed}
        try:
            pk = insp.get_pk_constraint(tname).get("constrained_columns") or []
        except Exception:  # noqa: BLE001 - some dialects fail on views
            pk = [c for kind, c, _, _ in _catalog_constraints(sa_engine, tname) if kind == "PRIMARY KEY"]
        try:
            reflected = insp.get_columns(tname)
        except Exception as exc:  # noqa: BLE001 - e.g. duckdb-engine with a newer SQLAlchemy
            log.debug("get_columns failed for %s (%s); reading information_schema", tname, exc)
            reflected = _catalog_columns(sa_engine, tname)
        # Some dialects report a key as its expression text ("(AlbumId)", '"a", "b"'): keep real column names.
        names = {c["name"].lower(): c["name"] for c in reflected}
        pk = [names[k] for p in pk for k in [p.strip('()`"[] ').lower()] if k in names]
        cols = []
        for c in reflected:
            if allowed_cols is not None and c["name"].lower() not in allowed_cols:
                continue
            cols.append(
                Column(
                    name=c["name"],
                    family=type_family(c.get("type"), c.get("type_text") or str(c.get("type") or "")),
                    primary_key=c["name"] in pk,
                    nullable=bool(c.get("nullable", True)),
                    description=(c.get("comment") or "").strip(),
                )
            )
        if not cols:
            continue
        tables.append(
            Table(
                name=tname,
                columns=cols,
                primary_key=[p for p in pk if any(c.name == p for c in cols)],
                description=_table_comment(insp, tname),
            )
        )
        try:
            for fk in insp.get_foreign_keys(tname):
                ref = fk.get("referred_table")
                for lc, rc in zip(fk.get("constrained_columns", []), fk.get("referred_columns", []), strict=False):
                    fks.append(ForeignKey(tname, lc, ref, rc))
        except Exception as exc:  # noqa: BLE001 - a dialect without FK reflection: names are used instead
            log.debug("no foreign keys reflected for %s: %s", tname, exc)
            for kind, col, ref, ref_col in _catalog_constraints(sa_engine, tname):
                if kind == "FOREIGN KEY":
                    fks.append(ForeignKey(tname, col, ref, ref_col))
    schema = Schema(tables=tables)
    # Keep only foreign keys between exposed columns; fix the case of names.
    for fk in fks:
        lt, rt = schema.table(fk.table), schema.table(fk.ref_table)
        if not lt or not rt:
            continue
        lc = lt.column(fk.column)
        rc = rt.column(fk.ref_column) if fk.ref_column else None
        if rc is None and rt.primary_key:
            rc = rt.column(rt.primary_key[0])
        if lc and rc:
            schema.foreign_keys.append(ForeignKey(lt.name, lc.name, rt.name, rc.name))
    _infer_foreign_keys(schema)
    _infer_name_links(schema)
    if annotations:
        apply_annotations(schema, annotations)
    return schema


def _table_comment(insp: Any, table: str) -> str:
    """The table's comment in the database (its description), or "" where the dialect has none."""
    try:
        return (insp.get_table_comment(table).get("text") or "").strip()
    except Exception:  # noqa: BLE001 - NotImplementedError on SQLite and others
        return ""


def _catalog_columns(sa_engine: sa.Engine, table: str) -> list[dict[str, Any]]:
    """Columns from the standard information_schema (PostgreSQL, DuckDB, MySQL all have it)."""
    q = sa.text(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_name = :t ORDER BY ordinal_position"
    )
    with sa_engine.connect() as conn:
        rows = conn.execute(q, {"t": table}).fetchall()
    return [{"name": r[0], "type": None, "type_text": str(r[1]), "nullable": str(r[2]).upper() != "NO"} for r in rows]


def _catalog_constraints(sa_engine: sa.Engine, table: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, column, referenced table, referenced column) from DuckDB's catalog; empty elsewhere."""
    if sa_engine.dialect.name != "duckdb":
        return []
    q = sa.text(
        "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names "
        "FROM duckdb_constraints() WHERE table_name = :t AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
    )
    out = []
    try:
        with sa_engine.connect() as conn:
            for kind, cols, ref, ref_cols in conn.execute(q, {"t": table}):
                for i, col in enumerate(cols or []):
                    ref_col = ref_cols[i] if ref_cols and i < len(ref_cols) else None
                    out.append((kind, col, ref, ref_col))
    except Exception as exc:  # noqa: BLE001
        log.debug("duckdb_constraints() failed for %s: %s", table, exc)
    return out


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _infer_foreign_keys(schema: Schema) -> None:
    """Add naming-based foreign keys for tables that declare none (``x_id`` -> table ``x``)."""
    declared = {fk.table for fk in schema.foreign_keys}
    from .lexicon import singular, split_identifier

    by_norm = {}
    for t in schema.tables:
        by_norm[_norm(t.name)] = t
        words = split_identifier(t.name)
        if words:
            by_norm.setdefault("".join([*words[:-1], singular(words[-1])]), t)
    for t in schema.tables:
        if t.name in declared:
            continue
        for c in t.columns:
            n = _norm(c.name)
            if not n.endswith("id") or len(n) <= 2 or (c.primary_key and len(t.primary_key) == 1):
                continue
            target = by_norm.get(n[:-2])
            if target is None or target is t:
                continue
            ref = None
            if len(target.primary_key) == 1:
                ref = target.column(target.primary_key[0])
            if ref is None:
                ref = target.column(c.name) or target.column("id")
            if ref is not None:
                schema.foreign_keys.append(ForeignKey(t.name, c.name, target.name, ref.name, inferred=True))
    # A column named after another table ("flights.airline" -> airlines), in any table, when nothing
    # declared links that column and the target has a one-column integer key. A part of a composite key
    # refers too (a load keyed by its kiln and its number refers to the kiln); a table's whole key names its own row.
    linked = {(fk.table, fk.column) for fk in schema.foreign_keys}
    for t in schema.tables:
        for c in t.columns:
            own_key = c.primary_key and len(t.primary_key) == 1
            if (t.name, c.name) in linked or own_key or c.family != "integer":
                continue
            target = by_norm.get(_norm(c.name))
            if target is None or target is t or len(target.primary_key) != 1:
                continue
            ref = target.column(target.primary_key[0])
            if ref is not None and ref.family == "integer":
                schema.foreign_keys.append(ForeignKey(t.name, c.name, target.name, ref.name, inferred=True))


def _infer_name_links(schema: Schema) -> None:
    """Schemas with no declared keys at all: ``city.state_name`` -> ``state.state_name`` (same column name,
    and in the target table that column is its key or carries the table's own name)."""
    if schema.foreign_keys:
        return
    for b in schema.tables:
        tb = _norm(b.name).rstrip("s")
        for bc in b.columns:
            nb = _norm(bc.name)
            if not (bc.primary_key or (nb.startswith(tb) and nb[len(tb) :] in ("name", "id", "code", "no", "number"))):
                continue
            for a in schema.tables:
                if a is b:
                    continue
                ac = a.column(bc.name)
                if ac is not None:
                    schema.foreign_keys.append(ForeignKey(a.name, ac.name, b.name, bc.name, inferred=True))


def apply_annotations(schema: Schema, annotations: dict[str, Any]) -> None:
    """Merge descriptions, synonyms and metrics from an annotations dict into ``schema``."""
    for tname, info in (annotations.get("tables") or {}).items():
        t = schema.table(tname)
        if t is None:
            continue
        t.description = info.get("description", t.description) or ""
        t.synonyms = list(dict.fromkeys([*t.synonyms, *info.get("synonyms", [])]))
    for ref, info in (annotations.get("columns") or {}).items():
        if "." not in ref:
            continue
        tname, cname = ref.split(".", 1)
        t = schema.table(tname)
        c = t.column(cname) if t else None
        if c is None:
            continue
        c.description = info.get("description", c.description) or ""
        c.synonyms = list(dict.fromkeys([*c.synonyms, *info.get("synonyms", [])]))
    for name, expr in (annotations.get("metrics") or {}).items():
        schema.metrics[str(name)] = str(expr)
    for tname, cname in (annotations.get("time_dimensions") or {}).items():
        t = schema.table(tname)
        if t is not None and t.column(cname) is not None:
            schema.time_dimensions[t.name] = t.column(cname).name
    for ref in annotations.get("foreign_keys") or []:
        add_declared_key(schema, str(ref))


def add_declared_key(schema: Schema, ref: str) -> None:
    """Add a relationship the database does not declare (warehouses rarely enforce keys):
    ``"Customer.SupportRepId -> Employee.EmployeeId"``. Unknown or hidden names are ignored."""
    left, _, right = ref.partition("->")
    ends = []
    for side in (left, right):
        tname, _, cname = side.strip().partition(".")
        t = schema.table(tname)
        c = t.column(cname) if t else None
        if c is None:
            return
        ends.append((t.name, c.name))
    (lt, lc), (rt, rc) = ends
    if not any((fk.table, fk.column, fk.ref_table) == (lt, lc, rt) for fk in schema.foreign_keys):
        schema.foreign_keys.append(ForeignKey(lt, lc, rt, rc))
