"""The semantic model as typed, immutable values (no Django, no I/O).

A model names what a schema does not say: which dataset is the event, which date is its date, which
expression is a measure, which joins are safe, what "margin" or "completed orders" mean, and questions a
person verified. ``datachat.semantic.osi`` reads and writes it as OSI core-spec YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

#: roles a field plays: something to group or filter by, something to aggregate, or a key
ROLES = ("dimension", "measure", "identifier")
AGGREGATIONS = ("sum", "avg", "min", "max", "count", "count_distinct")
ADDITIVITY = ("additive", "semi_additive", "non_additive")
METRIC_KINDS = ("simple", "ratio", "derived")
CARDINALITIES = ("many_to_one", "one_to_one", "one_to_many", "many_to_many")
TIME_GRAINS = ("day", "week", "month", "quarter", "year")

_PLAIN_COLUMN = re.compile(r'^"?([A-Za-z_][A-Za-z0-9_ ]*)"?$')


@dataclass(frozen=True)
class Field:
    """A row-level attribute of a dataset: a dimension, a measure or an identifier."""

    name: str
    expression: str
    role: str = "dimension"
    datatype: str = ""
    description: str = ""
    synonyms: tuple[str, ...] = ()
    is_time: bool | None = None
    grains: tuple[str, ...] = ()
    label_column: str = ""
    sample_values: tuple[str, ...] = ()
    aggregation: str = ""
    additivity: str = ""
    format: str = ""
    unit: str = ""
    other_dialects: tuple[tuple[str, str], ...] = ()
    line: int = field(default=0, compare=False)

    @property
    def column(self) -> str | None:
        """The physical column when the expression is a bare column name, else None."""
        m = _PLAIN_COLUMN.match(self.expression.strip())
        return m.group(1) if m else None

    @property
    def time(self) -> bool:
        """Whether consumers treat this field as time (OSI: explicit ``is_time`` or a temporal datatype)."""
        if self.is_time is not None:
            return self.is_time
        return self.datatype in ("Date", "Time", "DateTime", "DateTimeTz")


@dataclass(frozen=True)
class Dataset:
    """A logical dataset: a table (``source`` is a dotted name) or a SQL query (``source`` is SELECT ...)."""

    name: str
    source: str
    primary_key: tuple[str, ...] = ()
    unique_keys: tuple[tuple[str, ...], ...] = ()
    description: str = ""
    synonyms: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    default_time_dimension: str = ""
    ai_context: str = ""
    line: int = field(default=0, compare=False)

    @property
    def is_sql(self) -> bool:
        return self.source.lstrip().lower().startswith(("select ", "with "))

    @property
    def table(self) -> str:
        """The physical table name (last part of a dotted source); empty for a SQL dataset."""
        return "" if self.is_sql else self.source.strip().split(".")[-1].strip('"')

    def field(self, name: str) -> Field | None:
        low = name.lower()
        return next((f for f in self.fields if f.name.lower() == low), None)


@dataclass(frozen=True)
class Relationship:
    """``from_dataset.from_columns`` references ``to_dataset.to_columns`` (many-to-one unless stated)."""

    name: str
    from_dataset: str
    to_dataset: str
    from_columns: tuple[str, ...]
    to_columns: tuple[str, ...]
    cardinality: str = "many_to_one"
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Metric:
    """A named aggregate.

    ``expression`` is SQL over ``dataset.field`` references (what OSI carries). A ``derived`` or ``ratio``
    metric may also carry ``formula``, the same thing written over other metrics' names
    ("(revenue - cost) / revenue"); people read the formula, engines run the expression.
    """

    name: str
    expression: str
    kind: str = "simple"
    formula: str = ""
    description: str = ""
    synonyms: tuple[str, ...] = ()
    datatype: str = ""
    format: str = ""
    unit: str = ""
    line: int = field(default=0, compare=False)

    @property
    def definition(self) -> str:
        """One readable line: ``margin = (revenue - cost) / revenue``."""
        return f"{self.name} = {self.formula or self.expression}"


@dataclass(frozen=True)
class Segment:
    """A named filter on one dataset ("completed orders": ``status IN ('shipped')`` on orders)."""

    name: str
    dataset: str
    filter: str
    synonyms: tuple[str, ...] = ()
    description: str = ""
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class VerifiedQuestion:
    """A question and the SQL a person approved for it."""

    question: str
    sql: str
    verified_by: str = ""
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class SemanticModel:
    name: str
    datasets: tuple[Dataset, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    metrics: tuple[Metric, ...] = ()
    segments: tuple[Segment, ...] = ()
    verified_questions: tuple[VerifiedQuestion, ...] = ()
    description: str = ""
    ai_context: str = ""
    #: other vendors' ``custom_extensions`` (vendor name, JSON text), kept so an export loses nothing
    extensions: tuple[tuple[str, str], ...] = ()
    version: str = "0.2.0.dev0"

    def dataset(self, name: str) -> Dataset | None:
        low = name.lower()
        return next((d for d in self.datasets if d.name.lower() == low), None)

    def dataset_for_table(self, table: str) -> Dataset | None:
        low = table.lower()
        return next((d for d in self.datasets if d.table.lower() == low), None)

    def metric(self, name: str) -> Metric | None:
        low = name.lower()
        return next((m for m in self.metrics if m.name.lower() == low), None)

    def with_additions(self, *, synonyms: dict[tuple[str, str], tuple[str, ...]] | None = None,
                       verified: tuple[VerifiedQuestion, ...] = ()) -> SemanticModel:
        """A copy with extra field synonyms (keyed ``(dataset, field)``) and verified questions."""
        synonyms = synonyms or {}
        datasets = []
        for ds in self.datasets:
            fields = tuple(
                replace(f, synonyms=tuple(dict.fromkeys((*f.synonyms, *synonyms.get((ds.name, f.name), ())))))
                for f in ds.fields
            )
            datasets.append(replace(ds, fields=fields))
        known = {v.question.strip().lower() for v in self.verified_questions}
        extra = tuple(v for v in verified if v.question.strip().lower() not in known)
        return replace(self, datasets=tuple(datasets), verified_questions=self.verified_questions + extra)
