from pathlib import Path

import pytest
import sqlalchemy as sa

from datachat.demo import build_shop_database
from datachat.semantic import read_osi

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BENCH = REPO.parent / "shared" / "benchmarks"
SHOP_MODEL = REPO / "datachat" / "demo" / "shop_model.yaml"


@pytest.fixture(scope="session")
def shop_url(tmp_path_factory):
    return f"sqlite:///{build_shop_database(tmp_path_factory.mktemp('shop') / 'shop.db')}"


@pytest.fixture(scope="session")
def shop_model():
    return read_osi(SHOP_MODEL.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shop_sa(shop_url):
    return sa.create_engine(shop_url)
