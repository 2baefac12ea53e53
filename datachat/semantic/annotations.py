"""Carry the former free-form ``DataSource.annotations`` JSON over into a semantic model."""

from __future__ import annotations

from .model import Dataset, Field, Metric, SemanticModel


def from_annotations(annotations: dict, name: str = "migrated") -> SemanticModel:
    """Tables -> datasets, annotated columns -> fields (with synonyms and values), metrics -> metrics."""
    tables: dict[str, dict] = {t: dict(info or {}) for t, info in (annotations.get("tables") or {}).items()}
    columns: dict[str, list[Field]] = {}
    for ref, info in (annotations.get("columns") or {}).items():
        if "." not in ref:
            continue
        table, column = ref.split(".", 1)
        tables.setdefault(table, {})
        columns.setdefault(table, []).append(Field(
            name=column, expression=column, description=str(info.get("description") or ""),
            synonyms=tuple(info.get("synonyms") or ()), sample_values=tuple(str(v) for v in info.get("values") or ())))
    datasets = tuple(
        Dataset(name=t, source=t, description=str(info.get("description") or ""),
                synonyms=tuple(info.get("synonyms") or ()), fields=tuple(columns.get(t, ())))
        for t, info in tables.items()
    )
    metrics = tuple(Metric(name=str(n).replace(" ", "_"), expression=str(e))
                    for n, e in (annotations.get("metrics") or {}).items())
    return SemanticModel(name=name, datasets=datasets, metrics=metrics,
                         description="Migrated from the data source's annotations.")
