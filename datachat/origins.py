"""Matching a browser ``Origin`` against an embed's allowed origins.

A pattern is ``scheme://host[:port]`` with scheme ``http`` or ``https``; a missing port means the scheme's
default, so ``https://shop.example.com`` and ``https://shop.example.com:443`` are the same origin and
``http://localhost:3000`` is a different one from ``http://localhost``. A pattern whose host starts with
``*.`` (``https://*.example.com``) matches any subdomain of example.com at any depth, but not example.com
itself and never a look-alike such as ``example.com.evil.net`` or ``evilexample.com``. The wildcard is only
allowed as the whole leftmost label. Hosts compare case-insensitively, without a trailing dot, and in their
IDNA (punycode) form, which is how browsers send them.

The ``null`` origin (sandboxed iframes, ``file://`` pages, some redirects) never matches: any page can
produce it, so allowing it would allow everyone.
"""

import functools
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
WILDCARD = "*."


def _host(host: str) -> str | None:
    host = host.lower().rstrip(".")
    if not host or "*" in host or "" in host.split("."):
        return None
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None


def _parts(origin: str) -> tuple[str, str, int] | None:
    try:
        url = urlsplit(origin.strip())
        port = url.port or DEFAULT_PORTS.get(url.scheme)
    except ValueError:
        return None
    if url.scheme not in DEFAULT_PORTS or not url.hostname or port is None:
        return None
    if url.path not in ("", "/") or url.query or url.fragment or url.username or url.password:
        return None
    host = _host(url.hostname)
    return (url.scheme, host, port) if host else None


def normalize(pattern: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an origin, ``host`` being ``*.suffix`` for a wildcard; None when malformed.

    Args:
        pattern: an origin or an allowed-origin pattern.

    Returns:
        The normalized triple, or None.

    >>> normalize("https://Shop.Example.com")
    ('https', 'shop.example.com', 443)
    >>> normalize("http://*.example.com:8080")
    ('http', '*.example.com', 8080)
    >>> normalize("https://foo*.example.com") is None
    True
    """
    return _pattern(pattern.strip())


@functools.lru_cache(maxsize=4096)
def _pattern(pattern: str) -> tuple[str, str, int] | None:
    scheme, sep, rest = pattern.partition("://")
    if sep and rest.startswith(WILDCARD):
        parts = _parts(f"{scheme}://wildcard.{rest[len(WILDCARD):]}")
        if parts is None or not parts[1].startswith("wildcard.") or parts[1].count(".") < 2:
            return None  # a bare "*.com" would be every site of a top-level domain
        return parts[0], WILDCARD + parts[1][len("wildcard."):], parts[2]
    return _parts(pattern)


def is_valid(pattern: str) -> bool:
    """Whether ``pattern`` can be stored as an allowed origin.

    >>> [is_valid(p) for p in ["https://a.example.com", "https://*.example.com", "example.com", "https://*.com"]]
    [True, True, False, False]
    """
    return normalize(pattern) is not None


def origin_allowed(origin: str | None, patterns: list[str]) -> bool:
    """Whether ``origin`` matches one of ``patterns``.

    Args:
        origin: the browser's ``Origin`` (or the origin of its ``Referer``), or None when there was none.
        patterns: the embed's ``allowed_domains``.

    Returns:
        True when one pattern matches.

    >>> origin_allowed("https://a.example.com", ["https://*.example.com"])
    True
    >>> origin_allowed("https://example.com.evil.net", ["https://*.example.com"])
    False
    >>> origin_allowed("https://shop.example.com:8443", ["https://shop.example.com"])
    False
    """
    if not origin or origin.strip() == "null":
        return False
    got = _parts(origin)
    if got is None:
        return False
    scheme, host, port = got
    for pattern in patterns or []:
        want = normalize(pattern) if isinstance(pattern, str) else None
        if want is None or want[0] != scheme or want[2] != port:
            continue
        if want[1].startswith(WILDCARD):
            suffix = want[1][1:]  # ".example.com"
            if host.endswith(suffix) and len(host) > len(suffix):
                return True
        elif want[1] == host:
            return True
    return False
