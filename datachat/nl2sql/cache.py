"""Build schema, value index and engine once per data source and reuse them."""

from __future__ import annotations

import json
import threading
from typing import Any

import sqlalchemy as sa

from .engine import SemanticEngine
from .schema import reflect_schema
from .transpile import transpiling
from .values import ValueIndex

_LOCK = threading.Lock()
_CACHE: dict[str, SemanticEngine] = {}  # or a TranspilingEngine for warehouse dialects


#: SQLAlchemy backend names -> sqlglot dialects, where they differ.
BACKEND_DIALECTS = {"postgresql": "postgres", "mariadb": "mysql", "chdb": "clickhouse", "clickhousedb": "clickhouse"}


def dialect_of(sa_engine: sa.Engine) -> str:
    name = sa_engine.dialect.name
    return BACKEND_DIALECTS.get(name, name)


def get_engine(
    url: str | sa.Engine,
    include: dict[str, Any] | None = None,
    annotations: dict[str, Any] | None = None,
    refresh: bool = False,
) -> SemanticEngine:
    """The cached :class:`SemanticEngine` for a data source (``refresh=True`` rebuilds it).

    The key is the URL plus the include and annotation dicts, so two embeds exposing different
    columns of one database get different engines (and value indexes).
    """
    sa_engine = sa.create_engine(url) if isinstance(url, str) else url
    key = json.dumps(
        [sa_engine.url.render_as_string(hide_password=False), include, annotations], sort_keys=True, default=str
    )
    with _LOCK:
        if not refresh and key in _CACHE:
            return _CACHE[key]
    schema = reflect_schema(sa_engine, include=include, annotations=annotations)
    values = ValueIndex.build(sa_engine, schema)
    engine = transpiling(schema, dialect_of(sa_engine), values=values)
    with _LOCK:
        _CACHE[key] = engine
    return engine


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
