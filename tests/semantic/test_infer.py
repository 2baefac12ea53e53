"""``infer`` drafts a model a person would start from: keys, joins, dates, measures, labels, values."""

import pytest
import sqlalchemy as sa

from datachat.semantic import read_osi, write_osi
from datachat.semantic.catalog import read_catalog
from datachat.semantic.infer import infer_model
from datachat.semantic.validate import validate_model

from .conftest import BENCH

CHINOOK = BENCH / "chinook" / "Chinook_Sqlite.sqlite"
SPIDER = BENCH / "spider_dev" / "database"


def test_shop_draft(shop_sa):
    model = infer_model(shop_sa)
    orders, products = model.dataset("orders"), model.dataset("products")
    assert orders.default_time_dimension == "order_date"
    assert set(orders.field("status").sample_values) == {"paid", "shipped", "refunded", "cancelled"}
    assert products.field("id").label_column == "name"
    assert products.field("price").role == "measure" and products.field("price").aggregation == "avg"
    assert model.dataset("order_items").field("quantity").aggregation == "sum"
    assert ("order_items", "orders") in {(r.from_dataset, r.to_dataset) for r in model.relationships}
    assert read_osi(write_osi(model)) == model
    assert validate_model(model, read_catalog(shop_sa)) == []


def test_chinook_draft():
    if not CHINOOK.exists():
        pytest.skip(f"Chinook not found at {CHINOOK}")
    eng = sa.create_engine(f"sqlite:///{CHINOOK}")
    model = infer_model(eng)
    assert model.dataset("Invoice").default_time_dimension == "InvoiceDate"
    assert model.dataset("Employee").default_time_dimension == "HireDate"
    assert model.dataset("Artist").field("ArtistId").label_column == "Name"
    assert ("Invoice", "Customer") in {(r.from_dataset, r.to_dataset) for r in model.relationships}
    assert model.dataset("Invoice").field("Total").aggregation == "sum"
    assert validate_model(model, read_catalog(eng)) == []


@pytest.mark.parametrize("name", ["concert_singer", "car_1", "world_1"])
def test_spider_drafts_validate(name):
    path = SPIDER / name / f"{name}.sqlite"
    if not path.exists():
        pytest.skip(f"Spider database not found at {path}")
    eng = sa.create_engine(f"sqlite:///{path}")
    model = infer_model(eng)
    assert validate_model(model, read_catalog(eng)) == []
    assert model.relationships, "foreign keys became relationships"
