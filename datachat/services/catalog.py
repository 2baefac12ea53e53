"""A data source's catalog, refreshed on demand: after tables were added, dropped or changed.

The engines reflect lazily (at the first question, only the exposed tables) and reuse what they
reflected for ``DATACHAT_CATALOG_TTL`` seconds, after which the next question reflects again (the
schedule). ``refresh(url)`` forgets everything cached about the source at once: the engines and
value indexes, the guard's table list, and the pooled connections.
"""

from __future__ import annotations

from datachat.nl2sql.cache import forget as forget_engines

from . import guard, sources

__all__ = ["refresh"]


def refresh(url: str) -> int:
    """Forget what is cached about the source at ``url``; the next question reflects it again.

    Returns the number of engines dropped.
    """
    # engines are cached under the URL they connect with (the read-only form of ``url``) or as given
    read_only = sources.read_only_url(url).render_as_string(hide_password=False)
    dropped = forget_engines(read_only) + (forget_engines(url) if read_only != url else 0)
    guard._policy.cache_clear()  # the table list of sources that expose every table
    sources.forget(url)
    return dropped
