"""Who acted after "by", the event a period dates, levels said in the plural, "who" answered with things,
"every one of", a value's head noun, a second period and "each one" (a made-up chain of climbing gyms)."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements, sorted_rows


@pytest.fixture(scope="module")
def gyms(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "gyms",
        [
            "CREATE TABLE walls (id INTEGER PRIMARY KEY, name TEXT, town TEXT, opened DATE)",
            "CREATE TABLE climbers (id INTEGER PRIMARY KEY, first_name TEXT, surname TEXT, country TEXT,"
            " signed_up DATE)",
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY, climber_id INTEGER REFERENCES climbers(id),"
            " wall_id INTEGER REFERENCES walls(id), session_date DATE, entry TEXT, fee NUMERIC)",
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(id),"
            " grip_score INTEGER, noted DATE)",
            "CREATE TABLE courses (id INTEGER PRIMARY KEY, wall INTEGER REFERENCES walls(id), title TEXT,"
            " price NUMERIC)",
            "INSERT INTO walls VALUES (1,'Crux','Leeds','2024-03-01'),(2,'Dyno','York','2019-05-01'),"
            "(3,'Pinch','Hull','2020-01-01')",
            "INSERT INTO climbers VALUES (1,'Ada','Moss','Wales','2024-02-01'),(2,'Bo','Reed','Chile','2021-06-01'),"
            "(3,'Cy','Holt','Wales','2022-09-09'),(4,'Di','Vane','Peru','2024-07-07'),(5,'Eve','Park','Chile','2023-01-01')",
            "INSERT INTO sessions VALUES (1,1,1,'2023-05-02','EXP',12),(2,2,1,'2024-06-01','STD',10),"
            "(3,3,1,'2024-08-03','STD',10),(4,2,2,'2024-01-09','EXP',12),(5,1,2,'2023-11-11','STD',10),"
            "(6,2,3,'2024-03-03','STD',10),(7,4,3,'2025-01-05','STD',12),(8,4,1,'2024-09-09','EXP',12)",
            "INSERT INTO feedback VALUES (1,1,9,'2023-05-03'),(2,2,2,'2024-06-02'),(3,3,3,'2024-08-04'),"
            "(4,4,7,'2024-01-10'),(5,5,6,'2023-11-12'),(6,6,5,'2024-03-04'),(7,7,8,'2025-01-06'),"
            "(8,8,1,'2024-09-10')",
            "INSERT INTO courses VALUES (1,1,'Lead basics',40),(2,1,'Rope care',15),(3,2,'Bouldering',25),"
            "(4,3,'Rescue',60),(5,2,'Finger strength',30)",
        ],
    )


# (question, SQL the answer must return the rows of)
READINGS = [
    # a participle before "by" and a plural: who acted, one figure ("given by climbers" is no grouping)
    ("average grip score given by climbers from Wales", "SELECT AVG(f.grip_score) FROM feedback f JOIN sessions s"
     " ON s.id = f.session_id JOIN climbers c ON c.id = s.climber_id WHERE c.country = 'Wales'"),
    ("number of feedback notes left by the climbers from Chile", "SELECT COUNT(*) FROM feedback f JOIN sessions s"
     " ON s.id = f.session_id JOIN climbers c ON c.id = s.climber_id WHERE c.country = 'Chile'"),
    # "most" before an adjective grades it: not the entry code its letters begin ('EXP')
    ("the 2 most expensive courses", "SELECT title, price FROM courses ORDER BY price DESC LIMIT 2"),
    # a period dates the sessions that relate the climbers to the wall named, not a wall's opening or a sign-up
    ("how many different countries climbed at the Leeds wall in 2024", "SELECT COUNT(DISTINCT c.country) FROM"
     " sessions s JOIN climbers c ON c.id = s.climber_id JOIN walls w ON w.id = s.wall_id WHERE w.town = 'Leeds'"
     " AND s.session_date BETWEEN '2024-01-01' AND '2024-12-31'"),
    # levels said in the plural: each wall's levels together, their average
    ("which wall gets the worst grip scores", "SELECT w.name, AVG(f.grip_score) FROM feedback f JOIN sessions s"
     " ON s.id = f.session_id JOIN walls w ON w.id = s.wall_id GROUP BY w.id ORDER BY AVG(f.grip_score) LIMIT 1"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), READINGS)
def test_readings_keep_what_was_asked(gyms, question, expected):
    sa_engine, engine = gyms
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == sorted_rows(sa_engine, expected), t.sql


def test_who_asks_for_the_people_the_rows_named_refer_to(gyms):
    # sessions are no people: "who" asks for the climbers they refer to (the walls are no people either)
    sa_engine, engine = gyms
    t = engine.translate("who has never booked a session")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [("Eve", "Park")], t.sql


def test_an_arranging_participle_still_groups(gyms):
    sa_engine, engine = gyms
    t = engine.translate("total fees grouped by climbers")
    assert t.sql and "GROUP BY" in t.sql, (t.sql, t.error)


#: questions whose likeliest reading would drop what they ask: the engine asks or declines, never answers
NOT_ANSWERED = [
    "who still works at the Leeds wall",  # answered with walls, which are no people
    "which climbers have climbed at every one of our walls",  # "every one of": only who climbed at all of them
    "climbers who climbed at all our walls",
    "climbers who signed up before 2022 and after 2022",  # the second bound would be dropped
    "climbers and the number of sessions each one has booked",  # a figure per climber, not one total
]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_a_reading_that_drops_what_was_asked_is_not_given(gyms, question):
    _, engine = gyms
    t = engine.translate(question)
    assert t.sql is None, t.sql


def test_a_plain_at_all_is_no_universal(gyms):
    sa_engine, engine = gyms
    t = engine.translate("which walls have no courses at all")
    assert t.sql is None or sorted_rows(sa_engine, t.sql) == [], t.sql


def test_the_noun_after_a_value_names_its_row_not_a_column_to_show(gyms):
    sa_engine, engine = gyms
    t = engine.translate("titles of courses at the Crux wall")
    assert t.sql, (t.error, t.clarification)
    assert sorted_rows(sa_engine, t.sql) == [("Lead basics",), ("Rope care",)], t.sql
