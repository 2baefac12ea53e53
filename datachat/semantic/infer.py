"""A first draft of a semantic model, profiled from a database (a person edits it afterwards).

Rules (each general, none tied to one schema):

- every table is a dataset with its primary key; declared foreign keys become relationships, and so do
  joins inferred from names (``customer_id`` -> ``customers.id``, see ``datachat.nl2sql.schema``);
  a foreign key that is also its table's whole primary key is one-to-one;
- keys (primary, foreign, ``*_id``) are identifiers; date and datetime columns, and text columns named like
  dates whose values look like dates, are time dimensions with grains; the first time field of a table is
  its default time dimension, preferring names about the event (order, invoice, created, date) and
  avoiding birth, update and deletion dates; integer ``*year`` columns are yearly time dimensions;
- other numbers are measures: amounts, totals, quantities and costs are summed (additive), prices, rates,
  ages and scores averaged (non-additive). No metric is drafted: a plain sum of one column is what the
  engines do anyway for "total X", and a named metric would take "total population" away from the table the
  question is about; metrics are what a person adds (margins, ratios, business definitions);
- text columns are dimensions; those with at most ``max_values`` distinct values carry them as sample values;
  a table's name-like text column is the label of its primary key.

Profiling reads at most ``sample_rows`` rows per table, through SQLAlchemy Core (read-only statements).
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from datachat.nl2sql import reflect_schema

from .catalog import CatalogTable, read_catalog
from .model import Dataset, Field, Relationship, SemanticModel

DATATYPES = {"integer": "Integer", "number": "Decimal", "text": "String", "date": "Date", "datetime": "DateTime",
             "boolean": "Boolean"}
_ID = re.compile(r"(^id$|_id$|id$|_key$|_code$|_no$|_sk$)", re.IGNORECASE)
_ADDITIVE = re.compile(r"amount|total|quantity|qty|count|cost|revenue|sales|spend|paid|payment|budget|"
                       r"population|area|sum|units|bytes|milliseconds|duration|number_of|num_", re.IGNORECASE)
_DATE_NAME = re.compile(r"date|time|_at$|_on$|created|updated|day", re.IGNORECASE)
_DATE_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LABEL = re.compile(r"^(name|title|label)$|_name$|name$|title$", re.IGNORECASE)
_EVENT = re.compile(r"order|invoice|sale|created|date|start", re.IGNORECASE)
_NOT_EVENT = re.compile(r"birth|dob|deleted|updated|modified", re.IGNORECASE)
_YEAR = re.compile(r"(^|_)year$|year$", re.IGNORECASE)


def _profile(conn: sa.Connection, table: CatalogTable, sample_rows: int, max_values: int) -> dict[str, list[str]]:
    """Distinct values of each text column with at most ``max_values`` of them (within a row sample)."""
    out: dict[str, list[str]] = {}
    t = sa.table(table.name, *(sa.column(c.name) for c in table.columns))
    sample = sa.select(*t.c).limit(sample_rows).subquery()
    for col in table.columns:
        if col.family != "text":
            continue
        try:
            rows = conn.execute(
                sa.select(sample.c[col.name]).where(sample.c[col.name].is_not(None)).distinct().limit(max_values + 1)
            ).scalars().all()
        except sa.exc.SQLAlchemyError:
            continue
        out[col.name] = [str(v) for v in rows]
    return out


def _measure(name: str) -> tuple[str, str]:
    return ("sum", "additive") if _ADDITIVE.search(name) else ("avg", "non_additive")


def infer_model(sa_engine: sa.Engine, *, name: str = "", sample_rows: int = 10000, max_values: int = 20
                ) -> SemanticModel:
    """Profile ``sa_engine`` into a draft :class:`SemanticModel`."""
    catalog = read_catalog(sa_engine)
    schema = reflect_schema(sa_engine)
    fk_columns: dict[str, set[str]] = {}
    for fk in schema.foreign_keys:
        fk_columns.setdefault(fk.table.lower(), set()).add(fk.column.lower())
    datasets = []
    with sa_engine.connect() as conn:
        for table in catalog.tables:
            values = _profile(conn, table, sample_rows, max_values)
            keys = {c.lower() for c in table.primary_key} | fk_columns.get(table.name.lower(), set())
            label = next((c.name for c in table.columns if c.family == "text" and _LABEL.search(c.name)
                          and c.name.lower() not in keys), "")
            fields = []
            time_fields = []
            for col in table.columns:
                low = col.name.lower()
                sampled = values.get(col.name, [])
                looks_date = col.family == "text" and _DATE_NAME.search(low) and sampled and all(
                    _DATE_VALUE.match(v) for v in sampled[:max_values])
                if col.family in ("date", "datetime") or looks_date:
                    fields.append(Field(name=col.name, expression=col.name, role="dimension", is_time=True,
                                        datatype="DateTime" if col.family == "datetime" else "Date",
                                        grains=("day", "month", "quarter", "year")))
                    time_fields.append(col.name)
                elif col.family == "integer" and _YEAR.search(col.name):
                    fields.append(Field(name=col.name, expression=col.name, role="dimension", is_time=True,
                                        datatype="Integer", grains=("year",)))
                elif low in keys or (_ID.search(col.name) and col.family in ("integer", "text")):
                    is_pk = low in {c.lower() for c in table.primary_key}
                    fields.append(Field(name=col.name, expression=col.name, role="identifier",
                                        datatype=DATATYPES.get(col.family, ""),
                                        label_column=label if is_pk and label else ""))
                elif col.family in ("integer", "number"):
                    aggregation, additivity = _measure(col.name)
                    fields.append(Field(name=col.name, expression=col.name, role="measure",
                                        datatype=DATATYPES[col.family], aggregation=aggregation,
                                        additivity=additivity))
                else:
                    few = sampled if 0 < len(sampled) <= max_values else []
                    fields.append(Field(name=col.name, expression=col.name, role="dimension",
                                        datatype=DATATYPES.get(col.family, ""), sample_values=tuple(few)))
            default_time = sorted(time_fields, key=lambda n: (bool(_NOT_EVENT.search(n)), not _EVENT.search(n),
                                                              time_fields.index(n)))
            datasets.append(Dataset(name=table.name, source=table.name, primary_key=tuple(table.primary_key),
                                    fields=tuple(fields), default_time_dimension=default_time[0] if default_time
                                    else ""))
    relationships = []
    seen = set()
    for fk in schema.foreign_keys:
        key = (fk.table.lower(), fk.column.lower(), fk.ref_table.lower(), fk.ref_column.lower())
        if key in seen:
            continue
        seen.add(key)
        table = catalog.table(fk.table)
        one = table is not None and [c.lower() for c in table.primary_key] == [fk.column.lower()]
        relationships.append(Relationship(
            name=f"{fk.table}_{fk.column}_to_{fk.ref_table}".lower(), from_dataset=fk.table, to_dataset=fk.ref_table,
            from_columns=(fk.column,), to_columns=(fk.ref_column,), cardinality="one_to_one" if one else "many_to_one",
        ))
    return SemanticModel(
        name=name or (sa_engine.url.database or "database").rsplit("/", 1)[-1].split(".")[0],
        description="Draft inferred from the database; review the roles, metrics and synonyms.",
        datasets=tuple(datasets), relationships=tuple(relationships),
    )
