"""Compound pronouns of people read as their determiner and "one" ("plots nobody has rented": no one; "everyone
who lives in Leeds"), words of the whole scope that change nothing ("altogether", "worldwide"), and the doubts that
ask instead of dropping a relation: a participle that names a table only as the role of a reference the statement
never uses ("members who were referred"), a negated verb read as an inequality on a joined table ("tenants who
don't rent a large plot" as tenants of some other plot), and the rows "what are the <rows> where ..." asks for
shown rather than another table's column, on two tiny made-up schemas: an allotment society and a walking club."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def allotments(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "allotments",
        [
            "CREATE TABLE plots (id INTEGER PRIMARY KEY, code TEXT, site TEXT, size TEXT)",
            "CREATE TABLE tenants (id INTEGER PRIMARY KEY, name TEXT, town TEXT)",
            "CREATE TABLE rentals (id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(id),"
            " tenant_id INTEGER REFERENCES tenants(id), start_date DATE)",
            "INSERT INTO plots VALUES (1,'A1','Meanwood','Large'),(2,'A2','Meanwood','Small'),"
            "(3,'B1','Roundhay','Large'),(4,'B2','Roundhay','Small'),(5,'B3','Roundhay','Small')",
            "INSERT INTO tenants VALUES (1,'Ada','Leeds'),(2,'Bo','Otley'),(3,'Cy','Leeds'),(4,'Di','Ilkley')",
            "INSERT INTO rentals VALUES (1,1,1,'2024-03-01'),(2,2,2,'2024-04-01'),(3,3,2,'2025-01-10'),"
            "(4,2,3,'2025-02-01')",
        ],
    )


# (question, SQL the answer must return the rows of)
PRONOUNS = [
    ("plots nobody has rented", "SELECT code FROM plots WHERE id NOT IN (SELECT plot_id FROM rentals)"),
    ("which plots has no-one rented", "SELECT code FROM plots WHERE id NOT IN (SELECT plot_id FROM rentals)"),
    ("are there any plots that nobody has ever rented",
     "SELECT code FROM plots WHERE id NOT IN (SELECT plot_id FROM rentals)"),
    ("plots that anybody has rented", "SELECT DISTINCT p.code FROM plots p JOIN rentals r ON r.plot_id = p.id"),
    ("list everyone in Leeds", "SELECT name FROM tenants WHERE town = 'Leeds'"),
    ("names of everybody from Otley", "SELECT name FROM tenants WHERE town = 'Otley'"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), PRONOUNS)
def test_a_compound_pronoun_reads_as_its_determiner(allotments, question, expected):
    assert_answers_with(allotments, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many plots are there altogether", "SELECT COUNT(*) FROM plots"),
        ("how many different sites are there worldwide", "SELECT COUNT(DISTINCT site) FROM plots"),
    ],
)
def test_a_word_of_the_whole_scope_changes_nothing(allotments, question, expected):
    # "altogether", "worldwide": every row, as "overall" is
    assert_answers_with(allotments, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "tenants who don't rent a large plot",
        "names of tenants who never rented a small plot",
        "tenant names of people who don't have a large plot",
        "names of those who do not rent a small plot",
    ],
)
def test_a_negated_verb_is_no_inequality_on_a_joined_table(allotments, question):
    # tenants of some other plot are not tenants without one: never answered as "size <> 'Large'"
    _, engine = allotments
    t = engine.translate(question)
    assert t.sql is None or "<>" not in t.sql, t.sql


@pytest.fixture(scope="module")
def walkers(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "walkers",
        [
            "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, joined DATE)",
            "CREATE TABLE referrals (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id),"
            " referred_id INTEGER REFERENCES members(id), referred_on DATE)",
            "CREATE TABLE huts (id INTEGER PRIMARY KEY, hut_no TEXT, site TEXT)",
            "CREATE TABLE hut_bookings (id INTEGER PRIMARY KEY, hut_id INTEGER REFERENCES huts(id),"
            " member_id INTEGER REFERENCES members(id), booked_on DATE)",
            "CREATE TABLE walks (id INTEGER PRIMARY KEY, leader_id INTEGER REFERENCES members(id), title TEXT,"
            " walk_date DATE, miles NUMERIC)",
            "INSERT INTO members VALUES (1,'Ann','2023-01-04'),(2,'Bob','2023-05-01'),(3,'Cat','2024-02-11'),"
            "(4,'Dan','2024-06-30')",
            "INSERT INTO referrals VALUES (1,1,3,'2024-02-01'),(2,2,4,'2024-06-20')",
            "INSERT INTO huts VALUES (1,'H1','Malham'),(2,'H2','Malham'),(3,'H3','Kettlewell')",
            "INSERT INTO hut_bookings VALUES (1,1,1,'2024-05-01'),(2,1,2,'2024-06-01')",
            "INSERT INTO walks VALUES (1,1,'Otley Chevin','2024-03-02',6),(2,1,'Ilkley Moor','2024-04-06',9),"
            "(3,2,'Wharfe Valley','2024-05-04',7)",
        ],
    )


@pytest.mark.parametrize("question", ["names of members who were referred", "which members have been referred"])
def test_a_participle_of_a_role_is_not_dropped(walkers, question):
    # "referred" reaches members only as referrals.referred_id: every member is not the answer
    _, engine = walkers
    t = engine.translate(question)
    assert t.sql is None or "referred_id" in t.sql, t.sql


def test_a_noun_of_a_role_names_the_rows_themselves(walkers):
    # "leaders" of walks.leader_id: members who led a walk, or members; either way the statement is answered
    assert_answers_with(
        walkers,
        "how many walks did each leader lead",
        ("SELECT m.name, COUNT(*) FROM walks w JOIN members m ON m.id = w.leader_id GROUP BY m.id"),
    )


@pytest.mark.parametrize("question", ["huts no member has booked", "huts no one booked"])
def test_no_after_a_plural_is_a_determiner_not_a_number(walkers, question):
    # "huts no" is no hut number here: the booked huts are not the answer
    _, engine = walkers
    t = engine.translate(question)
    assert t.sql is None or "NOT" in t.sql.upper(), t.sql


def test_the_rows_asked_for_after_what_are_the_are_shown(allotments):
    # "what are the tenants where ...": the tenants, never the sites their plots are at
    _, engine = allotments
    t = engine.translate("What are the tenants where either Meanwood or Roundhay is the site?")
    assert t.sql is None or "tenants" in t.sql.split(" FROM ")[0], t.sql
    assert_answers_with(
        allotments,
        "what are the tenants where the site is Meanwood",
        "SELECT DISTINCT t.name FROM tenants t JOIN rentals r ON r.tenant_id = t.id JOIN plots p ON p.id = r.plot_id"
        " WHERE p.site = 'Meanwood'",
    )
