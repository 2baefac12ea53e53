"""Visitor identity: a short-lived JWT the host's backend signs for its logged-in visitor (PyJWT verifies it).

The widget sends it as ``X-Datachat-Identity``. A token is accepted when:

- its algorithm is the one pinned to the key that verifies it: ``HS256`` with the embed's identity secret, or
  ``EdDSA``/``RS256`` with the embed's registered public key of that type (``none`` and algorithm confusion, e.g.
  an HS256 token "signed" with the public key, never verify);
- ``aud`` is the embed's id, ``sub`` names the visitor, ``exp`` is present, not past and at most
  ``DATACHAT_IDENTITY_MAX_TTL`` seconds away; ``nbf``/``iat`` (when present) are not in the future, all with
  ``DATACHAT_IDENTITY_LEEWAY`` seconds of clock skew;
- a token with a ``jti`` serves one conversation: the session it starts (or the first it is used on); reused to
  start another, it is a replay (``bind_jti``).

Refusals are ``IdentityError`` with the 401 codes ``identity_expired``, ``identity_invalid``,
``identity_required``. The other claims are the visitor's attributes; the embed's claim row filters
(``{"orders": {"column": "customer_id", "claim": "customer_id"}}``) take their values from them, and a missing
claim is a refusal, never "no filter" (``resolve_row_filters``).
"""

import secrets
import time
from dataclasses import dataclass, field

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from django.core.cache import cache

from datachat.conf import conf
from datachat.errors import Unauthorized

HEADER = "X-Datachat-Identity"
SECRET_PREFIX = "dcid_"
REGISTERED = frozenset({"iss", "sub", "aud", "exp", "nbf", "iat", "jti"})
PUBLIC_KEY_ALGORITHMS = {"EdDSA": Ed25519PublicKey, "RS256": RSAPublicKey}
SCALAR = (str, int, float, bool)


class IdentityError(Unauthorized):
    """A refused identity (status 401); ``code`` is ``identity_expired``, ``identity_invalid`` or
    ``identity_required``, the three codes the contract gives visitor identity."""

    code = "identity_invalid"

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Identity:
    """A verified visitor: ``sub``, the attributes (non-registered claims), the token's ``jti`` and ``exp``."""

    sub: str
    claims: dict = field(default_factory=dict)
    jti: str = ""
    expires_at: int = 0

    def as_stored(self) -> dict:
        """What automations keep to act for this visitor later: the subject and attributes, never the token."""
        return {"sub": self.sub, "claims": dict(self.claims)}

    @classmethod
    def from_stored(cls, stored: dict | None) -> "Identity | None":
        if not stored or not stored.get("sub"):
            return None
        return cls(sub=str(stored["sub"]), claims=dict(stored.get("claims") or {}))


def new_secret() -> str:
    """A fresh HS256 signing secret (256 bits of randomness)."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def public_key_problem(pem: str) -> str | None:
    """Why ``pem`` cannot verify identity tokens, or None when it is an Ed25519 or RSA (>= 2048 bit) public key."""
    try:
        key = load_pem_public_key(pem.strip().encode())
    except (ValueError, TypeError) as exc:
        return f"not a PEM public key ({exc.__class__.__name__})"
    if isinstance(key, RSAPublicKey):
        return None if key.key_size >= 2048 else "an RSA key needs at least 2048 bits"
    if isinstance(key, Ed25519PublicKey):
        return None
    return "only Ed25519 (EdDSA) and RSA (RS256) public keys are accepted"


def _key_for(alg: str, secret: str, public_pem: str):
    """The one key that verifies ``alg``; IdentityError when the embed has none for it."""
    if alg == "HS256" and secret:
        return secret
    expected = PUBLIC_KEY_ALGORITHMS.get(alg)
    if expected is not None and public_pem:
        key = load_pem_public_key(public_pem.strip().encode())
        if isinstance(key, expected):
            return key
    raise IdentityError("identity_invalid", f"Identity tokens signed with {alg!r} are not accepted by this chat.")


def verify(token: str, *, audience: str, secret: str, public_pem: str = "", now: float | None = None) -> Identity:
    """The visitor a token names, after every check of the module docstring; IdentityError otherwise."""
    try:
        alg = jwt.get_unverified_header(token).get("alg")
    except jwt.InvalidTokenError as exc:
        raise IdentityError("identity_invalid", "The identity token is malformed.") from exc
    if not isinstance(alg, str):
        raise IdentityError("identity_invalid", "The identity token names no algorithm.")
    key = _key_for(alg, secret, public_pem)
    leeway = conf.IDENTITY_LEEWAY
    try:
        claims = jwt.decode(token, key, algorithms=[alg], audience=audience, leeway=leeway,
                            options={"require": ["exp", "sub", "aud"], "verify_iat": True})
    except jwt.ExpiredSignatureError as exc:
        raise IdentityError("identity_expired", "The identity token has expired; get a new one.") from exc
    except jwt.ImmatureSignatureError as exc:
        raise IdentityError("identity_invalid", "The identity token is not valid yet.") from exc
    except jwt.InvalidAudienceError as exc:
        raise IdentityError("identity_invalid", "The identity token was issued for another chat.") from exc
    except jwt.MissingRequiredClaimError as exc:
        raise IdentityError("identity_invalid", f"The identity token lacks the {exc.claim!r} claim.") from exc
    except jwt.InvalidTokenError as exc:
        raise IdentityError("identity_invalid", "The identity token's signature or claims are not valid.") from exc
    now = time.time() if now is None else now
    if not isinstance(claims["exp"], int | float) or claims["exp"] - now > conf.IDENTITY_MAX_TTL + leeway:
        raise IdentityError("identity_invalid",
                            f"The identity token lives longer than {conf.IDENTITY_MAX_TTL} seconds.")
    sub = claims["sub"]
    if not isinstance(sub, str) or not sub.strip() or len(sub) > 255:
        raise IdentityError("identity_invalid", "The identity token's 'sub' must name the visitor.")
    jti = claims.get("jti")
    if jti is not None and (not isinstance(jti, str) or not jti or len(jti) > 200):
        raise IdentityError("identity_invalid", "The identity token's 'jti' must be a short string.")
    return Identity(sub=sub, claims={k: v for k, v in claims.items() if k not in REGISTERED}, jti=jti or "",
                    expires_at=int(claims["exp"]))


def _jti_key(audience: str, jti: str) -> str:
    return f"datachat:jti:{audience}:{jti}"


def bind_jti(identity: Identity, audience: str, session_id: str | None) -> None:
    """Hold a token's ``jti`` to one conversation for the token's lifetime (plus the skew).

    ``session_id`` None means the token starts a new session: allowed only if the ``jti`` was never seen.
    Otherwise the ``jti`` must be unseen (then it binds to that session) or already bound to it.
    """
    if not identity.jti:
        return
    name = _jti_key(audience, identity.jti)
    ttl = max(1, int(identity.expires_at - time.time()) + conf.IDENTITY_LEEWAY)
    value = session_id or "new:" + secrets.token_hex(8)
    if cache.add(name, value, ttl):
        return
    if session_id is None or cache.get(name) != session_id:
        raise IdentityError("identity_invalid", "This identity token was already used; get a new one.")


def claim_session(identity: Identity, audience: str, session_id: str) -> None:
    """Bind the ``jti`` of the token that started a session to that session (see ``bind_jti``)."""
    if identity.jti:
        ttl = max(1, int(identity.expires_at - time.time()) + conf.IDENTITY_LEEWAY)
        cache.set(_jti_key(audience, identity.jti), session_id, ttl)


def row_filters_problem(filters) -> str | None:
    """Why ``filters`` is not a valid row-filter map (``{table: {"column", "value" | "claim"}}``), or None.

    >>> row_filters_problem({"orders": {"column": "customer_id", "claim": "customer_id"}}) is None
    True
    >>> row_filters_problem({"orders": {"claim": "customer_id"}})
    "orders: needs a 'column' and a 'value' or a 'claim'"
    """
    if not isinstance(filters, dict):
        return "row filters must be an object of tables"
    for table, spec in filters.items():
        column = spec.get("column") if isinstance(spec, dict) else None
        has_target = isinstance(spec, dict) and (("value" in spec and isinstance(spec["value"], SCALAR))
                                                  or (isinstance(spec.get("claim"), str) and spec["claim"]))
        if not isinstance(column, str) or not column or not has_target:
            return f"{table}: needs a 'column' and a 'value' or a 'claim'"
    return None


def resolve_row_filters(row_filters: dict, identity: Identity | None) -> dict:
    """The guard's row filters for this visitor: claim filters get the claim's value.

    >>> resolve_row_filters({"orders": {"column": "customer_id", "claim": "cid"}}, Identity("u1", {"cid": 7}))
    {'orders': {'column': 'customer_id', 'value': 7}}
    """
    resolved = {}
    for table, spec in (row_filters or {}).items():
        if not isinstance(spec, dict) or not spec.get("claim"):
            resolved[table] = spec
            continue
        claim = spec["claim"]
        if identity is None:
            raise IdentityError("identity_required", "This chat needs to know who you are; sign in first.")
        value = identity.claims.get(claim)
        if value is None or not isinstance(value, SCALAR):
            raise IdentityError("identity_invalid",
                                f"The identity token lacks the {claim!r} claim this chat's data needs.")
        resolved[table] = {"column": spec["column"], "value": value}
    return resolved


def verify_for_embed(token: str, embed) -> Identity:
    """``verify`` with the embed's own keys: its identity secret (decrypted here) and its public key."""
    from datachat.models.secrets import SecretUnreadable, decrypt

    try:
        secret = decrypt(embed.identity_secret, "the identity secret") if embed.identity_secret else ""
    except SecretUnreadable as exc:
        raise IdentityError("identity_invalid", "This chat's identity secret must be issued again.") from exc
    return verify(token, audience=str(embed.pk), secret=secret, public_pem=embed.identity_public_key or "")


def identify(token: str, embed) -> Identity | None:
    """The visitor of one widget call (None: anonymous), refusing what the embed does not accept."""
    identity = verify_for_embed(token, embed) if token else None
    if identity is None and embed.needs_identity:
        raise IdentityError("identity_required", "This chat needs to know who you are; sign in first.")
    resolve_row_filters(embed.row_filters, identity)  # a claim the filters need but the token lacks: refused now
    return identity
