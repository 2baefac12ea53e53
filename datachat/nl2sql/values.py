"""Value index: the distinct values of low-cardinality text columns, for finding filters in questions.

"customers from Brazil" finds ``Customer.Country = 'Brazil'`` because ``brazil`` is a key here.
Built once per source (see :func:`datachat.nl2sql.get_engine`), JSON-serialisable.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from .lexicon import norm_value, norm_words
from .schema import Schema

log = logging.getLogger(__name__)

#: Text columns with at most this many distinct values are indexed.
MAX_DISTINCT = 2000


@dataclass
class ValueHit:
    table: str
    column: str
    value: Any
    score: float = 100.0


@dataclass
class ValueIndex:
    #: normalised value text -> list of (table, column, original value)
    entries: dict[str, list[tuple[str, str, Any]]] = field(default_factory=dict)
    #: "Table.Column" -> number of distinct values (indexed columns only)
    cardinality: dict[str, int] = field(default_factory=dict)
    #: "Table.Column" -> [min, max] for date-like columns, as ISO strings
    date_ranges: dict[str, list[str]] = field(default_factory=dict)
    #: "Table.Column" -> share of rows where the column is filled (indexed columns only)
    coverage: dict[str, float] = field(default_factory=dict)
    build_seconds: float = 0.0
    max_words: int = 1

    @classmethod
    def build(cls, sa_engine: sa.Engine, schema: Schema, max_distinct: int = MAX_DISTINCT) -> ValueIndex:
        """Scan each text column once; index it when it has at most ``max_distinct`` distinct values."""
        start = time.perf_counter()
        index = cls()
        primary: set[str] = set()
        quote = sa_engine.dialect.identifier_preparer.quote
        with sa_engine.connect() as conn:
            for table in schema.tables:
                tq = quote(table.name)
                for col in table.columns:
                    key = f"{table.name}.{col.name}"
                    c = quote(col.name)
                    # Plain statements with quoted identifiers: nothing to compile, same text on every dialect.
                    if col.family in ("date", "datetime"):
                        try:
                            lo, hi = conn.exec_driver_sql(f"SELECT MIN({c}), MAX({c}) FROM {tq}").one()
                            if lo is not None:
                                index.date_ranges[key] = [str(lo)[:10], str(hi)[:10]]
                        except Exception as exc:  # noqa: BLE001 - an odd column must not stop the index
                            _skip(conn, key, exc)
                        continue
                    if col.family != "text":
                        continue
                    try:
                        q = f"SELECT DISTINCT {c} FROM {tq} WHERE {c} IS NOT NULL LIMIT {int(max_distinct) + 1}"
                        rows = conn.exec_driver_sql(q).fetchall()
                    except Exception as exc:  # noqa: BLE001 - unreadable column: skip it
                        _skip(conn, key, exc)
                        continue
                    if len(rows) > max_distinct:
                        continue
                    index.cardinality[key] = len(rows)
                    try:
                        filled, total = conn.exec_driver_sql(f"SELECT COUNT({c}), COUNT(*) FROM {tq}").one()
                        index.coverage[key] = (filled / total) if total else 0.0
                    except Exception as exc:  # noqa: BLE001
                        _skip(conn, key, exc)
                    for (v,) in rows:
                        if not isinstance(v, str) or not v.strip() or len(v) > 80:
                            continue
                        if _looks_like_date(v):
                            continue
                        k = norm_value(v)
                        if not k:
                            continue
                        index.entries.setdefault(k, []).append((table.name, col.name, v))
                        primary.add(k)
                        ks = norm_words(v)
                        if ks != k:  # "sales support agents" finds "Sales Support Agent"
                            index.entries.setdefault(ks, []).append((table.name, col.name, v))
                        index.max_words = max(index.max_words, min(8, k.count(" ") + 1))
        index._finish(primary)
        index.build_seconds = time.perf_counter() - start
        return index

    def _finish(self, primary: set[str] | None = None) -> None:
        # Fuzzy matching looks at the values as written, not at the singular forms added for lookups.
        if primary is None:
            primary = {k for k, hits in self.entries.items() if any(norm_value(str(v)) == k for _, _, v in hits)}
        self._keys = [k for k in self.entries if k in primary]
        self._by_first: dict[str, list[str]] = {}
        for k in self._keys:
            self._by_first.setdefault(k[:1], []).append(k)

    def lookup(self, text: str) -> list[ValueHit]:
        return [ValueHit(t, c, v) for t, c, v in self.entries.get(text, [])]

    def fuzzy(self, text: str, cutoff: float | None = None) -> list[ValueHit]:
        """Closest indexed values for a possibly misspelt span (rapidfuzz ratio >= cutoff).

        The default cutoff allows one wrong letter in six ("Brasil" -> "Brazil") and is stricter for
        shorter words, where one letter changes more.
        """
        if len(text) < 4:
            return []
        if cutoff is None:
            cutoff = 80.0 if len(text) >= 6 else 88.0
        from rapidfuzz import fuzz, process

        if not hasattr(self, "_keys"):
            self._finish()
        cands = self._by_first.get(text[:1], [])
        found = process.extract(text, cands, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        if not found:
            return []
        top = found[0][1]
        # Among near-ties prefer a same-length key: a typo ("brasil" -> "brazil") over a longer word ("brasilia").
        close = [f for f in found if f[1] >= top - 4]
        best = min(close, key=lambda f: (abs(len(f[0]) - len(text)), -f[1]))
        return [ValueHit(t, c, v, best[1]) for t, c, v in self.entries[best[0]]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": {k: [list(e) for e in v] for k, v in self.entries.items()},
            "cardinality": self.cardinality,
            "date_ranges": self.date_ranges,
            "coverage": self.coverage,
            "build_seconds": self.build_seconds,
            "max_words": self.max_words,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ValueIndex:
        idx = cls(
            entries={k: [tuple(e) for e in v] for k, v in data.get("entries", {}).items()},
            cardinality=dict(data.get("cardinality", {})),
            date_ranges=dict(data.get("date_ranges", {})),
            coverage=dict(data.get("coverage", {})),
            build_seconds=float(data.get("build_seconds", 0.0)),
            max_words=int(data.get("max_words", 1)),
        )
        idx._finish()
        return idx


def _looks_like_date(v: str) -> bool:
    return len(v) >= 8 and v[:4].isdigit() and v[4:5] in "-/" and v[5:7].isdigit()


def _skip(conn: sa.Connection, key: str, exc: Exception) -> None:
    """Log and roll back, so one failed statement does not poison the rest (PostgreSQL aborts the transaction)."""
    log.debug("value index: skipped %s (%s)", key, exc)
    try:
        conn.rollback()
    except Exception:  # noqa: BLE001
        log.debug("value index: rollback failed after %s", key)
