"""What a server process keeps per data source between messages, built once and dropped when the source changes.

Reading a data source's URL decrypts a stored secret (a query and a Fernet decryption); the engine, the
reflected schema, the value index and the guard's policy are built from that URL. ``url_of`` keeps the decrypted
URL per source in a bounded LRU (``MAX_SOURCES``), keyed by the source's ``updated_at``: a saved source (in any
process) has a new ``updated_at``, so the next message here reads the URL again and drops what was built from the
old version (``forget_url``, that is ``catalog.refresh``). A save in this process drops it at once (the
``post_save`` signal). What is built is cached by URL, each cache bounded and least recently used first:
SQLAlchemy engines in ``sources`` (``MAX_ENGINES``, a dropped pool is disposed), semantic engines with their
schema and value index in ``nl2sql.cache`` (``MAX_ENGINES``), policies in ``guard`` (256).
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
    if known is not None and known[0] != version:
        forget_url(known[1])  # saved elsewhere (same URL or not): its catalog or settings may have changed
    return url


def forget_url(url: str) -> None:
    """Drop what was built from ``url``: its SQLAlchemy engine (pool disposed), its semantic engines and value
    indexes (other sources' stay), and the guard's policies (all of them: a policy is cheap to build again)."""
    from . import catalog

    catalog.refresh(url)


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
