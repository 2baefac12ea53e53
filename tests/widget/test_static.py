"""Serving the widget (issue 17): WhiteNoise's compression and cache headers, and the CORS preflight of a
host page whose fetch wrapper adds W3C trace context headers. Django's test client, no browser."""

import gzip
import re
from pathlib import Path

import pytest

DIST = Path(__file__).resolve().parents[2] / "widget_dist"


def built(pattern: str) -> str:
    names = sorted(p.name for p in DIST.iterdir() if re.fullmatch(pattern, p.name))
    assert len(names) == 1, names
    return names[0]


@pytest.mark.parametrize("pattern", [r"chart\.[0-9a-f]{12}\.js", r"widget\.[0-9a-f]{12}\.css",
                                     r"widget\.[0-9a-f]{12}\.js"])
def test_hashed_files_are_cached_for_a_year(client, pattern):
    name = built(pattern)
    response = client.get(f"/static/datachat/{name}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert b"".join(response.streaming_content) == (DIST / name).read_bytes()


def test_widget_js_is_revalidated_soon(client):
    response = client.get("/static/datachat/widget.js")
    assert response.status_code == 200
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age <= 3600
    assert "immutable" not in response["Cache-Control"]


@pytest.mark.parametrize(("accept", "encoding"), [("gzip", "gzip"), ("gzip, deflate, br", "br"), ("", None)])
def test_compressed_when_the_client_accepts_it(client, accept, encoding):
    name = built(r"chart\.[0-9a-f]{12}\.js")
    response = client.get(f"/static/datachat/{name}", headers={"Accept-Encoding": accept} if accept else {})
    body = b"".join(response.streaming_content)
    assert response.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response["Vary"]
    original = (DIST / name).read_bytes()
    if encoding == "gzip":
        assert gzip.decompress(body) == original
    if encoding is None:
        assert body == original
    else:
        assert len(body) < len(original) / 2


@pytest.mark.django_db
def test_preflight_allows_trace_context_headers(client, make_embed):
    from django.core.cache import cache

    cache.clear()
    make_embed(origins=["https://traced.example.com"])
    response = client.options("/api/v1/sessions", headers={
        "Origin": "https://traced.example.com",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,traceparent,tracestate,baggage,x-datachat-key",
    })
    assert response["Access-Control-Allow-Origin"] == "https://traced.example.com"
    allowed = {h.strip() for h in response["Access-Control-Allow-Headers"].split(",")}
    assert {"traceparent", "tracestate", "baggage", "x-datachat-key", "content-type"} <= allowed
