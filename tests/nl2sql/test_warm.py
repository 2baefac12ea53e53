"""``warm`` loads the engine's lazy tables before the first question (a server worker calls it at start-up)."""

from __future__ import annotations

from datachat.nl2sql import normalize, spelling, wordnet
from datachat.nl2sql.warm import warm


def test_warm_loads_the_lexical_tables():
    for cached in (wordnet._table, spelling.is_english, normalize.lemma):
        cached.cache_clear()
    warm()
    assert wordnet._table.cache_info().currsize == 1
    assert spelling.is_english.cache_info().currsize > 0
    assert normalize.lemma.cache_info().currsize > 0
