"""Read and write the OSI (Open Semantic Interchange, Apache Ossie) core-spec YAML, version 0.2.0.dev0.

Read: the top-level ``semantic_model: [...]`` list (its first model) or a bare model at the top level;
``expression`` as ``{dialects: [{dialect, expression}]}`` or a plain string; ``ai_context`` as a string or a
mapping (``synonyms``, ``instructions``). What the core spec has no field for (measures' aggregation and
additivity, formats and units, time grains, label columns, sample values, relationship cardinality,
segments, default time dimensions, verified questions, derived-metric formulas) travels in
``custom_extensions`` under ``vendor_name: DATACHAT`` as a JSON string, so other tools keep it untouched.
Other vendors' extensions are kept and written back as they came.

Not supported: the ontology and mapping layers (``ontology``, ``requires``), several models in one file
(the first is read), and ``unique_keys`` beyond keeping them.

Every problem is reported with its line: :class:`Problem`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import yaml

from .model import Dataset, Field, Metric, Relationship, Segment, SemanticModel, VerifiedQuestion

SPEC_VERSION = "0.2.0.dev0"
VENDOR = "DATACHAT"


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ModelError(ValueError):
    """The YAML is not a model we can read; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class _Map(dict):
    """A mapping that remembers its line and its keys' lines (1-based)."""

    line = 0
    key_lines: dict

    def at(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Seq(list):
    line = 0


class _Loader(yaml.SafeLoader):
    pass


def _map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map(loader.construct_mapping(node, deep=True))
    out.line = node.start_mark.line + 1
    out.key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    return out


def _seq(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_sequence(node, deep=True))
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _seq)


# ---------------------------------------------------------------------------------------------- reading
class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message))

    def text(self, m: _Map, key: str, *, required: bool = False) -> str:
        value = m.get(key)
        if value is None:
            if required:
                self.fail(m.line, f"missing required key {key!r}")
            return ""
        if isinstance(value, (dict, list)):
            self.fail(m.at(key), f"{key!r} must be a string")
            return ""
        return str(value)

    def names(self, m: _Map, key: str) -> tuple[str, ...]:
        value = m.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.fail(m.at(key), f"{key!r} must be a list of names")
            return ()
        return tuple(str(v) for v in value)

    def expression(self, m: _Map) -> tuple[str, tuple[tuple[str, str], ...]]:
        value = m.get("expression")
        if value is None:
            self.fail(m.line, "missing required key 'expression'")
            return "", ()
        if isinstance(value, (str, int, float)):
            return str(value), ()
        dialects = value.get("dialects") if isinstance(value, dict) else value
        if not isinstance(dialects, list) or not dialects:
            self.fail(m.at("expression"), "'expression' needs 'dialects: [{dialect, expression}]'")
            return "", ()
        pairs = []
        for item in dialects:
            if not isinstance(item, dict) or "expression" not in item:
                self.fail(getattr(item, "line", m.at("expression")), "each dialect needs an 'expression'")
                continue
            pairs.append((str(item.get("dialect") or "ANSI_SQL"), str(item["expression"])))
        if not pairs:
            return "", ()
        main = next((p for p in pairs if p[0] == "ANSI_SQL"), pairs[0])
        return main[1], tuple(p for p in pairs if p is not main)

    def ai_context(self, m: _Map) -> tuple[str, tuple[str, ...]]:
        """(instructions text, synonyms) from a string or a mapping."""
        value = m.get("ai_context")
        if value is None:
            return "", ()
        if isinstance(value, str):
            return value, ()
        if isinstance(value, dict):
            syn = value.get("synonyms") or []
            rest = {k: v for k, v in value.items() if k != "synonyms"}
            text = str(rest.get("instructions") or rest.get("prompt") or "") if len(rest) <= 1 else json.dumps(
                dict(rest), sort_keys=True)
            return text, tuple(str(s) for s in syn)
        self.fail(m.at("ai_context"), "'ai_context' must be a string or a mapping")
        return "", ()

    def extensions(self, m: _Map) -> tuple[dict, tuple[tuple[str, str], ...]]:
        """Our own extension's data and the other vendors' (name, JSON text)."""
        ours: dict = {}
        others = []
        for item in m.get("custom_extensions") or []:
            if not isinstance(item, dict) or "vendor_name" not in item:
                self.fail(getattr(item, "line", m.at("custom_extensions")), "each extension needs a 'vendor_name'")
                continue
            data = item.get("data")
            if str(item["vendor_name"]).upper() == VENDOR:
                if isinstance(data, str):
                    try:
                        data = json.loads(data)
                    except json.JSONDecodeError as exc:
                        self.fail(item.at("data"), f"{VENDOR} extension data is not JSON: {exc.msg}")
                        data = {}
                ours = dict(data or {}) if isinstance(data, dict) else {}
            else:
                text = data if isinstance(data, str) else json.dumps(_plain(data), sort_keys=True)
                others.append((str(item["vendor_name"]), text))
        return ours, tuple(others)

    def field(self, m: _Map) -> Field:
        expression, others = self.expression(m)
        ai, synonyms = self.ai_context(m)
        ext, _ = self.extensions(m)
        dimension = m.get("dimension")
        is_time = dimension.get("is_time") if isinstance(dimension, dict) else None
        role = ext.get("role") or ("dimension" if isinstance(dimension, dict) else "")
        return Field(
            name=self.text(m, "name", required=True), expression=expression, role=role or "dimension",
            datatype=self.text(m, "datatype"), description=self.text(m, "description"),
            synonyms=synonyms, is_time=is_time, grains=tuple(ext.get("grains") or ()),
            label_column=str(ext.get("label_column") or ""),
            sample_values=tuple(str(v) for v in ext.get("sample_values") or ()),
            aggregation=str(ext.get("aggregation") or ""), additivity=str(ext.get("additivity") or ""),
            format=str(ext.get("format") or ""), unit=str(ext.get("unit") or ""),
            other_dialects=others, line=m.line,
        )

    def dataset(self, m: _Map) -> Dataset:
        ai, synonyms = self.ai_context(m)
        ext, _ = self.extensions(m)
        fields = []
        for f in m.get("fields") or []:
            if isinstance(f, dict):
                fields.append(self.field(f))
            else:
                self.fail(m.at("fields"), "each field must be a mapping")
        return Dataset(
            name=self.text(m, "name", required=True), source=self.text(m, "source", required=True),
            primary_key=self.names(m, "primary_key"),
            unique_keys=tuple(tuple(str(c) for c in k) for k in m.get("unique_keys") or () if isinstance(k, list)),
            description=self.text(m, "description"), synonyms=synonyms, fields=tuple(fields),
            default_time_dimension=str(ext.get("default_time_dimension") or ""), ai_context=ai, line=m.line,
        )

    def relationship(self, m: _Map) -> Relationship:
        ext, _ = self.extensions(m)
        rel = Relationship(
            name=self.text(m, "name", required=True), from_dataset=self.text(m, "from", required=True),
            to_dataset=self.text(m, "to", required=True), from_columns=self.names(m, "from_columns"),
            to_columns=self.names(m, "to_columns"), cardinality=str(ext.get("cardinality") or "many_to_one"),
            line=m.line,
        )
        if len(rel.from_columns) != len(rel.to_columns) or not rel.from_columns:
            self.fail(m.line, f"relationship {rel.name!r}: from_columns and to_columns must be non-empty and "
                              "of the same length")
        return rel

    def metric(self, m: _Map) -> Metric:
        expression, _ = self.expression(m)
        ai, synonyms = self.ai_context(m)
        ext, _ = self.extensions(m)
        return Metric(
            name=self.text(m, "name", required=True), expression=expression, kind=str(ext.get("kind") or "simple"),
            formula=str(ext.get("formula") or ""), description=self.text(m, "description"), synonyms=synonyms,
            datatype=self.text(m, "datatype"), format=str(ext.get("format") or ""), unit=str(ext.get("unit") or ""),
            line=m.line,
        )

    def model(self, m: _Map) -> SemanticModel:
        ai, _ = self.ai_context(m)
        ext, others = self.extensions(m)
        lists = {}
        for key in ("datasets", "relationships", "metrics"):
            value = m.get(key) or []
            if not isinstance(value, list):
                self.fail(m.at(key), f"{key!r} must be a list")
                value = []
            lists[key] = [x for x in value if isinstance(x, dict)]
        if not lists["datasets"]:
            self.fail(m.line, "a model needs at least one dataset")
        segments = tuple(
            Segment(name=str(s.get("name", "")), dataset=str(s.get("dataset", "")), filter=str(s.get("filter", "")),
                    synonyms=tuple(s.get("synonyms") or ()), description=str(s.get("description") or ""),
                    line=m.at("custom_extensions"))
            for s in ext.get("segments") or ()
        )
        verified = tuple(
            VerifiedQuestion(question=str(v.get("question", "")), sql=str(v.get("sql", "")),
                             verified_by=str(v.get("verified_by") or ""), line=m.at("custom_extensions"))
            for v in ext.get("verified_questions") or ()
        )
        return SemanticModel(
            name=self.text(m, "name", required=True), description=self.text(m, "description"), ai_context=ai,
            datasets=tuple(self.dataset(d) for d in lists["datasets"]),
            relationships=tuple(self.relationship(r) for r in lists["relationships"]),
            metrics=tuple(self.metric(x) for x in lists["metrics"]),
            segments=segments, verified_questions=verified, extensions=others,
        )


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_osi(text: str) -> SemanticModel:
    """Parse OSI YAML into a :class:`SemanticModel`; raise :class:`ModelError` naming lines and problems."""
    try:
        doc = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass that only adds line numbers
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ModelError([Problem(mark.line + 1 if mark else 1, f"not valid YAML: {getattr(exc, 'problem', exc)}")]
                         ) from exc
    if not isinstance(doc, dict):
        raise ModelError([Problem(1, "expected a mapping with 'semantic_model' or 'datasets'")])
    body = doc
    if "semantic_model" in doc:
        models = doc["semantic_model"]
        if not isinstance(models, list) or not models or not isinstance(models[0], dict):
            raise ModelError([Problem(doc.at("semantic_model"), "'semantic_model' must be a list of models")])
        body = models[0]
    reader = _Reader()
    model = reader.model(body)
    if reader.problems:
        raise ModelError(sorted(reader.problems, key=lambda p: p.line))
    version = str(doc.get("version") or SPEC_VERSION)
    return model if version == model.version else _with_version(model, version)


def _with_version(model: SemanticModel, version: str) -> SemanticModel:
    from dataclasses import replace

    return replace(model, version=version)


# ---------------------------------------------------------------------------------------------- writing
def _expr(text: str, others: tuple[tuple[str, str], ...] = ()) -> dict:
    return {"dialects": [{"dialect": "ANSI_SQL", "expression": text}, *(
        {"dialect": d, "expression": e} for d, e in others)]}


def _ai(text: str, synonyms: tuple[str, ...]) -> dict | str | None:
    if synonyms:
        out: dict[str, Any] = {"synonyms": list(synonyms)}
        if text:
            out["instructions"] = text
        return out
    return text or None


def _ext(data: dict, others: tuple[tuple[str, str], ...] = ()) -> list | None:
    data = {k: v for k, v in data.items() if v not in ("", None, [], ())}
    items = [{"vendor_name": name, "data": text} for name, text in others]
    if data:
        items.append({"vendor_name": VENDOR, "data": json.dumps(data, sort_keys=True)})
    return items or None


def _clean(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [], ())}


def _field(f: Field) -> dict:
    dimension = None
    if f.role == "dimension":
        dimension = {} if f.is_time is None else {"is_time": f.is_time}
    return _clean({
        "name": f.name, "expression": _expr(f.expression, f.other_dialects), "dimension": dimension,
        "description": f.description, "datatype": f.datatype, "ai_context": _ai("", f.synonyms),
        "custom_extensions": _ext({
            "role": f.role if f.role != "dimension" else "", "grains": list(f.grains),
            "label_column": f.label_column, "sample_values": list(f.sample_values), "aggregation": f.aggregation,
            "additivity": f.additivity, "format": f.format, "unit": f.unit}),
    }) | ({"dimension": dimension} if dimension is not None else {})


def model_to_dict(model: SemanticModel) -> dict:
    """The model as the OSI document (plain dicts and lists)."""
    body = _clean({
        "name": model.name, "description": model.description, "ai_context": _ai(model.ai_context, ()),
        "datasets": [_clean({
            "name": d.name, "source": d.source, "primary_key": list(d.primary_key),
            "unique_keys": [list(k) for k in d.unique_keys], "description": d.description,
            "ai_context": _ai(d.ai_context, d.synonyms), "fields": [_field(f) for f in d.fields],
            "custom_extensions": _ext({"default_time_dimension": d.default_time_dimension}),
        }) for d in model.datasets],
        "relationships": [_clean({
            "name": r.name, "from": r.from_dataset, "to": r.to_dataset, "from_columns": list(r.from_columns),
            "to_columns": list(r.to_columns),
            "custom_extensions": _ext({"cardinality": r.cardinality if r.cardinality != "many_to_one" else ""}),
        }) for r in model.relationships],
        "metrics": [_clean({
            "name": m.name, "expression": _expr(m.expression), "description": m.description,
            "datatype": m.datatype, "ai_context": _ai("", m.synonyms),
            "custom_extensions": _ext({"kind": m.kind if m.kind != "simple" else "", "formula": m.formula,
                                       "format": m.format, "unit": m.unit}),
        }) for m in model.metrics],
        "custom_extensions": _ext({
            "segments": [_clean({"name": s.name, "dataset": s.dataset, "filter": s.filter,
                                 "synonyms": list(s.synonyms), "description": s.description})
                         for s in model.segments],
            "verified_questions": [_clean({"question": v.question, "sql": v.sql, "verified_by": v.verified_by})
                                   for v in model.verified_questions],
        }, model.extensions),
    })
    return {"version": model.version or SPEC_VERSION, "semantic_model": [body]}


def write_osi(model: SemanticModel) -> str:
    """The model as OSI core-spec YAML text."""
    return yaml.safe_dump(model_to_dict(model), sort_keys=False, allow_unicode=True, width=110)
