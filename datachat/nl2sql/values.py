"""Value index: the distinct values of low-cardinality text columns, for finding filters in questions.

"customers from Brazil" finds ``Customer.Country = 'Brazil'`` because ``brazil`` is a key here.
Built once per source (see :func:`datachat.nl2sql.get_engine`), JSON-serialisable.

Three ways to find a value, each marked on its hit (``ValueHit.source``): ``exact`` (:meth:`ValueIndex.lookup`),
``code`` (:meth:`ValueIndex.by_code`: "Virginia" finds 'VA' in a column of state codes, see :mod:`.codes`)
and ``fuzzy`` (:meth:`ValueIndex.fuzzy`: "Pariss" finds 'Paris'; never for an English word, see
:mod:`.spelling`).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from . import codes
from .lexicon import names_flag, norm_value, norm_words, split_identifier
from .patterns import DATE_NAME_ENDINGS, FLAG_VALUE_PAIRS
from .schema import DATE_FAMILIES, Column, Schema
from .spelling import LOOSE_CUTOFF, abbreviates, is_english, one_typo, variant

log = logging.getLogger(__name__)

#: Text columns with at most this many distinct values are indexed.
MAX_DISTINCT = 2000
#: A column of short capital codes with at most this many distinct values holds states of its rows ('CNX', 'RFD')
MAX_STATUS_CODES = 12
_STATUS_CODE = re.compile(r"[A-Z]{2,4}")


@dataclass
class ValueHit:
    table: str
    column: str
    value: Any
    #: how close the question's words are to the value, 0-100
    score: float = 100.0
    #: how it was found: "exact", "code" or "fuzzy" (see the module docstring)
    source: str = "exact"


@dataclass
class ValueIndex:
    #: normalised value text -> list of (table, column, original value)
    entries: dict[str, list[tuple[str, str, Any]]] = field(default_factory=dict)
    #: "Table.Column" -> number of distinct values (indexed columns only)
    cardinality: dict[str, int] = field(default_factory=dict)
    #: "Table.Column" -> [min, max] for date-like columns, as ISO strings
    date_ranges: dict[str, list[str]] = field(default_factory=dict)
    #: "Table.Column" -> date or datetime: text columns whose values are ISO dates (read as dates)
    text_dates: dict[str, str] = field(default_factory=dict)
    #: "Table.A" -> the columns B of the same table with A never after B on a row where both are set (and before
    #: it on some): A starts an interval B ends (check-in, check-out)
    date_order: dict[str, list[str]] = field(default_factory=dict)
    #: "Table.Column" -> share of rows where the column is filled (indexed columns only)
    coverage: dict[str, float] = field(default_factory=dict)
    #: "Table.Column" -> the values that say yes and no, for columns holding only a yes/no pair (``FLAG_VALUE_PAIRS``)
    flags: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    #: "Table.Column" of whole-number and boolean columns whose data holds a value no yes/no pair has (a count)
    not_flags: list[str] = field(default_factory=list)
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
                    if col.family in DATE_FAMILIES:
                        _date_range(conn, index, key, tq, c)
                        continue
                    if col.family in ("integer", "boolean") and not col.primary_key:
                        index._read_flag(conn, key, tq, c)
                    if col.family != "text":
                        continue
                    try:
                        q = f"SELECT DISTINCT {c} FROM {tq} WHERE {c} IS NOT NULL LIMIT {int(max_distinct) + 1}"
                        rows = conn.exec_driver_sql(q).fetchall()
                    except Exception as exc:  # noqa: BLE001 - unreadable column: skip it
                        _skip(conn, key, exc)
                        continue
                    kind = text_date_kind([v for (v,) in rows], col.name)
                    if kind is not None:
                        index.text_dates[key] = kind
                        _date_range(conn, index, key, tq, c)
                        continue
                    if len(rows) > max_distinct:
                        continue
                    index._note_flag(key, [v for (v,) in rows])
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
                        kc = " ".join(split_identifier(v))
                        if " " not in k and kc != k:  # "north carolina" finds "NorthCarolina"
                            index.entries.setdefault(kc, []).append((table.name, col.name, v))
                        index.max_words = max(index.max_words, min(8, k.count(" ") + 1))
                _date_order(conn, index, table.name, quote)
        index._finish(primary)
        index.code_columns()  # the code tables and the word list load here, once, not on a first question
        is_english("the")
        index.build_seconds = time.perf_counter() - start
        return index

    def _read_flag(self, conn: sa.Connection, key: str, tq: str, c: str) -> None:
        """Note a number or boolean column as a flag when it holds only a yes/no pair."""
        try:
            rows = conn.exec_driver_sql(f"SELECT DISTINCT {c} FROM {tq} WHERE {c} IS NOT NULL LIMIT 3").fetchall()
        except Exception as exc:  # noqa: BLE001 - an odd column must not stop the index
            _skip(conn, key, exc)
            return
        values = [v for (v,) in rows]
        self._note_flag(key, values)
        if not any(set(_flag_texts(values)) <= set(pair) for pair in FLAG_VALUE_PAIRS):
            self.not_flags.append(key)

    def _note_flag(self, key: str, values: list[Any]) -> None:
        """Record the values that say yes and no when ``values`` are exactly one pair of ``FLAG_VALUE_PAIRS``."""
        if len(values) != 2:
            return
        texts = _flag_texts(values)
        for yes, no in FLAG_VALUE_PAIRS:
            if sorted(texts) == sorted((yes, no)):
                self.flags[key] = (values[texts.index(yes)], values[texts.index(no)])
                return

    def flag_pair(self, table: str, column: Column) -> tuple[Any, Any] | None:
        """The values that say yes and no when ``column`` is a yes/no flag: its data holds just one pair of
        ``FLAG_VALUE_PAIRS`` (those values as stored), or it is a boolean, or a whole number named as a state
        (:func:`.lexicon.names_flag`: ``is_active``, ``neutered``) whose data holds no value but 0 and 1."""
        key = f"{table}.{column.name}"
        if key in self.flags:
            return self.flags[key]
        if column.primary_key or key in self.not_flags or not names_flag(column.name, column.family):
            return None
        return (True, False) if column.family == "boolean" else (1, 0)

    def _finish(self, primary: set[str] | None = None) -> None:
        # Fuzzy matching looks at the values as written, not at the singular forms added for lookups.
        if primary is None:
            primary = {k for k, hits in self.entries.items() if any(norm_value(str(v)) == k for _, _, v in hits)}
        self._keys = [k for k in self.entries if k in primary]
        self._by_first: dict[str, list[str]] = {}
        for k in self._keys:
            self._by_first.setdefault(k[:1], []).append(k)
        self._codes: dict[codes.Concept, list[tuple[str, str, Any]]] | None = None
        self._by_part: dict[str, list[tuple[str, str, Any]]] | None = None
        self._words: frozenset[str] | None = None
        self._status: dict[str, frozenset[str]] | None = None

    def column_values(self, key: str) -> frozenset[str]:
        """The normalised values indexed for one "Table.Column" (empty when the column is not indexed)."""
        by_col = getattr(self, "_by_column", None)
        if by_col is None:
            grouped: dict[str, set[str]] = {}
            for k in getattr(self, "_keys", self.entries):
                for t, c, v in self.entries[k]:
                    if norm_value(str(v)) == k:
                        grouped.setdefault(f"{t}.{c}", set()).add(k)
            by_col = self._by_column = {k: frozenset(v) for k, v in grouped.items()}
        return by_col.get(key, frozenset())

    def lookup(self, text: str) -> list[ValueHit]:
        return [ValueHit(t, c, v) for t, c, v in self.entries.get(text, [])]

    @property
    def words(self) -> frozenset[str]:
        """Every word of every indexed value: a word of the data is never a misspelling."""
        if not hasattr(self, "_keys"):
            self._finish()
        if self._words is None:
            self._words = frozenset(w for k in self.entries for w in k.split())
        return self._words

    def code_columns(self) -> dict[codes.Concept, list[tuple[str, str, Any]]]:
        """Concept -> (table, column, value) of every column that holds codes or names (:func:`.codes.detect`)."""
        if not hasattr(self, "_keys"):
            self._finish()
        if self._codes is None:
            columns: dict[str, dict[str, None]] = {}
            for k in self._keys:
                for t, c, v in self.entries[k]:
                    columns.setdefault(f"{t}.{c}", {})[str(v)] = None
            found = codes.detect({key: list(vs) for key, vs in sorted(columns.items())})
            self._codes = {}
            for key, by_concept in found.items():
                t, c = key.split(".", 1)
                for concept, vs in by_concept.items():
                    self._codes.setdefault(concept, []).extend((t, c, v) for v in vs)
        return self._codes

    def by_code(self, words: list[str], first: bool = False, shouting: bool = False) -> list[ValueHit]:
        """Values a span of question words (as typed) names as a code or by name in a column of codes or
        names: "Virginia" -> 'VA', "VA" -> 'Virginia', "Germany" -> 'DEU', "Sept" -> 'September'.
        See :func:`.codes.concepts` for when a word may link (upper-case codes only, English words capitalised)."""
        table = self.code_columns()
        if not table:
            return []
        hits = []
        for concept in sorted(codes.concepts(words, first=first, shouting=shouting)):
            hits.extend(ValueHit(t, c, v, 100.0, "code") for t, c, v in table.get(concept, ()))
        return hits

    def by_part(self, words: list[str]) -> list[ValueHit]:
        """Values that list alternatives with a slash ('Tyres/wheels', 'Paint/bodywork') named by one or
        more of their parts ("wheels", "tyres or wheels"): every word given is a whole part of the value."""
        parts = self._parts()
        found: set[tuple[str, str, Any]] | None = None
        for w in words:
            hits = set(parts.get(w, ())) | set(parts.get(norm_words(w), ()))
            found = hits if found is None else found & hits
        return [ValueHit(t, c, v, 100.0, "part") for t, c, v in sorted(found or (), key=str)]

    def _parts(self) -> dict[str, list[tuple[str, str, Any]]]:
        """Part (normalised, and singular) -> the values it is one alternative of, built once."""
        if getattr(self, "_by_part", None) is None:
            by_part: dict[str, list[tuple[str, str, Any]]] = {}
            for k in getattr(self, "_keys", self.entries):
                for t, c, v in self.entries[k]:
                    pieces = [norm_value(p) for p in _ALTERNATIVES.split(str(v))]
                    if len(pieces) < 2 or not all(pieces) or norm_value(str(v)) != k:
                        continue
                    for p in {x for piece in pieces for x in (piece, norm_words(piece)) if len(x) >= 3}:
                        by_part.setdefault(p, []).append((t, c, v))
            self._by_part = by_part
        return self._by_part

    def by_initial(self, word: str, column_words: frozenset[str]) -> list[ValueHit]:
        """One-letter codes naming a value by its initial ('F' for "female") in the columns whose names hold one
        of ``column_words`` (the attribute the word is a value of) and that store one-letter codes only."""
        hits = []
        for t, c, v in self.entries.get(word[:1], []):
            named = column_words & set(split_identifier(c))
            if named and all(len(x) == 1 for x in self.column_values(f"{t}.{c}")):
                hits.append(ValueHit(t, c, v, 100.0, "code"))
        return hits

    def status_codes(self) -> dict[str, frozenset[str]]:
        """ "Table.Column" -> its values, for the columns of short status codes: between two and
        :data:`MAX_STATUS_CODES` distinct values, each two to four capital letters ('CNX', 'RFD', 'TKT'), built
        once. A column of many such codes (airports, countries) names things, not states of the rows."""
        if getattr(self, "_status", None) is None:
            found: dict[str, set[str]] = {}
            for hits in self.entries.values():
                for t, c, v in hits:
                    found.setdefault(f"{t}.{c}", set()).add(str(v))
            self._status = {
                key: frozenset(vals)
                for key, vals in found.items()
                if 2 <= self.cardinality.get(key, 0) <= MAX_STATUS_CODES
                and len(vals) == self.cardinality.get(key)
                and all(_STATUS_CODE.fullmatch(v) for v in vals)
            }
        return self._status

    def by_abbreviation(self, forms: frozenset[str], whole: bool = True) -> list[ValueHit]:
        """Status codes (:meth:`status_codes`) that abbreviate one of ``forms`` (a verb's inflected form and
        its lemma: 'RFD' for "refunded", 'LND' for "landed"; :func:`.spelling.abbreviates`), of three letters
        or more. With ``whole=False``, codes whose first two letters do ("cancelled" and 'CNX'): a likely
        reading the engine cannot be sure of."""
        hits = []
        for key, vals in sorted(self.status_codes().items()):
            t, c = key.split(".", 1)
            found = [
                v
                for v in sorted(vals)
                if len(v) >= 3  # two letters abbreviate too many words ('CC', "cancelled"; 'SD', "sent")
                and any(abbreviates(v.lower() if whole else v.lower()[:2], f) for f in forms)
            ]
            if len(found) == 1 or (found and not whole):  # two codes of one column: neither is sure
                hits.extend(ValueHit(t, c, v, 100.0, "code") for v in found)
        return hits

    def fuzzy(self, text: str, cutoff: float | None = None) -> list[ValueHit]:
        """Closest indexed values for a possibly misspelt span (rapidfuzz ratio >= cutoff).

        The default cutoff allows one wrong letter in six ("Brasil" -> "Brazil") and is stricter for
        shorter words, where one letter changes more; a single typo is always close enough ("Rokc" -> "Rock").
        A span made only of English words is not a misspelling: it finds nothing ("margin" is not the
        customer 'Martin'), unless one English word is a variant of a value (:func:`.spelling.variant`:
        "engineering" -> 'Engineer').
        """
        if len(text) < 4:
            return []
        english = all(is_english(w) for w in text.split())
        if english and " " in text:
            return []
        if cutoff is None:
            cutoff = 80.0 if len(text) >= 6 else 88.0
        from rapidfuzz import fuzz, process

        if not hasattr(self, "_keys"):
            self._finish()
        cands = self._by_first.get(text[:1], [])
        near = process.extract(text, cands, scorer=fuzz.ratio, score_cutoff=min(cutoff, LOOSE_CUTOFF), limit=5)
        found = [f for f in near if f[1] >= cutoff or one_typo(text, f[0])]
        if not found:
            return []
        top = found[0][1]
        # Among near-ties prefer a same-length key: a typo ("brasil" -> "brazil") over a longer word ("brasilia").
        close = [f for f in found if f[1] >= top - 4]
        best = min(close, key=lambda f: (abs(len(f[0]) - len(text)), -f[1]))
        if english and not variant(text, best[0]):
            return []  # an English word is only ever a variant of a value ("engineering" -> 'Engineer')
        return [ValueHit(t, c, v, best[1], "fuzzy") for t, c, v in self.entries[best[0]]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": {k: [list(e) for e in v] for k, v in self.entries.items()},
            "cardinality": self.cardinality,
            "date_ranges": self.date_ranges,
            "text_dates": self.text_dates,
            "date_order": self.date_order,
            "coverage": self.coverage,
            "flags": {k: list(pair) for k, pair in self.flags.items()},
            "not_flags": self.not_flags,
            "build_seconds": self.build_seconds,
            "max_words": self.max_words,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ValueIndex:
        idx = cls(
            entries={k: [tuple(e) for e in v] for k, v in data.get("entries", {}).items()},
            cardinality=dict(data.get("cardinality", {})),
            date_ranges=dict(data.get("date_ranges", {})),
            text_dates=dict(data.get("text_dates", {})),
            date_order={k: list(v) for k, v in data.get("date_order", {}).items()},
            coverage=dict(data.get("coverage", {})),
            flags={k: tuple(pair) for k, pair in data.get("flags", {}).items()},
            not_flags=list(data.get("not_flags", [])),
            build_seconds=float(data.get("build_seconds", 0.0)),
            max_words=int(data.get("max_words", 1)),
        )
        idx._finish()
        return idx


#: the separator of a value listing alternatives ('Tyres/wheels'); not "&", which joins ('Black & White')
_ALTERNATIVES = re.compile(r"\s*/\s*")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def text_date_kind(values: list[Any], name: str) -> str | None:
    """``date`` or ``datetime`` when a text column's values are ISO dates (all of them; nine in ten when its
    name ends in a date word: "visit_dt", "joined_on"), else None.

    >>> text_date_kind(["2024-03-05", "2023-12-31"], "seen"), text_date_kind(["2024-03-05 10:30"], "x")
    ('date', 'datetime')
    >>> text_date_kind(["2024-03-05", "n/a"], "note"), text_date_kind(["12", "13"], "visit_dt")
    (None, None)
    """
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    days = [v for v in texts if _ISO_DAY.match(v) and (len(v) == 10 or _ISO_TIME.fullmatch(v[10:]))]
    if not texts or not days:
        return None
    named = split_identifier(name.lower())[-1:] and split_identifier(name.lower())[-1] in DATE_NAME_ENDINGS
    if len(days) < len(texts) and not (named and len(days) >= 0.9 * len(texts)):
        return None
    return "datetime" if any(len(v) > 10 for v in days) else "date"


#: at most this many date columns of one table are compared pairwise
MAX_ORDERED_DATES = 6


def _date_order(conn: sa.Connection, index: ValueIndex, table: str, quote) -> None:
    """Record in ``index.date_order`` which dates of ``table`` never come after which others on its rows."""
    cols = [k.split(".", 1)[1] for k in index.date_ranges if k.split(".", 1)[0] == table][:MAX_ORDERED_DATES]
    for i, a in enumerate(cols):
        for b in cols[i + 1 :]:
            qa, qb = quote(a), quote(b)
            try:
                after, before = conn.exec_driver_sql(
                    f"SELECT SUM(CASE WHEN {qa} > {qb} THEN 1 ELSE 0 END), SUM(CASE WHEN {qa} < {qb} THEN 1 ELSE 0 END)"
                    f" FROM {quote(table)}"
                ).one()
            except Exception as exc:  # noqa: BLE001 - an odd pair must not stop the index
                _skip(conn, f"{table}.{a}/{b}", exc)
                continue
            if not after and before:
                index.date_order.setdefault(f"{table}.{a}", []).append(b)
            elif after and not before:
                index.date_order.setdefault(f"{table}.{b}", []).append(a)


def _date_range(conn: sa.Connection, index: ValueIndex, key: str, tq: str, c: str) -> None:
    """Record a date column's first and last day in ``index.date_ranges``."""
    try:
        lo, hi = conn.exec_driver_sql(f"SELECT MIN({c}), MAX({c}) FROM {tq}").one()
        if lo is not None:
            index.date_ranges[key] = [str(lo)[:10], str(hi)[:10]]
    except Exception as exc:  # noqa: BLE001 - an odd column must not stop the index
        _skip(conn, key, exc)


def _looks_like_date(v: str) -> bool:
    return len(v) >= 8 and v[:4].isdigit() and v[4:5] in "-/" and v[5:7].isdigit()


def _skip(conn: sa.Connection, key: str, exc: Exception) -> None:
    """Log and roll back, so one failed statement does not poison the rest (PostgreSQL aborts the transaction)."""
    log.debug("value index: skipped %s (%s)", key, exc)
    try:
        conn.rollback()
    except Exception:  # noqa: BLE001
        log.debug("value index: rollback failed after %s", key)


def _flag_texts(values: list[Any]) -> list[str]:
    """Values as ``FLAG_VALUE_PAIRS`` spells them: lower case, a boolean as 1 or 0."""
    return [str(int(v)) if isinstance(v, bool) else str(v).strip().lower() for v in values]
