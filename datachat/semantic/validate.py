"""Check a semantic model against a database: everything it references must exist there.

Returns :class:`~datachat.semantic.osi.Problem` values (line and message), empty when the model is sound.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from .catalog import Catalog, CatalogTable
from .model import AGGREGATIONS, CARDINALITIES, METRIC_KINDS, ROLES, Dataset, SemanticModel
from .osi import Problem


def _parse(sql: str, *, statement: bool = False) -> exp.Expression | None:
    try:
        return sqlglot.parse_one(sql) if statement else sqlglot.parse_one(f"SELECT {sql}")
    except sqlglot.errors.ParseError:
        return None


def _columns(node: exp.Expression) -> list[exp.Column]:
    return list(node.find_all(exp.Column))


def _sql_dataset_columns(ds: Dataset, catalog: Catalog, problems: list[Problem]) -> set[str] | None:
    """The output columns of a SQL dataset (None when they cannot be named), after checking its tables."""
    tree = _parse(ds.source, statement=True)
    if tree is None:
        problems.append(Problem(ds.line, f"dataset {ds.name!r}: its SQL source does not parse"))
        return None
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        if table.name.lower() not in ctes and catalog.table(table.name) is None:
            problems.append(Problem(ds.line, f"dataset {ds.name!r}: table {table.name!r} is not in the database"))
    if isinstance(tree, exp.Select) and not any(isinstance(e, exp.Star) for e in tree.expressions):
        return {e.alias_or_name.lower() for e in tree.expressions}
    return None


def validate_model(model: SemanticModel, catalog: Catalog) -> list[Problem]:  # noqa: C901 - one check per kind
    problems: list[Problem] = []
    seen: set[str] = set()
    tables: dict[str, CatalogTable | None] = {}
    outputs: dict[str, set[str] | None] = {}
    for ds in model.datasets:
        if ds.name.lower() in seen:
            problems.append(Problem(ds.line, f"dataset {ds.name!r} is defined twice"))
        seen.add(ds.name.lower())
        if ds.is_sql:
            tables[ds.name.lower()] = None
            outputs[ds.name.lower()] = _sql_dataset_columns(ds, catalog, problems)
        else:
            table = catalog.table(ds.table)
            tables[ds.name.lower()] = table
            if table is None:
                problems.append(Problem(ds.line, f"dataset {ds.name!r}: table {ds.table!r} is not in the database"))
                continue
            outputs[ds.name.lower()] = {c.name.lower() for c in table.columns}
        known = outputs[ds.name.lower()]
        for key in ds.primary_key:
            if known is not None and key.lower() not in known:
                problems.append(Problem(ds.line, f"dataset {ds.name!r}: primary key column {key!r} does not exist"))
        field_names = set()
        for f in ds.fields:
            if f.name.lower() in field_names:
                problems.append(Problem(f.line, f"field {ds.name}.{f.name} is defined twice"))
            field_names.add(f.name.lower())
            if f.role not in ROLES:
                problems.append(Problem(f.line, f"field {ds.name}.{f.name}: role {f.role!r} is not one of {ROLES}"))
            if f.aggregation and f.aggregation not in AGGREGATIONS:
                problems.append(Problem(f.line, f"field {ds.name}.{f.name}: aggregation {f.aggregation!r} is not "
                                                f"one of {AGGREGATIONS}"))
            tree = _parse(f.expression)
            if tree is None or not f.expression:
                problems.append(Problem(f.line, f"field {ds.name}.{f.name}: expression {f.expression!r} does "
                                                "not parse"))
                continue
            for col in _columns(tree):
                if known is not None and col.name.lower() not in known:
                    problems.append(Problem(f.line, f"field {ds.name}.{f.name}: column {col.name!r} is not in "
                                                    f"{ds.table or ds.name!r}"))
            if f.label_column and known is not None and f.label_column.lower() not in known:
                problems.append(Problem(f.line, f"field {ds.name}.{f.name}: label column {f.label_column!r} "
                                                "does not exist"))
        if ds.default_time_dimension:
            f = ds.field(ds.default_time_dimension)
            if f is None or not f.time:
                problems.append(Problem(ds.line, f"dataset {ds.name!r}: default time dimension "
                                                 f"{ds.default_time_dimension!r} is not a time field of it"))

    def has(dataset: str, column: str) -> bool:
        ds = model.dataset(dataset)
        if ds is None:
            return False
        if ds.field(column) is not None:
            return True
        known = outputs.get(ds.name.lower())
        return known is None or column.lower() in known

    for rel in model.relationships:
        for side, name, cols in (("from", rel.from_dataset, rel.from_columns), ("to", rel.to_dataset, rel.to_columns)):
            if model.dataset(name) is None:
                problems.append(Problem(rel.line, f"relationship {rel.name!r}: {side} dataset {name!r} is not "
                                                  "defined"))
                continue
            for col in cols:
                if not has(name, col):
                    problems.append(Problem(rel.line, f"relationship {rel.name!r}: column {name}.{col} does not "
                                                      "exist"))
        if rel.cardinality not in CARDINALITIES:
            problems.append(Problem(rel.line, f"relationship {rel.name!r}: cardinality {rel.cardinality!r} is not "
                                              f"one of {CARDINALITIES}"))

    metric_names = {m.name.lower() for m in model.metrics}
    for metric in model.metrics:
        if metric.kind not in METRIC_KINDS:
            problems.append(Problem(metric.line, f"metric {metric.name!r}: kind {metric.kind!r} is not one of "
                                                 f"{METRIC_KINDS}"))
        tree = _parse(metric.expression)
        if tree is None or not metric.expression:
            problems.append(Problem(metric.line, f"metric {metric.name!r}: expression does not parse"))
            continue
        for col in _columns(tree):
            if col.table:
                if not has(col.table, col.name):
                    problems.append(Problem(metric.line, f"metric {metric.name!r}: {col.table}.{col.name} is not "
                                                         "a field or column of a dataset"))
            elif col.name.lower() not in metric_names and not any(has(d.name, col.name) for d in model.datasets):
                problems.append(Problem(metric.line, f"metric {metric.name!r}: {col.name!r} names no field"))
        if metric.formula:
            formula = _parse(metric.formula)
            for col in _columns(formula) if formula is not None else []:
                if col.name.lower() not in metric_names:
                    problems.append(Problem(metric.line, f"metric {metric.name!r}: formula names {col.name!r}, "
                                                         "which is not a metric"))

    for seg in model.segments:
        ds = model.dataset(seg.dataset)
        if ds is None:
            problems.append(Problem(seg.line, f"segment {seg.name!r}: dataset {seg.dataset!r} is not defined"))
            continue
        tree = _parse(seg.filter)
        if tree is None or not seg.filter:
            problems.append(Problem(seg.line, f"segment {seg.name!r}: filter does not parse"))
            continue
        for col in _columns(tree):
            nested = col.find_ancestor(exp.Select) is not tree
            if not nested and not has(ds.name, col.name):
                problems.append(Problem(seg.line, f"segment {seg.name!r}: column {col.name!r} is not in "
                                                  f"{ds.name!r}"))
        for table in tree.find_all(exp.Table):
            if catalog.table(table.name) is None:
                problems.append(Problem(seg.line, f"segment {seg.name!r}: table {table.name!r} is not in the "
                                                  "database"))

    for vq in model.verified_questions:
        tree = _parse(vq.sql, statement=True)
        if tree is None:
            problems.append(Problem(vq.line, f"verified question {vq.question!r}: its SQL does not parse"))
            continue
        ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
        for table in tree.find_all(exp.Table):
            if table.name.lower() not in ctes and catalog.table(table.name) is None:
                problems.append(Problem(vq.line, f"verified question {vq.question!r}: table {table.name!r} is "
                                                 "not in the database"))
    return problems
