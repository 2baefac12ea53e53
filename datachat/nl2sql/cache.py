"""Build schema, value index and engine once per data source and reuse them."""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from typing import Any

import sqlalchemy as sa

from .engine import SemanticEngine
from .schema import reflect_schema
from .transpile import transpiling
from .values import ValueIndex

#: engines kept per process (a source's engine per include and annotations); the least recently used goes first
MAX_ENGINES = 64

_LOCK = threading.Lock()
#: key -> (URL, built at (monotonic seconds), engine), least recently used first; the engine may be a
#: TranspilingEngine.
_CACHE: OrderedDict[str, tuple[str, float, SemanticEngine]] = OrderedDict()


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
    max_age: float | None = None,
) -> SemanticEngine:
    """The cached :class:`SemanticEngine` for a data source (``refresh=True`` rebuilds it).

    The key is the URL plus the include and annotation dicts, so two embeds exposing different
    columns of one database get different engines (and value indexes). Reflection is lazy: nothing
    is read until the first question, and only the ``include``d tables are reflected and indexed.
    An engine older than ``max_age`` seconds is rebuilt on its next use (a catalog that changes is
    seen again on that schedule); :func:`forget` drops a source's engines on demand. At most
    :data:`MAX_ENGINES` are kept; the least recently used is dropped first.
    """
    sa_engine = sa.create_engine(url) if isinstance(url, str) else url
    source = sa_engine.url.render_as_string(hide_password=False)
    key = json.dumps([source, include, annotations], sort_keys=True, default=str)
    with _LOCK:
        entry = _CACHE.get(key)
        if entry and not refresh and (max_age is None or time.monotonic() - entry[1] < max_age):
            _CACHE.move_to_end(key)
            return entry[2]
    schema = reflect_schema(sa_engine, include=include, annotations=annotations)
    values = ValueIndex.build(sa_engine, schema)
    engine = transpiling(schema, dialect_of(sa_engine), values=values)
    with _LOCK:
        _CACHE[key] = (source, time.monotonic(), engine)
        _CACHE.move_to_end(key)
        while len(_CACHE) > MAX_ENGINES:
            _CACHE.popitem(last=False)
    return engine


def forget(url: str | sa.Engine) -> int:
    """Drop every cached engine of the source at ``url`` (its catalog changed); return how many."""
    source = (sa.make_url(url) if isinstance(url, str) else url.url).render_as_string(hide_password=False)
    with _LOCK:
        stale = [key for key, entry in _CACHE.items() if entry[0] == source]
        for key in stale:
            del _CACHE[key]
    return len(stale)


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
