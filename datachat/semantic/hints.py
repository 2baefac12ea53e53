"""The adapter at the engines' boundary: a semantic model as the hints dict ``datachat.nl2sql`` consumes.

``to_engine_hints(model)`` returns the shape of ``reflect_schema(..., annotations=...)``::

    {"tables": {"orders": {"description", "synonyms"}},
     "columns": {"orders.status": {"description", "synonyms", "values"}},
     "metrics": {"revenue": "SUM(order_items.quantity * order_items.unit_price)"},
     "time_dimensions": {"orders": "order_date"}}

Metric expressions are rewritten from ``dataset.field`` to ``table.column`` references, so the engine
needs to know nothing about datasets. A metric whose name is also a column's name or synonym is
registered under its other names only, so the column keeps its word. Segments, verified questions and
definitions are applied around the engine (``datachat.semantic.linking``), not inside it.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from .model import SemanticModel


def spoken(name: str) -> str:
    """``average_order_value`` -> ``average order value``."""
    return " ".join(name.replace("_", " ").split()).lower()


def physical_expression(model: SemanticModel, expression: str) -> str:
    """``expression`` with ``dataset.field`` references rewritten to ``table.column`` (or the field's SQL)."""
    try:
        tree = sqlglot.parse_one(f"SELECT {expression}")
    except sqlglot.errors.ParseError:
        return expression

    def rewrite(node: exp.Expression) -> exp.Expression:
        if not isinstance(node, exp.Column) or not node.table:
            return node
        ds = model.dataset(node.table)
        if ds is None or ds.is_sql:
            return node
        f = ds.field(node.name)
        if f is None:
            return exp.column(node.name, table=ds.table)
        if f.column:
            return exp.column(f.column, table=ds.table)
        inner = sqlglot.parse_one(f"SELECT {f.expression}").expressions[0]
        for col in inner.find_all(exp.Column):
            col.set("table", exp.to_identifier(ds.table))
        return exp.Paren(this=inner)

    out = tree.transform(rewrite).expressions[0]
    return out.sql()


def compile_formula(model: SemanticModel, formula: str) -> str:
    """A formula over metric names ("(revenue - cost) / revenue") as one SQL expression over columns."""
    tree = sqlglot.parse_one(f"SELECT {formula}")

    def rewrite(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Column) and not node.table:
            metric = model.metric(node.name)
            if metric is not None:
                inner = sqlglot.parse_one(f"SELECT {metric.expression}").expressions[0]
                return exp.Paren(this=inner)
        return node

    return tree.transform(rewrite).expressions[0].sql()


def to_engine_hints(model: SemanticModel) -> dict:
    """The model as the no-LLM engine's hints (see the module docstring)."""
    tables: dict[str, dict] = {}
    columns: dict[str, dict] = {}
    time_dimensions: dict[str, str] = {}
    for ds in model.datasets:
        if ds.is_sql:
            continue
        synonyms = list(ds.synonyms)
        if spoken(ds.name) != spoken(ds.table):
            synonyms.insert(0, spoken(ds.name))
        tables[ds.table] = {"description": ds.description, "synonyms": synonyms}
        for f in ds.fields:
            if not f.column:
                continue
            names = list(f.synonyms)
            if spoken(f.name) != spoken(f.column):
                names.insert(0, spoken(f.name))
            entry = {"description": f.description, "synonyms": names}
            if f.sample_values:
                entry["values"] = list(f.sample_values)
            columns[f"{ds.table}.{f.column}"] = entry
        time = ds.field(ds.default_time_dimension) if ds.default_time_dimension else None
        if time is not None and time.column:
            time_dimensions[ds.table] = time.column
    # a metric named like a column ("cost" and products.cost) is linked by its other names only, so
    # "average cost of products" still reaches the column
    column_words = {spoken(ref.split(".", 1)[1]) for ref in columns} | {
        spoken(s) for info in columns.values() for s in info["synonyms"]}
    metrics: dict[str, str] = {}
    for metric in model.metrics:
        sql = physical_expression(model, metric.expression)
        names = [n for n in (metric.name, *metric.synonyms) if spoken(n) not in column_words]
        for name in names:
            metrics.setdefault(spoken(name), sql)
    return {"tables": tables, "columns": columns, "metrics": metrics, "time_dimensions": time_dimensions}
