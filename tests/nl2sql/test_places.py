"""Table-driven checks of place names on a made-up club schema: an adjective of a place ("French") and another
name of a place ("the US" for 'USA', "Holland" for 'Netherlands') find the value the data stores, from WordNet's
pertainyms and place synonyms and ISO 3166's names and codes, not from lists typed in the engine."""

from __future__ import annotations

import pytest

from datachat.nl2sql import codes, run_query
from datachat.nl2sql.wordnet import place_names, places_of

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    """Members whose ``origin`` mixes countries with home towns, so no column of country codes is detected: the
    place names themselves must find the values."""
    return engine_from_statements(
        tmp_path_factory,
        "club",
        [
            "CREATE TABLE member (member_id INTEGER PRIMARY KEY, member_name TEXT, origin TEXT)",
            "INSERT INTO member VALUES (1,'Ann','France'),(2,'Ben','USA'),(3,'Cy','Holland'),(4,'Di','UK'),"
            "(5,'Ed','Lakeside'),(6,'Flo','Hilltop'),(7,'Gus','Riverbend'),(8,'Hal','USA'),(9,'Ivy','Czech Republic')",
        ],
    )


CASES = [
    ("French members", {("Ann",)}),  # adjective -> place it pertains to (WordNet)
    ("list the American members", {("Ben",), ("Hal",)}),  # "america" -> 'USA' (WordNet, then ISO 3166)
    ("Dutch members", {("Cy",)}),  # "netherlands" stored under another name
    ("members from the US", {("Ben",), ("Hal",)}),  # a lower-case code after "the"
    ("members from the United States", {("Ben",), ("Hal",)}),
    ("members from Britain", {("Di",)}),  # WordNet's other names of the United Kingdom
    ("members from the Netherlands", {("Cy",)}),
    ("members from Czechia", {("Ivy",)}),  # ISO 3166's official name
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_place_names_find_stored_values(club, question, expected):
    sa_engine, engine = club
    t = engine.translate(question, ask=False)
    assert t.sql, question
    rows = run_query(sa_engine, t.sql)
    assert set(rows) == expected, t.sql  # a listing shows the rows by their label, member_name


def test_pronoun_us_is_not_a_place(club):
    _, engine = club
    t = engine.translate("tell us the names of all members", ask=False)
    assert t.sql and "USA" not in t.sql, t.sql


@pytest.mark.parametrize(
    ("adjective", "place"),
    [("french", "france"), ("dutch", "netherlands"), ("chinese", "china"), ("african", "africa"), ("red", None)],
)
def test_places_of_adjectives(adjective, place):
    assert (place in places_of(adjective)) if place else places_of(adjective) == ()


@pytest.mark.parametrize(
    ("words", "after_the", "expected"),
    [
        (["United", "States"], False, {"us", "usa", "united states of america"}),
        (["US"], False, {"usa", "united states"}),
        (["us"], True, {"usa", "united states"}),
        (["UK"], False, {"united kingdom", "great britain", "gbr"}),
        (["Holland"], False, {"netherlands", "nld"}),
    ],
)
def test_other_names(words, after_the, expected):
    assert expected <= set(codes.other_names(words, after_the=after_the))


@pytest.mark.parametrize(("words", "after_the"), [(["us"], False), (["in"], False), (["china"], False)])
def test_words_that_are_not_names(words, after_the):
    assert codes.other_names(words, after_the=after_the) == []


def test_place_names_read_from_wordnet():
    assert "netherlands" in place_names("holland") and "united kingdom" in place_names("britain")


@pytest.mark.parametrize(
    ("typed", "first"),
    [("French", "france"), ("french", "france"), ("Polish", "poland"), ("polish", None), ("attic", None)],
)
def test_adjective_places(typed, first):
    """An adjective that is an English word of its own ("polish", "attic") names a place only when capitalised."""
    found = codes.adjective_places(typed)
    assert (found[0] == first) if first else found == ()
