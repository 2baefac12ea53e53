"""CORS for the widget API, decided per embed through django-cors-headers' ``check_request_enabled``.

django-cors-headers adds the headers (``CORS_ALLOW_HEADERS``/``CORS_EXPOSE_HEADERS`` in settings, no
credentials); this receiver only says yes or no, per request:

- A preflight (``OPTIONS`` with ``Access-Control-Request-Method``) carries no key (browsers never send custom
  headers on it), so it cannot be matched to one embed. It is allowed when its ``Origin`` is allowed by *some*
  active embed. A page on any other origin is then stopped by the browser before its real call is even sent,
  so it costs no embed's rate limit and fills no audit log. (The pattern list is cached for ``CACHE_SECONDS``
  and dropped whenever an embed is saved or deleted.)
- A real widget call gets CORS headers when its embed allowed the origin (``EmbedKeyAuth`` sets
  ``request.datachat_cors``), or when the call was refused (401/403/404/422/429): a refusal holds no data, and
  the widget must be able to read it to show why it cannot work there. Everything else gets none, so the
  browser withholds the response.
- The admin API (``/api/v1/admin/``) never gets CORS headers: it is for servers and the same-origin admin.
"""

import logging

from corsheaders.signals import check_request_enabled
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from datachat.origins import origin_allowed
from datachat.services import embeds as _embeds  # noqa: F401  (connects the key-cache receivers at start-up)

logger = logging.getLogger("datachat.cors")

API_PREFIX = "/api/v1/"
ADMIN_PREFIX = "/api/v1/admin/"
PATTERNS_CACHE_KEY = "datachat:cors:patterns"
CACHE_SECONDS = 60


def all_embed_origins() -> list[str]:
    """The allowed-origin patterns of every active embed (cached; straight from the database if the cache fails)."""
    try:
        patterns = cache.get(PATTERNS_CACHE_KEY)
    except Exception:  # an unreachable Redis must not turn preflights into HTML 500 pages
        logger.warning("cache unavailable; reading embed origins from the database", exc_info=True)
        return _load_patterns()
    if patterns is None:
        patterns = _load_patterns()
        cache.set(PATTERNS_CACHE_KEY, patterns, CACHE_SECONDS)
    return patterns


def _load_patterns() -> list[str]:
    from datachat.models import ChatEmbed

    return sorted({p for domains in ChatEmbed.objects.filter(is_active=True).values_list("allowed_domains", flat=True)
                   for p in domains or [] if isinstance(p, str)})


@receiver(check_request_enabled)
def allow_embed_origins(sender, request, **kwargs) -> bool:
    path = request.path_info
    if not path.startswith(API_PREFIX) or path.startswith(ADMIN_PREFIX):
        return False
    if request.method == "OPTIONS" and "access-control-request-method" in request.headers:
        allowed = origin_allowed(request.headers.get("Origin"), all_embed_origins())
        if not allowed:
            from datachat.auth import log_refused_origin

            log_refused_origin(request.headers.get("Origin"))
        return allowed
    return bool(getattr(request, "datachat_cors", False))


@receiver(post_save, sender="datachat.ChatEmbed")
@receiver(post_delete, sender="datachat.ChatEmbed")
def forget_embed_origins(sender, **kwargs) -> None:
    try:
        cache.delete(PATTERNS_CACHE_KEY)
    except Exception:
        logger.warning("cache unavailable; embed origins may be stale for %ss", CACHE_SECONDS, exc_info=True)
