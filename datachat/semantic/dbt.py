"""Import dbt's ``semantic_manifest.json`` (MetricFlow): semantic models, entities, dimensions, measures, metrics.

Mapping: a semantic model is a dataset (its ``node_relation.alias`` is the table; the primary entity's
expression its key; ``defaults.agg_time_dimension`` its default time); dimensions are dimension fields (time
ones with their granularity); measures are measure fields (``agg`` becomes the aggregation); a foreign entity
that is another model's primary entity becomes a relationship. Metrics: ``simple`` -> the measure's aggregate,
``ratio`` -> numerator / denominator, ``derived`` -> its ``expr`` over the named metrics.
Not supported (reported as problems): cumulative and conversion metrics, percentile and median measures,
metric filters, saved queries (ignored).
"""

from __future__ import annotations

import json

from .hints import compile_formula
from .model import Dataset, Field, Metric, Relationship, SemanticModel
from .osi import ModelError, Problem

AGG = {"sum": "sum", "sum_boolean": "sum", "average": "avg", "avg": "avg", "min": "min", "max": "max",
       "count": "count", "count_distinct": "count_distinct"}
SQL_AGG = {"sum": "SUM({})", "avg": "AVG({})", "min": "MIN({})", "max": "MAX({})", "count": "COUNT({})",
           "count_distinct": "COUNT(DISTINCT {})"}


def _ref(d: dict) -> str:
    return (d or {}).get("name", "") if isinstance(d, dict) else str(d or "")


def read_dbt_manifest(text: str) -> SemanticModel:  # noqa: C901 - one branch per manifest part
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError([Problem(exc.lineno, f"not JSON: {exc.msg}")]) from exc
    problems: list[Problem] = []
    datasets = []
    measures: dict[str, tuple[str, str]] = {}  # measure -> (dataset, aggregation)
    primaries: dict[str, tuple[str, str]] = {}  # entity -> (dataset, column)
    foreign: list[tuple[str, str, str]] = []  # (dataset, entity, column)
    for sm in doc.get("semantic_models") or []:
        name = sm["name"]
        fields = []
        pk: tuple[str, ...] = ()
        for ent in sm.get("entities") or []:
            col = ent.get("expr") or ent["name"]
            if ent.get("type") == "primary":
                pk = (col,)
                primaries[ent["name"]] = (name, col)
            elif ent.get("type") == "foreign":
                foreign.append((name, ent["name"], col))
            fields.append(Field(name=col, expression=col, role="identifier"))
        for dim in sm.get("dimensions") or []:
            time = dim.get("type") == "time"
            grain = ((dim.get("type_params") or {}).get("time_granularity") or "") if time else ""
            fields.append(Field(name=dim["name"], expression=dim.get("expr") or dim["name"], role="dimension",
                                is_time=True if time else None, datatype="Date" if time else "",
                                description=dim.get("description") or "", grains=(grain,) if grain else ()))
        for mea in sm.get("measures") or []:
            agg = AGG.get(mea.get("agg", ""))
            if agg is None:
                problems.append(Problem(1, f"measure {mea['name']!r}: aggregation {mea.get('agg')!r} is not "
                                           "supported"))
                continue
            measures[mea["name"]] = (name, agg)
            fields.append(Field(name=mea["name"], expression=str(mea.get("expr") or mea["name"]), role="measure",
                                description=mea.get("description") or "", aggregation=agg,
                                additivity="additive" if agg in ("sum", "count") else "non_additive"))
        relation = sm.get("node_relation") or {}
        datasets.append(Dataset(
            name=name, source=relation.get("alias") or name, primary_key=pk, description=sm.get("description") or "",
            fields=tuple(fields), default_time_dimension=(sm.get("defaults") or {}).get("agg_time_dimension") or "",
        ))
    relationships = []
    for ds, entity, col in foreign:
        if entity in primaries:
            target, key = primaries[entity]
            relationships.append(Relationship(name=f"{ds}_to_{target}", from_dataset=ds, to_dataset=target,
                                              from_columns=(col,), to_columns=(key,)))
    model = SemanticModel(name=(doc.get("project_configuration") or {}).get("name") or "dbt_semantic_manifest",
                          datasets=tuple(datasets), relationships=tuple(relationships))
    metrics: list[Metric] = []
    pending = list(doc.get("metrics") or [])
    for _ in range(len(pending) + 1):  # derived metrics may name metrics defined later
        later = []
        for met in pending:
            kind, params = met.get("type", "simple"), met.get("type_params") or {}
            common = {"name": met["name"], "description": met.get("description") or ""}
            if kind == "simple":
                measure = _ref(params.get("measure"))
                if measure not in measures:
                    problems.append(Problem(1, f"metric {met['name']!r}: measure {measure!r} is not defined"))
                    continue
                ds, agg = measures[measure]
                metrics.append(Metric(expression=SQL_AGG[agg].format(f"{ds}.{measure}"), **common))
            elif kind in ("ratio", "derived"):
                formula = (f"{_ref(params.get('numerator'))} / {_ref(params.get('denominator'))}"
                           if kind == "ratio" else params.get("expr", ""))
                for ref in params.get("metrics") or []:
                    if ref.get("alias"):
                        formula = formula.replace(ref["alias"], ref["name"])
                current = SemanticModel(name="", datasets=model.datasets, metrics=tuple(metrics))
                named = [n for n in (_ref(params.get("numerator")), _ref(params.get("denominator")))
                         if n] if kind == "ratio" else [r["name"] for r in params.get("metrics") or []]
                if any(current.metric(n) is None for n in named):
                    later.append(met)
                    continue
                metrics.append(Metric(expression=compile_formula(current, formula), kind=kind, formula=formula,
                                      **common))
            else:
                problems.append(Problem(1, f"metric {met['name']!r}: {kind} metrics are not supported"))
        pending = later
        if not pending:
            break
    for met in pending:
        problems.append(Problem(1, f"metric {met['name']!r}: it names a metric that is not defined"))
    if problems:
        raise ModelError(problems)
    from dataclasses import replace

    return replace(model, metrics=tuple(metrics))
