"""Lazy, cached reflection per source: reused, refreshed on demand and after the TTL."""

from __future__ import annotations

import sqlite3
import time

import pytest

from datachat.nl2sql import cache
from datachat.services import catalog
from datachat.services.guard import Scope
from datachat.services.translators import SemanticTranslator


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "shop.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    connection.executemany("INSERT INTO product VALUES (?, ?, ?)", [(1, "tea", 3.0), (2, "coffee", 5.0)])
    connection.commit()
    yield path, connection
    connection.close()
    cache.forget(f"sqlite:///{path}")


def _add_table(connection):
    connection.execute("CREATE TABLE supplier (id INTEGER PRIMARY KEY, city TEXT)")
    connection.execute("INSERT INTO supplier VALUES (1, 'Lyon')")
    connection.commit()


def test_engine_is_reused_then_refreshed_on_demand(source):
    path, connection = source
    scope = Scope(url=f"sqlite:///{path}", dialect="sqlite", key="shop")
    first = SemanticTranslator(scope).semantic_engine
    assert SemanticTranslator(scope).semantic_engine is first  # cached: no second reflection
    _add_table(connection)
    assert SemanticTranslator(scope).semantic_engine.schema.table("supplier") is None  # still the cached catalog
    assert catalog.refresh(scope.url) >= 1
    fresh = SemanticTranslator(scope).semantic_engine
    assert fresh is not first and fresh.schema.table("supplier") is not None
    assert "supplier" in fresh.translate("how many suppliers are there?").sql


def test_engine_is_reflected_again_after_the_ttl(source, settings):
    path, connection = source
    settings.DATACHAT_CATALOG_TTL = 1
    scope = Scope(url=f"sqlite:///{path}", dialect="sqlite", key="shop")
    first = SemanticTranslator(scope).semantic_engine
    _add_table(connection)
    time.sleep(1.1)
    assert SemanticTranslator(scope).semantic_engine.schema.table("supplier") is not None
    assert first.schema.table("supplier") is None


def test_only_the_exposed_part_is_reflected(source):
    path, connection = source
    _add_table(connection)
    scope = Scope(url=f"sqlite:///{path}", dialect="sqlite", key="shop", exposed={"supplier": ["id"]})
    schema = SemanticTranslator(scope).semantic_engine.schema
    assert [t.name for t in schema.tables] == ["supplier"]
    assert [c.name for c in schema.tables[0].columns] == ["id"]
