"""Semantic models: metrics, dimensions, time, segments and verified questions of a data source (no Django).

- :mod:`.model` the typed values; :mod:`.osi` OSI core-spec YAML in and out (with line numbers);
- :mod:`.validate` checks a model against a database; :mod:`.dbt` imports dbt's ``semantic_manifest.json``;
- :mod:`.infer` profiles a database into a draft model;
- :mod:`.hints` the adapter to the no-LLM engine's hints; :mod:`.linking` and :mod:`.translate` apply
  verified questions, segments and definitions around it.
"""

from .hints import to_engine_hints
from .model import Dataset, Field, Metric, Relationship, Segment, SemanticModel, VerifiedQuestion
from .osi import ModelError, Problem, read_osi, write_osi

__all__ = [
    "Dataset",
    "Field",
    "Metric",
    "ModelError",
    "Problem",
    "Relationship",
    "Segment",
    "SemanticModel",
    "VerifiedQuestion",
    "read_osi",
    "to_engine_hints",
    "write_osi",
]
