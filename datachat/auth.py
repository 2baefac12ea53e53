"""Who is calling: the widget's publishable key (with its origin and rate limit) or an admin.

Widget calls (``X-Datachat-Key: pk_...``) pass three checks, in this order, each refusal audited:
1. the key exists, is not revoked or expired, and its embed is active -> else 401;
2. the browser's ``Origin`` (or, where a browser omits it, the ``Referer``'s origin) is allowed -> else 403;
3. the embed (and, if ``DATACHAT_VISITOR_RATE_LIMIT`` is set, the visitor) is within its rate limit -> else 429.
Admin calls use ``Authorization: Bearer sk_...`` (scoped to that embed) or a staff session.
"""

from urllib.parse import urlsplit

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import APIKeyHeader, HttpBearer

from datachat import keys, ratelimit
from datachat.api.errors import ApiError
from datachat.conf import conf
from datachat.models import AuditLog, ChatEmbed, EmbedKey


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


def _touch(key: EmbedKey) -> None:
    now = timezone.now()
    if key.last_used_at is None or (now - key.last_used_at).total_seconds() > 60:
        EmbedKey.objects.filter(pk=key.pk).update(last_used_at=now)


class EmbedKeyAuth(APIKeyHeader):
    """The publishable key of an embed, valid only from its origins and within its rate limit."""

    param_name = "X-Datachat-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> ChatEmbed | None:
        found = EmbedKey.resolve(key or "", keys.PUBLISHABLE)
        if found is None:
            lookup = keys.lookup_of(key or "")
            AuditLog.record("widget.refused.bad_key", target=f"pk_{lookup}" if lookup else "", request=request)
            request.datachat_cors = True
            return None
        embed = found.embed
        origin = request_origin(request)
        if not embed.validate_origin(origin):
            AuditLog.record("widget.refused.origin", target=f"embed:{embed.pk}", request=request,
                            origin=origin or "")
            raise ApiError(403, "origin_not_allowed", "This site is not allowed to use this chat.")
        decision = ratelimit.hit(f"embed:{embed.pk}", embed.rate_limit)
        if decision.allowed and conf.VISITOR_RATE_LIMIT:
            visitor = request.headers.get("X-Datachat-Visitor") or request.META.get("REMOTE_ADDR", "")
            visitor_decision = ratelimit.hit(f"visitor:{embed.pk}:{visitor[:64]}", conf.VISITOR_RATE_LIMIT)
            if not visitor_decision.allowed:
                decision = visitor_decision
        if not decision.allowed:
            AuditLog.record("widget.refused.rate_limit", target=f"embed:{embed.pk}", request=request)
            raise ApiError(429, "rate_limited", "Too many requests; please wait a moment.", decision.headers())
        _touch(found)
        request.datachat_cors = True
        request.datachat_ratelimit = decision
        return embed


class SecretKeyAuth(HttpBearer):
    """``Authorization: Bearer sk_...``: server-to-server and admin calls for one embed."""

    def authenticate(self, request: HttpRequest, token: str) -> ChatEmbed | None:
        found = EmbedKey.resolve(token or "", keys.SECRET)
        if found is None:
            AuditLog.record("admin.refused.bad_key", request=request)
            return None
        _touch(found)
        return found.embed


def staff_session(request: HttpRequest):
    """A logged-in staff user (Django admin session); the principal is the user."""
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated and user.is_staff else None


embed_key = EmbedKeyAuth()
secret_key = SecretKeyAuth()
