"""One runtime per data source: built once, bounded in size, dropped when its source is saved (here or elsewhere)."""

from __future__ import annotations

import sqlite3

import pytest

from datachat.nl2sql import cache as nl2sql_cache
from datachat.services import runtime, sources


def _database(path):
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO item (name) VALUES ('tea')")
    return f"sqlite:///{path}"


@pytest.fixture
def urls(tmp_path):
    made = [_database(tmp_path / f"db{i}.sqlite") for i in range(3)]
    yield made
    for url in made:
        sources.forget(url)
        nl2sql_cache.forget(url)
        nl2sql_cache.forget(sources.read_only_url(url).render_as_string(hide_password=False))


def _built(url):
    """The pooled engine and the semantic engine of ``url``, as a message builds them."""
    pooled = sources.sa_engine(url)
    return pooled, nl2sql_cache.get_engine(pooled)


@pytest.mark.parametrize(
    ("cache", "build"),
    [
        (sources, sources.sa_engine),
        (nl2sql_cache, lambda url: nl2sql_cache.get_engine(url)),
    ],
    ids=["sqlalchemy-engines", "semantic-engines"],
)
def test_built_once_and_the_least_recently_used_goes_beyond_the_bound(monkeypatch, urls, cache, build):
    monkeypatch.setattr(cache, "MAX_ENGINES", 2)
    first = build(urls[0])
    assert build(urls[0]) is first  # built once
    build(urls[1])
    assert build(urls[0]) is first  # used again: now the second is the least recently used
    build(urls[2])  # over the bound: urls[1] goes
    assert build(urls[0]) is first
    second = build(urls[1])
    assert build(urls[1]) is second
    assert build(urls[2]) is not None and build(urls[0]) is not first  # urls[0] went when urls[1] came back


def test_forgetting_a_source_keeps_the_others(urls):
    kept_pool, kept_engine = _built(urls[1])
    dropped_pool, dropped_engine = _built(urls[0])
    runtime.forget_url(urls[0])
    assert _built(urls[1]) == (kept_pool, kept_engine)
    pool, engine = _built(urls[0])
    assert pool is not dropped_pool and engine is not dropped_engine


def test_saving_a_source_drops_what_was_built_from_it(make_source, urls):
    source, other = make_source(urls[0]), make_source(urls[1], name="Other")
    before = _built(runtime.url_of(source))
    kept = _built(runtime.url_of(other))
    source.max_rows = 10
    source.save()  # same URL, new settings: the post_save signal forgets it in this process
    after = _built(runtime.url_of(source))
    assert after[0] is not before[0] and after[1] is not before[1]
    assert _built(runtime.url_of(other)) == kept


def test_a_source_saved_in_another_process_is_rebuilt_at_its_next_message(make_source, urls):
    from django.utils import timezone

    from datachat.models import DataSource

    source = make_source(urls[0])
    before = _built(runtime.url_of(source))
    DataSource.objects.filter(pk=source.pk).update(updated_at=timezone.now())  # no signal in this process
    after = _built(runtime.url_of(DataSource.objects.get(pk=source.pk)))
    assert after[0] is not before[0] and after[1] is not before[1]
    assert _built(runtime.url_of(DataSource.objects.get(pk=source.pk))) == after  # then built once again


def test_a_changed_url_drops_the_old_one(make_source, urls):
    source = make_source(urls[0])
    old = _built(runtime.url_of(source))
    source.url = urls[1]
    source.save()
    assert runtime.url_of(source) == urls[1]
    assert _built(urls[0])[0] is not old[0]
