"""A refused origin is logged once per minute (per embed), with the setting that allows it; never per call."""

import logging

import pytest

from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db


def refused_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "datachat.auth" and "refused origin" in r.getMessage()]


def test_preflight_from_an_origin_no_embed_allows(client, widget, caplog):
    caplog.set_level(logging.WARNING, logger="datachat.auth")
    for _ in range(3):
        response = client.options("/api/v1/sessions", headers={
            "Origin": "https://stranger.example.net", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "x-datachat-key,x-datachat-identity"})
        assert "access-control-allow-origin" not in response.headers
    lines = refused_lines(caplog)
    assert len(lines) == 1 and "https://stranger.example.net" in lines[0] and "--add-origin" in lines[0]


def test_call_from_an_origin_this_embed_does_not_allow(client, widget, caplog):
    caplog.set_level(logging.WARNING, logger="datachat.auth")
    other = WidgetClient(client, widget.key, origin="https://other.example.org")
    assert [other.post("/sessions").status_code for _ in range(3)] == [403, 403, 403]
    lines = refused_lines(caplog)
    assert len(lines) == 1 and "https://other.example.org" in lines[0] and str(widget.embed.pk) in lines[0]


def test_preflight_allows_the_identity_header(client, widget):
    response = client.options("/api/v1/sessions", headers={
        "Origin": widget.origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-datachat-key,x-datachat-identity"})
    assert "x-datachat-identity" in response.headers["access-control-allow-headers"].lower()
