"""Embed keys: random tokens with a readable prefix, stored only as SHA-256 hashes.

A key looks like ``pk_3fK9x2Lq_<32 random chars>``: ``pk_``/``sk_`` says what it is, the next 8 characters
are its public lookup id (stored in clear, indexed), the rest is secret. Keys carry 190+ bits of
randomness, so a plain SHA-256 is the right hash (no salt or stretching needed, as for GitHub tokens);
comparisons use ``hmac.compare_digest``.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PUBLISHABLE = "pk"
SECRET = "sk"
LOOKUP_LENGTH = 8
SECRET_LENGTH = 32
_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CHARS = frozenset(_ALPHABET)


@dataclass(frozen=True)
class NewKey:
    """A freshly made key: ``value`` is shown once, only ``lookup`` and ``digest`` are stored."""

    kind: str
    value: str
    lookup: str
    digest: str


def _random(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def make_key(kind: str) -> NewKey:
    """Make a new ``pk``/``sk`` key.

    >>> key = make_key("pk")
    >>> key.value.startswith("pk_") and lookup_of(key.value) == key.lookup
    True
    """
    if kind not in (PUBLISHABLE, SECRET):
        raise ValueError(f"unknown key kind {kind!r}")
    lookup = _random(LOOKUP_LENGTH)
    value = f"{kind}_{lookup}_{_random(SECRET_LENGTH)}"
    return NewKey(kind=kind, value=value, lookup=lookup, digest=digest(value))


def lookup_of(value: str) -> str | None:
    """The lookup id of a presented key, or None when it is not shaped like one of ours.

    Malformed values are turned away here, before any database or cache lookup.

    >>> lookup_of("pk_3fK9x2Lq_" + "a" * 32)
    '3fK9x2Lq'
    >>> lookup_of("pk_3fK9x2Lq_short") is None and lookup_of("pk_3fK9x2L!_" + "a" * 32) is None
    True
    """
    parts = value.strip().split("_")
    if len(parts) != 3 or parts[0] not in (PUBLISHABLE, SECRET) or len(parts[1]) != LOOKUP_LENGTH:
        return None
    if len(parts[2]) != SECRET_LENGTH or not _CHARS.issuperset(parts[1]) or not _CHARS.issuperset(parts[2]):
        return None
    return parts[1]


def kind_of(value: str) -> str | None:
    return value.split("_", 1)[0] if lookup_of(value) else None


def matches(value: str, stored_digest: str) -> bool:
    """Constant-time check of a presented key against a stored digest."""
    return hmac.compare_digest(digest(value.strip()), stored_digest)


def new_webhook_secret() -> str:
    """A fresh webhook signing secret (Standard Webhooks): ``whsec_`` + base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
