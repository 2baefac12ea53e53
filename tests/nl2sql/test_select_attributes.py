"""Every attribute a question names is in the select list: numbered columns by their ordinals, modifiers that
share one head noun, a joined table listed beside a column; and an attribute no column was found for makes the
engine say so instead of showing every column."""

from __future__ import annotations

import re

import pytest

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def venues(tmp_path_factory):
    """A made-up schema of venues, their addresses and the bands that play there."""
    return engine_from_statements(
        tmp_path_factory,
        "venues",
        [
            "CREATE TABLE sites (site_id INTEGER PRIMARY KEY, street_1 TEXT, street_2 TEXT, town TEXT, post_area TEXT)",
            "INSERT INTO sites VALUES (1, '1 Quay Rd', 'Unit 4', 'Elmford', 'EL1'), (2, '9 Mill Ln', NULL, 'Ashby',"
            " 'AS2')",
            "CREATE TABLE bands (band_id INTEGER PRIMARY KEY, band_name TEXT, given_name TEXT, middle_name TEXT,"
            " family_name TEXT, founded INTEGER)",
            "INSERT INTO bands VALUES (1, 'Blue Kites', 'Ann', 'May', 'Lowe', 1999), (2, 'Red Owls', 'Bo', 'Lee',"
            " 'Park', 2004)",
            "CREATE TABLE gigs (gig_id INTEGER PRIMARY KEY, band_id INTEGER REFERENCES bands(band_id),"
            " site_id INTEGER REFERENCES sites(site_id))",
            "INSERT INTO gigs VALUES (1, 1, 1), (2, 2, 2), (3, 1, 2)",
            "CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT,"
            " site_id INTEGER REFERENCES sites(site_id))",
            "INSERT INTO venues VALUES (1, 'The Dock', 1), (2, 'Old Mill', 2)",
        ],
    )[1]


def shown(engine, question: str) -> list[str]:
    """The columns of the select list, lower-cased, without tables or quotes."""
    sql = engine.translate(question).sql
    assert sql, question
    items = sql.split(" FROM ")[0].removeprefix("SELECT ").removeprefix("DISTINCT ")
    return [re.sub(r'.*\."?|"', "", i.split(" AS ")[0]).lower() for i in items.split(", ")]


# (question, the columns shown, in order)
LISTS = [
    # an ordinal names a numbered column
    ("what is the second street of each site?", ["street_2"]),
    ("list the first and second street of all sites", ["street_1", "street_2"]),
    # modifiers sharing the head noun of the column after them
    ("what are the given, middle and family name of every band?", ["given_name", "middle_name", "family_name"]),
    ("show the middle and family name of each band", ["middle_name", "family_name"]),
    # a joined table listed beside a shown column: its rows are shown too
    ("show the band names and the venues they play at", ["band_name", "venue_name"]),
]


@pytest.mark.parametrize(("question", "columns"), LISTS)
def test_every_named_attribute_is_shown(venues, question, columns):
    assert shown(venues, question) == columns


# a listing of rows with no attribute named still shows every column, and so does asking for all of it
ALL = [
    "list the sites",
    "show all the information about sites",
]


@pytest.mark.parametrize("question", ALL)
def test_a_plain_listing_shows_every_column(venues, question):
    assert shown(venues, question) == ["site_id", "street_1", "street_2", "town", "post_area"]


# an attribute named before the rows it belongs to, that no column is found for: no answer at all
UNREAD = [
    "what is the gate code of the site in Elmford?",
    "what is the parking fee for each site?",
]


@pytest.mark.parametrize("question", UNREAD)
def test_an_unfound_attribute_is_not_answered_with_every_column(venues, question):
    t = venues.translate(question)
    assert t.sql is None, t.sql


def test_a_later_rule_word_is_no_unfound_attribute(venues):
    sql = venues.translate("what percentage of sites are in Elmford?").sql
    assert sql and "100.0" in sql


@pytest.fixture(scope="module")
def parcels(tmp_path_factory):
    """A made-up schema of parcels and the depots that send them."""
    return engine_from_statements(
        tmp_path_factory,
        "parcels",
        [
            "CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, depot_description TEXT)",
            "INSERT INTO depots VALUES (1, 'North', 'cold store'), (2, 'South', 'bulk goods')",
            "CREATE TABLE parcels (parcel_id INTEGER PRIMARY KEY, label TEXT, weight REAL, date_sent DATE,"
            " date_delivered DATE, cost_of_parcel REAL, sender_username TEXT,"
            " depot_id INTEGER REFERENCES depots(depot_id))",
            "INSERT INTO parcels VALUES (1, 'P-1', 2.5, '2025-01-02', '2025-01-05', 9.5, 'ann', 1),"
            " (2, 'P-2', 7.0, '2025-02-01', '2025-02-03', 12.0, 'bo', 2),"
            " (3, 'P-3', 4.0, '2025-03-01', NULL, 8.0, 'ann', 1)",
        ],
    )[1]


# (question, the columns shown, in order)
DERIVED = [
    # a participle column by the noun of its event
    ("list the delivery date of all parcels", ["date_delivered"]),
    # an inflected verb by the noun of its act, a column of the table named
    ("how is the depot named North described?", ["depot_description"]),
    # a column named "X of Y" in the table of the Ys answers to X
    ("what are the label and cost of each parcel?", ["label", "cost_of_parcel"]),
    # a closed compound in a column name by its two words, or by the name's first word and its head
    ("what is the sender user name of each parcel?", ["sender_username"]),
    ("list the sender name of all parcels", ["sender_username"]),
]


@pytest.mark.parametrize(("question", "columns"), DERIVED)
def test_an_event_word_names_its_column(parcels, question, columns):
    assert shown(parcels, question) == columns


# (question, fragments the SQL must hold, fragments it must not)
EXTREMES = [
    # a maximum named first, then a column of the row holding it: that one row
    ("what is the largest weight and the label of the parcels from North?", ["ORDER BY", "LIMIT 1"], ["MAX("]),
    ("what is the smallest weight and the label of the parcels?", ["IS NULL", "LIMIT 1"], ["MIN("]),
    # ... while a grouping word keeps the groups
    ("the largest weight and the depot name for each depot", ["MAX("], ["LIMIT 1"]),
]


@pytest.mark.parametrize(("question", "present", "absent"), EXTREMES)
def test_an_extreme_and_a_column_is_the_row_holding_it(parcels, question, present, absent):
    sql = parcels.translate(question).sql
    assert sql, question
    assert all(p in sql for p in present), sql
    assert not any(a in sql for a in absent), sql


# a noun listed beside the shown columns that no column was found for: declined, never dropped silently
DROPPED = [
    "show the label and the colour of each parcel",
    "what are the colour and the label of each parcel?",
]


@pytest.mark.parametrize("question", DROPPED)
def test_an_unfound_list_item_is_not_dropped(parcels, question):
    assert parcels.translate(question).sql is None


def test_a_superlative_is_not_answered_by_the_default_order(parcels):
    """A grouped measure is shown largest first by default; a superlative that nothing ranked by asks for
    another order, so the engine declines rather than answer in the default one."""
    t = parcels.translate("which depot has a total weight that is the lowest of all?")
    assert t.sql is None or "ASC" in t.sql, t.sql
