"""The no-LLM engine: questions to SQL on any schema, deterministic and offline.

Pipeline: :func:`reflect_schema` (SQLAlchemy reflection -> :class:`Schema`), :class:`ValueIndex`
(distinct values of low-cardinality text columns), then :class:`SemanticEngine` turns a question into
an understood query (``Translation.state``) and one SELECT (``Translation.sql``). Nothing here imports
Django; the CLI, benches and tests use it directly.

    >>> import sqlalchemy as sa
    >>> from datachat.services.nl2sql import reflect_schema, ValueIndex, SemanticEngine
    >>> eng = sa.create_engine("sqlite://")
    >>> with eng.begin() as c:
    ...     _ = c.exec_driver_sql("CREATE TABLE pet (id INTEGER PRIMARY KEY, kind TEXT, age INTEGER)")
    ...     _ = c.exec_driver_sql("INSERT INTO pet (kind, age) VALUES ('dog', 3), ('cat', 5)")
    >>> schema = reflect_schema(eng)
    >>> engine = SemanticEngine(schema, values=ValueIndex.build(eng, schema))
    >>> engine.translate("average age of dog pets").sql
    'SELECT AVG("age") FROM "pet" WHERE "kind" = \\'dog\\''

Annotations (``reflect_schema(..., annotations=...)``) are a JSON dict; every key is optional::

    {
      "tables":  {"Invoice": {"description": "One sale", "synonyms": ["sale", "order"]}},
      "columns": {"Invoice.Total": {"description": "Amount billed", "synonyms": ["amount", "revenue"]}},
      "metrics": {"revenue": "SUM(Invoice.Total)"}
    }

Synonyms are extra words that name the table or column in questions. A metric is a named SQL
aggregate written with ``Table.Column`` references; "revenue by country" then selects that
expression grouped by country, and the tables it uses are joined along foreign keys.

``include`` limits what the engine can see: ``{"Table": "*" | ["col", ...]}``. Tables and columns
outside it are never referenced in generated SQL.
"""

from .cache import clear_cache, get_engine
from .engine import DIALECTS, SemanticEngine, Translation
from .evaluate import evaluate_questions, execution_match, load_questions, results_match, run_query
from .schema import Column, ForeignKey, Schema, Table, reflect_schema
from .values import ValueIndex

__all__ = [
    "DIALECTS",
    "Column",
    "ForeignKey",
    "Schema",
    "SemanticEngine",
    "Table",
    "Translation",
    "ValueIndex",
    "clear_cache",
    "evaluate_questions",
    "execution_match",
    "load_questions",
    "get_engine",
    "reflect_schema",
    "results_match",
    "run_query",
]
