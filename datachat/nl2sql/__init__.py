"""The no-LLM engine: questions to SQL on any schema, deterministic and offline.

Pipeline: :func:`reflect_schema` (SQLAlchemy reflection -> :class:`Schema`), :class:`ValueIndex`
(distinct values of low-cardinality text columns), then :class:`SemanticEngine` turns a question into
a typed :class:`QueryFrame` (``Translation.frame``; ``Translation.state`` is its stored form) and one
SELECT (``Translation.sql``) planned from it as a sqlglot tree. Nothing here imports Django; the CLI,
benches and tests use it directly.

    >>> import sqlalchemy as sa
    >>> from datachat.nl2sql import reflect_schema, ValueIndex, SemanticEngine
    >>> eng = sa.create_engine("sqlite://")
    >>> with eng.begin() as c:
    ...     _ = c.exec_driver_sql("CREATE TABLE product (id INTEGER PRIMARY KEY, category TEXT, price INTEGER)")
    ...     _ = c.exec_driver_sql("INSERT INTO product (category, price) VALUES ('tea', 3), ('coffee', 5)")
    >>> schema = reflect_schema(eng)
    >>> engine = SemanticEngine(schema, values=ValueIndex.build(eng, schema))
    >>> engine.translate("average price of tea products").sql
    'SELECT AVG("price") AS "average_price" FROM "product" WHERE "category" = \\'tea\\''

Annotations (``reflect_schema(..., annotations=...)``) are a JSON dict; every key is optional::

    {
      "tables":  {"Invoice": {"description": "One sale", "synonyms": ["sale", "order"]}},
      "columns": {"Invoice.Total": {"description": "Amount billed", "synonyms": ["amount", "revenue"]}},
      "metrics": {"revenue": "SUM(Invoice.Total)"},
      "foreign_keys": ["Customer.SupportRepId -> Employee.EmployeeId"]
    }

Synonyms are extra words that name the table or column in questions. A metric is a named SQL
aggregate written with ``Table.Column`` references; "revenue by country" then selects that
expression grouped by country, and the tables it uses are joined along foreign keys. ``foreign_keys``
declares relationships the database does not (warehouses such as ClickHouse have no key constraints).

``include`` limits what the engine can see: ``{"Table": "*" | ["col", ...]}``. Tables and columns
outside it are never referenced in generated SQL.

What a question may contain (each is a general rule, not a list of phrasings):

- counts, sums, averages, min/max, distinct counts, listings, percentages ("what percentage of orders were
  cancelled"), and nested aggregates ("average number of tracks per album", "orders per customer on average");
- grouping ("by X", "per X", "for each X", date buckets "monthly", "per year", "by quarter", "by day of week");
- top/bottom N and superlatives ("which genre has the most tracks", "the most expensive product",
  "best selling products", "the most common country");
- comparisons ("more than", "at least", "between", "above the average", units such as "10 minutes"),
  dates ("in 2023", "Q1 2025", "last month", "before 2020", "in the last 30 days"), null checks
  ("with a company listed", "without a fax"), text matches ("starting with S", "with 'love' in the name");
- joins along the foreign-key graph, self-references ("reports to", "manager of"), negation
  ("customers who never purchased anything" -> ``NOT IN``; "stores with no sale in 2020" keeps the sale's filters
  inside the ``NOT IN``), values of related rows joined by "and" (a related row with each), and revenue without a
  revenue column (price x quantity on line rows, never summed across a one-to-many join);
- follow-ups with ``previous=state``: "only for 2024", "now by genre", "what about Canada?", "top 5",
  "show it as a table" (``rerender_only``).

What people see is readable: every result column has a short human name in the dialect's quoting
(``number_of_orders``, ``revenue``, ``average_price``, ``month``, ``category`` for ``categories.name``),
grouped results come ordered (time ascending, otherwise by the measure, largest first) unless the question
asks for an order, rankings ("top 5 products by revenue", "which category has the highest revenue") show the
entity with its summed or averaged measure, and ``explanation`` is one short sentence ("Revenue by category",
"Number of orders per month in 2025").

Relative dates use ``SemanticEngine(today=...)`` (default: today). When a date column's data ends before
today (a demo or an archive), "last month" is taken relative to the latest date in the data and the
explanation says so. When the engine cannot answer, ``Translation.error`` names the words it did not
understand and ``suggestions`` lists questions it can answer; every answer carries its SQL and a one-line
``explanation``, which also lists words of the question that were not used.
"""

from .cache import clear_cache, get_engine
from .engine import DIALECTS, SemanticEngine, Translation
from .evaluate import evaluate_questions, execution_match, load_questions, results_match, run_query
from .frame import QueryFrame
from .result import Clarification, Option
from .schema import Column, ForeignKey, Schema, Table, reflect_schema
from .values import ValueIndex

__all__ = [
    "DIALECTS",
    "Clarification",
    "Option",
    "Column",
    "ForeignKey",
    "QueryFrame",
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
