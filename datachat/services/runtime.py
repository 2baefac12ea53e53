"""What a server process keeps per data source between messages, built once and dropped when the source changes.

Reading a data source's URL decrypts a stored secret (a query and a Fernet decryption); the engine, the
reflected schema, the value index and the guard's policy are built from that URL. ``url_of`` keeps the decrypted
URL per source in a bounded LRU (``MAX_SOURCES``), keyed by the source's ``updated_at``: a saved source (in any
process) has a new ``updated_at``, so the next message here reads the URL again and drops the engines and
policies built from the old one. The SQLAlchemy engines, semantic engines and policies themselves are cached by
URL in ``sources``, ``nl2sql`` and ``guard``.
"""

import threading
from collections import OrderedDict

from django.db.models.signals import post_delete, post_save

from datachat.models import DataSource

MAX_SOURCES = 128

_lock = threading.Lock()
_urls: "OrderedDict[object, tuple[tuple, str]]" = OrderedDict()  # source pk -> (version, url)


def _version(source: DataSource) -> tuple:
    return (source.url_secret_id, source.updated_at)


def url_of(source: DataSource) -> str:
    """``source.url``, decrypted once per version of the source in this process."""
    version = _version(source)
    with _lock:
        known = _urls.get(source.pk)
        if known is not None and known[0] == version:
            _urls.move_to_end(source.pk)
            return known[1]
    url = source.url
    with _lock:
        _urls[source.pk] = (version, url)
        _urls.move_to_end(source.pk)
        while len(_urls) > MAX_SOURCES:
            _urls.popitem(last=False)
    if known is not None and known[1] != url:
        forget_url(known[1])
    return url


def forget_url(url: str) -> None:
    """Drop what was built from ``url``: its SQLAlchemy engine, semantic engines and guard policies."""
    from datachat.nl2sql import cache as nl2sql_cache

    from . import guard, sources

    sources.forget(url)
    nl2sql_cache.clear_cache()
    guard._policy.cache_clear()


def forget(source: DataSource) -> None:
    """Drop ``source``'s entry (after it was saved or deleted in this process)."""
    with _lock:
        known = _urls.pop(source.pk, None)
    if known is not None:
        forget_url(known[1])


def _source_changed(sender, instance: DataSource, **kwargs) -> None:
    forget(instance)


post_save.connect(_source_changed, sender=DataSource, dispatch_uid="datachat-runtime-source-saved")
post_delete.connect(_source_changed, sender=DataSource, dispatch_uid="datachat-runtime-source-deleted")
