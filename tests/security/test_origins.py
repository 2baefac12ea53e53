"""Origin patterns, unit level: what an embed's ``allowed_domains`` accept and what they never match."""

import pytest

from datachat.origins import is_valid, normalize, origin_allowed

PATTERNS = ["https://shop.example.com", "http://localhost:3000", "https://*.example.org", "http://[::1]:8080"]


@pytest.mark.parametrize(
    "origin, allowed",
    [
        # exact
        ("https://shop.example.com", True),
        ("https://SHOP.Example.COM", True),
        ("https://shop.example.com.", True),
        ("https://shop.example.com:443", True),  # the default port, spelled out
        ("https://shop.example.com/", True),
        ("http://shop.example.com", False),  # another scheme is another origin
        ("https://shop.example.com:8443", False),  # another port too
        ("https://www.shop.example.com", False),  # no implicit subdomains
        ("https://example.com", False),
        # ports
        ("http://localhost:3000", True),
        ("http://localhost", False),
        ("http://localhost:3001", False),
        ("https://localhost:3000", False),
        ("http://[::1]:8080", True),
        ("http://[::1]:8081", False),
        # wildcard subdomains
        ("https://a.example.org", True),
        ("https://a.b.example.org", True),
        ("https://xn--bcher-kva.example.org", True),
        ("https://example.org", False),  # the wildcard needs a subdomain
        ("http://a.example.org", False),
        ("https://a.example.org:8443", False),
        # look-alikes
        ("https://example.org.evil.net", False),
        ("https://a.example.org.evil.net", False),
        ("https://evilexample.org", False),
        ("https://shop.example.com.evil.net", False),
        ("https://shop-example.com", False),
        ("https://shop.example.com@evil.net", False),
        ("https://evil.net#https://shop.example.com", False),
        ("https://evil.net/https://shop.example.com", False),
        ("https://..example.org", False),
        ("https://.example.org", False),
        # not origins at all
        ("null", False),
        ("", False),
        (None, False),
        ("shop.example.com", False),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("ftp://shop.example.com", False),
        ("https://shop.example.com:99999", False),
    ],
)
def test_origin_matrix(origin, allowed):
    assert origin_allowed(origin, PATTERNS) is allowed


@pytest.mark.parametrize(
    "pattern, valid",
    [
        ("https://shop.example.com", True),
        ("http://localhost:3000", True),
        ("https://*.example.com", True),
        ("https://*.example.com:8443", True),
        ("https://bücher.example.com", True),
        ("shop.example.com", False),
        ("https://shop.example.com/path", False),
        ("https://*", False),
        ("https://*.com", False),
        ("https://foo*.example.com", False),
        ("https://a.*.example.com", False),
        ("https://*example.com", False),
        ("*", False),
        ("null", False),
    ],
)
def test_pattern_validation(pattern, valid):
    assert is_valid(pattern) is valid


def test_unicode_patterns_match_the_punycode_browsers_send():
    assert normalize("https://bücher.example.com") == ("https", "xn--bcher-kva.example.com", 443)
    assert origin_allowed("https://xn--bcher-kva.example.com", ["https://bücher.example.com"])


def test_malformed_patterns_are_ignored_not_fatal():
    assert origin_allowed("https://shop.example.com", ["not an origin", 42, "https://shop.example.com"])
    assert not origin_allowed("https://foox.example.com", ["https://foo*.example.com"])
