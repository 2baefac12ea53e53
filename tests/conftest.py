"""Shared fixtures: the demo shop database, data sources and embeds with their keys."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
CHINOOK = BENCHMARKS / "chinook" / "Chinook_Sqlite.sqlite"
ORIGIN = "https://shop.example.com"


@pytest.fixture(scope="session")
def shop_path(tmp_path_factory) -> Path:
    from datachat.demo import build_shop_database

    return build_shop_database(tmp_path_factory.mktemp("shop") / "shop.sqlite3")


@pytest.fixture(scope="session")
def shop_url(shop_path) -> str:
    return f"sqlite:///{shop_path}"


@pytest.fixture
def chinook_url() -> str:
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK} (shared/ benchmarks absent)")
    return f"sqlite:///{CHINOOK}"


@pytest.fixture
def make_source(db):
    """``make_source(url, **fields)``: a saved DataSource."""
    from datachat.models import DataSource

    def make(url: str, **fields):
        source = DataSource(name=fields.pop("name", "Shop"), **fields)
        source.url = url
        source.save()
        return source

    return make


@pytest.fixture
def make_embed(db, make_source, shop_url):
    """``make_embed(**fields) -> (embed, {"pk": ..., "sk": ...})`` on the shop database by default."""
    from datachat.services.embeds import create_embed

    def make(*, source=None, origins=(ORIGIN,), rate_limit=1000, **fields):
        return create_embed(name=fields.pop("name", "Test embed"), data_source=source or make_source(shop_url),
                            origins=list(origins), rate_limit=rate_limit, **fields)

    return make


@pytest.fixture
def widget(make_embed, client):
    """A client for the widget API of a fresh shop embed: ``widget.post(path, json)``, ``widget.get(path)``."""
    from django.core.cache import cache

    cache.clear()
    embed, issued = make_embed()
    return WidgetClient(client, issued["pk"], embed=embed, secret=issued["sk"])


class WidgetClient:
    def __init__(self, client, key, *, embed=None, secret=None, origin=ORIGIN):
        self.client, self.key, self.embed, self.secret, self.origin = client, key, embed, secret, origin

    def headers(self, **extra):
        headers = {"X-Datachat-Key": self.key}
        if self.origin:
            headers["Origin"] = self.origin
        headers.update(extra)
        return headers

    def post(self, path, json=None, **extra):
        return self.client.post(f"/api/v1{path}", json if json is not None else {}, content_type="application/json",
                                headers=self.headers(**extra))

    def get(self, path, **extra):
        return self.client.get(f"/api/v1{path}", headers=self.headers(**extra))

    def session(self) -> str:
        response = self.post("/sessions")
        assert response.status_code == 201, response.content
        return response.json()["id"]

    def ask(self, session_id, content, **extra):
        return self.post(f"/sessions/{session_id}/messages", {"content": content}, **extra)
