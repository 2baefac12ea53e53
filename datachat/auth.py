"""Who is calling: the widget's publishable key (with its origin and rate limit) or an admin.

Widget calls (``X-Datachat-Key: pk_...``) pass three checks, in this order, each refusal audited (counted per
minute in the cache and written in batches, ``datachat.refusals``, so a flood of refusals costs no row each):
1. the key exists, is not revoked or expired, and its embed is active -> else 401;
2. the browser's ``Origin`` (or, where a browser omits it, the ``Referer``'s origin) is allowed -> else 403;
3. the visitor's identity token (``X-Datachat-Identity``), when sent or when the embed needs one, is valid
   -> else 401 ``identity_expired``/``identity_invalid``/``identity_required`` (see ``datachat.identity``);
4. the embed (and, if ``DATACHAT_VISITOR_RATE_LIMIT`` is set, the visitor) is within its rate limit -> else 429.
A call that passes is counted against the embed's budget and the decision is kept on
``request.datachat_ratelimit``; ``rate_limit_headers`` (a ninja view decorator on the API's root router) copies
it into the ``X-RateLimit-*`` headers of every widget response; refusals carry them already. The visitor limit
is checked together with the embed's, atomically: a call refused for its visitor does not spend the embed's
budget (see ``datachat.ratelimit.hit_all``).

What this does and does not protect: a publishable key is public (it is in the page), and ``Origin`` is only
trustworthy when a browser sends it. So the origin check stops *other web sites* from using an embed through
their visitors' browsers; a script outside a browser can claim any origin, and what bounds it is the rate
limit. The visitor id (``X-Datachat-Visitor``) is chosen by the client too: the per-visitor limit stops an
honest-but-greedy visitor, not one who changes ids, whom the embed's own limit still bounds. Behind a proxy,
``REMOTE_ADDR`` must be the client's address (set it from ``X-Forwarded-For`` in the proxy-facing middleware).

Keys resolve through ``datachat.services.embeds.resolve_key`` (cached for a few seconds, dropped on rotation,
revocation and saves). Admin calls use ``Authorization: Bearer sk_...`` (scoped to that embed) or a staff
session (``staff``: the Django session cookie, with ninja's CSRF check, so another site cannot drive a
logged-in admin's browser). If the cache (Redis) is unreachable, widget calls fail closed with 503
``temporarily_unavailable`` (and ``Retry-After``) rather than run unlimited.
"""

import functools
import hashlib
import logging
from urllib.parse import urlsplit

from django.core.cache import cache
from django.http import HttpRequest
from ninja.security import APIKeyHeader, HttpBearer, SessionAuthIsStaff

from datachat import keys, metrics, ratelimit, refusals
from datachat.conf import conf
from datachat.errors import OriginNotAllowed, RateLimited, TemporarilyUnavailable, Unauthorized
from datachat.identity import HEADER as IDENTITY_HEADER
from datachat.identity import Identity, IdentityError, identify
from datachat.models import ChatEmbed
from datachat.services.embeds import resolve_key, touch_key

logger = logging.getLogger("datachat.auth")

try:  # the errors of an unreachable shared cache; Redis is an optional extra
    from redis.exceptions import ConnectionError as _RedisConnectionError
    from redis.exceptions import TimeoutError as _RedisTimeoutError

    CACHE_ERRORS: tuple[type[Exception], ...] = (_RedisConnectionError, _RedisTimeoutError, OSError)
except ImportError:  # pragma: no cover
    CACHE_ERRORS = (OSError,)


def _unavailable(exc: Exception) -> TemporarilyUnavailable:
    logger.error("call refused, cache unavailable: %s", exc)
    return TemporarilyUnavailable("The chat is briefly unavailable; please try again.", headers={"Retry-After": "10"})


def _audit_refusal(action: str, *, target: str, request: HttpRequest, scope: str = "") -> None:
    metrics.REFUSALS.labels(action.rsplit(".", 1)[-1]).inc()
    refusals.note(action, target=target, origin=request_origin(request) or "", scope=scope)


def request_origin(request: HttpRequest) -> str | None:
    """The calling page's origin: the ``Origin`` header, else the origin part of ``Referer``."""
    origin = request.headers.get("Origin")
    if origin:
        return origin.strip()
    referer = request.headers.get("Referer")
    if referer:
        try:
            url = urlsplit(referer)
        except ValueError:
            return None
        if url.scheme and url.netloc:
            return f"{url.scheme}://{url.netloc}"
    return None


def visitor_of(request: HttpRequest) -> str:
    """Who the visitor is, for the per-visitor limit: the identity's ``sub``, else the widget's
    ``X-Datachat-Visitor`` id, else the client IP.

    Hashed, so cache keys hold neither raw ids nor IPs and always have a safe length.
    """
    identity = getattr(request, "datachat_identity", None)
    visitor = ("sub:" + identity.sub if identity else "") or request.headers.get(
        "X-Datachat-Visitor", "").strip()[:128] or "ip:" + request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(visitor.encode()).hexdigest()[:24]


def identity_of(request: HttpRequest) -> Identity | None:
    """The verified visitor of an accepted widget call (None: anonymous)."""
    return getattr(request, "datachat_identity", None)


REFUSED_ORIGIN_LOG_SECONDS = 60


def log_refused_origin(origin: str | None, embed_id: str = "") -> None:
    """One log line per refused origin (per embed) per minute, saying which setting allows it."""
    digest = hashlib.sha256(f"{embed_id}|{origin}".encode()).hexdigest()[:24]
    try:
        first = cache.add(f"datachat:refused-origin:{digest}", 1, REFUSED_ORIGIN_LOG_SECONDS)
    except Exception:  # the log is a courtesy; a cache outage must not turn it into an error
        first = True
    if not first:
        return
    if embed_id:
        logger.warning("refused origin %s for embed %s: add it to the embed's allowed origins "
                       "(datachat embed update %s --add-origin %s)", origin or "(none)", embed_id, embed_id,
                       origin or "ORIGIN")
    else:
        logger.warning("refused origin %s: no active embed allows it (datachat embed update ID --add-origin %s)",
                       origin or "(none)", origin or "ORIGIN")


def refused_key_target(key: str | None) -> str:
    """The public part of a refused key (``pk_<lookup>``) for the audit log; never the secret part."""
    lookup = keys.lookup_of(key or "")
    return f"{keys.kind_of(key)}_{lookup}" if lookup else ""


class EmbedKeyAuth(APIKeyHeader):
    """The publishable key of an embed, valid only from its origins and within its rate limit."""

    param_name = "X-Datachat-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> ChatEmbed | None:
        try:
            return self._authenticate(request, key)
        except CACHE_ERRORS as exc:  # the shared cache is down: fail closed, and say it is temporary
            request.datachat_cors = True
            raise _unavailable(exc) from exc

    def _authenticate(self, request: HttpRequest, key: str | None) -> ChatEmbed | None:
        found = resolve_key(key or "", keys.PUBLISHABLE)
        if found is None:
            _audit_refusal("widget.refused.bad_key", target=refused_key_target(key), request=request)
            request.datachat_cors = True
            return None
        embed = found.embed
        origin = request_origin(request)
        if not embed.validate_origin(origin):
            _audit_refusal("widget.refused.origin", target=f"embed:{embed.pk}", request=request)
            log_refused_origin(origin, str(embed.pk))
            raise OriginNotAllowed("This site is not allowed to use this chat.")
        try:
            request.datachat_identity = identify(request.headers.get(IDENTITY_HEADER, "").strip(), embed)
        except IdentityError as exc:
            _audit_refusal("widget.refused.identity", target=f"embed:{embed.pk}", request=request, scope=exc.code)
            request.datachat_cors = True
            raise
        limits = [("embed", embed.rate_limit)]
        if conf.VISITOR_RATE_LIMIT:
            limits.append((f"visitor:{visitor_of(request)}", conf.VISITOR_RATE_LIMIT))
        decision = ratelimit.hit_all(limits, group=str(embed.pk))
        if not decision.allowed:
            _audit_refusal("widget.refused.rate_limit", target=f"embed:{embed.pk}", request=request,
                           scope=decision.key.split(":", 1)[0])
            raise RateLimited("Too many requests; please wait a moment.", headers=decision.headers())
        touch_key(found)
        refusals.flush_due()
        request.datachat_cors = True
        request.datachat_ratelimit = decision
        return embed


def rate_limit_headers(run):
    """Ninja operation decorator: add the ``X-RateLimit-*`` headers of an accepted widget call to its response."""

    @functools.wraps(run)
    def wrapper(request, *args, **kwargs):
        response = run(request, *args, **kwargs)
        decision = getattr(request, "datachat_ratelimit", None)
        if decision is not None and not response.has_header("X-RateLimit-Limit"):
            for name, value in decision.headers().items():
                response[name] = value
        return response

    return wrapper


class SecretKeyAuth(HttpBearer):
    """``Authorization: Bearer sk_...``: server-to-server and admin calls for one embed.

    A bearer token that is not a usable secret key is refused with 401 at once (the staff session is not tried,
    so a bad token is not reported as a CSRF failure); with the cache down the call gets 503.
    """

    def authenticate(self, request: HttpRequest, token: str) -> ChatEmbed | None:
        try:
            return self._authenticate(request, token)
        except CACHE_ERRORS as exc:
            raise _unavailable(exc) from exc

    def _authenticate(self, request: HttpRequest, token: str) -> ChatEmbed | None:
        found = resolve_key(token or "", keys.SECRET)
        if found is None:
            _audit_refusal("admin.refused.bad_key", target=refused_key_target(token), request=request)
            raise Unauthorized("Missing, unknown or revoked key.")
        touch_key(found)
        request.datachat_key = f"{found.kind}_{found.lookup}"  # who acted, for the audit log
        return found.embed


class StaffSessionAuth(SessionAuthIsStaff):
    """A logged-in staff user of the Django admin; ninja checks the CSRF token on unsafe methods."""


def staff_session(request: HttpRequest):
    """A logged-in staff user (Django admin session), without the CSRF check: for safe methods only."""
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated and user.is_staff else None


embed_key = EmbedKeyAuth()
secret_key = SecretKeyAuth()
staff = StaffSessionAuth()
