"""A table listed as an item to show is never dropped from the answer unnoticed: a list opening a sentence ("which
plots are free? Site and plot number please") or a table after "with" that a relative clause follows ("reps with
the site they look after") asks for that table's rows; a reading that joins the table and shows nothing of it is
not answered. Neither is a verb in -ing matched to a stored state of a table no word names, two joins away and
many per row ("equipment waiting to be repaired" as the site's waiting-list entries 'Waiting')."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def allotment(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "allotment",
        [
            "CREATE TABLE holders (id INTEGER PRIMARY KEY, forename TEXT, surname TEXT, email TEXT)",
            "CREATE TABLE sites (id INTEGER PRIMARY KEY, site_name TEXT, rep_id INTEGER REFERENCES holders(id))",
            "CREATE TABLE plots (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), plot_no TEXT,"
            " plot_status TEXT)",
            "INSERT INTO holders VALUES (1,'Ann','Lee','ann@x.org'),(2,'Bo','Kim','bo@x.org'),(3,'Cy','Fox',NULL)",
            "INSERT INTO sites VALUES (1,'Elm Road',1),(2,'Kingsway',2),(3,'Glebe',NULL)",
            "INSERT INTO plots VALUES (1,1,'7','Let'),(2,1,'8','Under offer'),(3,2,'1','Vacant'),"
            "(4,3,'4','Under offer'),(5,2,'2','Let')",
            "CREATE TABLE equipment (id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(id), item TEXT,"
            " condition TEXT)",
            "CREATE TABLE waiting_list (id INTEGER PRIMARY KEY, pref_site_id INTEGER REFERENCES sites(id),"
            " applicant TEXT, wl_status TEXT)",
            "INSERT INTO equipment VALUES (1,1,'Rotavator','Good'),(2,1,'Mower','Awaiting repair'),"
            "(3,2,'Strimmer','Good')",
            "INSERT INTO waiting_list VALUES (1,1,'Eve','Waiting'),(2,2,'Fay','Offered'),(3,1,'Gil','Waiting')",
        ],
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which plots are under offer? Site and plot number please.",
        "List the site reps with the site they look after and their email.",
    ],
)
def test_a_listed_table_left_out_is_not_answered(allotment, question):
    _, engine = allotment
    t = engine.translate(question)
    assert t.sql is None, t.sql
    assert any(r.code == "dropped_item" for r in engine.translate(question, ask=False).score.reasons)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("plots under offer with their site name and plot number",
         "SELECT s.site_name, p.plot_no FROM plots p JOIN sites s ON s.id = p.site_id"
         " WHERE p.plot_status = 'Under offer'"),
        ("plots with the status under offer", "SELECT plot_no FROM plots WHERE plot_status = 'Under offer'"),
    ],
)  # fmt: skip
def test_a_list_that_shows_what_it_names_is_answered(allotment, question, expected):
    assert_answers_with(allotment, question, expected)


def test_a_verb_matched_to_a_far_state_is_not_answered(allotment):
    _, engine = allotment
    question = "any equipment waiting to be repaired?"
    assert engine.translate(question).sql is None
    assert "value_owner" in [r.code for r in engine.translate(question, ask=False).score.reasons]
    assert_answers_with(
        allotment, "how many pieces of equipment at Elm Road", "SELECT COUNT(*) FROM equipment WHERE site_id = 1"
    )
