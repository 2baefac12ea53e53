"""Matching a browser ``Origin`` against an embed's allowed origins.

Patterns are ``scheme://host[:port]``; ``scheme://*.example.com`` matches any subdomain of example.com
(not example.com itself, and never ``example.com.evil.net``). A missing port means the scheme's default.
"""

from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


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
    return url.scheme, url.hostname.lower().rstrip("."), port


def normalize(pattern: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of a pattern or origin; None when malformed.

    >>> normalize("https://Shop.Example.com")
    ('https', 'shop.example.com', 443)
    """
    return _parts(pattern)


def origin_allowed(origin: str | None, patterns: list[str]) -> bool:
    """Whether ``origin`` matches one of ``patterns``.

    >>> origin_allowed("https://a.example.com", ["https://*.example.com"])
    True
    >>> origin_allowed("https://example.com.evil.net", ["https://*.example.com"])
    False
    """
    if not origin or origin == "null":
        return False
    got = _parts(origin)
    if got is None:
        return False
    scheme, host, port = got
    for pattern in patterns or []:
        want = _parts(pattern.replace("*.", "wildcard.", 1)) if "*." in pattern else _parts(pattern)
        if want is None or want[0] != scheme or want[2] != port:
            continue
        if "*." in pattern:
            suffix = want[1][len("wildcard"):]  # ".example.com"
            if host.endswith(suffix) and len(host) > len(suffix):
                return True
        elif want[1] == host:
            return True
    return False
