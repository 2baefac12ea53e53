"""Fixtures for the answer tests: the demo shop built once, real queries, the Vega-Lite schema Altair ships."""

import json
import sqlite3
from pathlib import Path

import altair
import jsonschema
import pandas as pd
import pytest

from datachat.demo import build_shop_database

REVENUE = "SUM(i.quantity * i.unit_price)"
ORDERS_ITEMS = "FROM orders o JOIN order_items i ON i.order_id = o.id"


@pytest.fixture(scope="session")
def shop_path(tmp_path_factory) -> Path:
    return build_shop_database(tmp_path_factory.mktemp("answers") / "shop.db")


@pytest.fixture(scope="session")
def query(shop_path):
    """Run SQL read-only on the shop and return a DataFrame, as the executor would."""
    conn = sqlite3.connect(f"file:{shop_path}?mode=ro", uri=True)

    def run(sql: str) -> pd.DataFrame:
        return pd.read_sql_query(sql, conn)

    yield run
    conn.close()


def load_vegalite_validator() -> jsonschema.Draft7Validator:
    """The Vega-Lite JSON schema that Altair ships (the version its specs target)."""
    path = Path(altair.__file__).parent / "vegalite" / "v6" / "schema" / "vega-lite-schema.json"
    return jsonschema.Draft7Validator(json.loads(path.read_text()))


@pytest.fixture(scope="session")
def vegalite_validator():
    return load_vegalite_validator()


def assert_valid_vegalite(validator, spec: dict) -> None:
    errors = sorted(validator.iter_errors(spec), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message[:200]}" for e in errors[:5])


@pytest.fixture(scope="session")
def ask(shop_path):
    """The frame the engine understands from a question on the shop (``None`` when it cannot answer):
    charts and summaries take the question's intent from the frame, never from its words."""
    import sqlalchemy as sa

    from datachat.nl2sql import SemanticEngine, ValueIndex, reflect_schema

    source = sa.create_engine(f"sqlite:///{shop_path}")
    schema = reflect_schema(source)
    engine = SemanticEngine(schema, values=ValueIndex.build(source, schema))

    def frame_of(question: str, previous=None):
        return engine.translate(question, previous=previous).frame if question else None

    return frame_of
