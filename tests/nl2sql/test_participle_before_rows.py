"""A past participle right before the noun of the rows asked about ("how many estimated readings") says which
rows are meant. Left unread on a table with a column of a few short codes of any kind (a source or a kind, not
only a status), it is a dropped condition: the engine asks or declines, never counts every row. On a table with
no such column, or for an event verb ("placed"), it stays a loose word. Made-up weather-station schema."""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

_STATIONS = [
    "CREATE TABLE stations (id INTEGER PRIMARY KEY, stn_nm TEXT NOT NULL)",
    "CREATE TABLE gauge_obs (id INTEGER PRIMARY KEY, station_id INTEGER REFERENCES stations(id),"
    " obs_dt DATE NOT NULL, mm NUMERIC NOT NULL, obs_src TEXT NOT NULL)",
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, station_id INTEGER REFERENCES stations(id), visit_dt DATE NOT NULL,"
    " hrs NUMERIC NOT NULL)",
    "INSERT INTO stations VALUES (1,'Hill Top'),(2,'Low Moor')",
    "INSERT INTO gauge_obs VALUES (1,1,'2024-01-01',3.5,'M'),(2,1,'2024-01-02',0.0,'I'),(3,2,'2024-01-01',1.5,'M'),"
    "(4,2,'2024-01-03',2.0,'I'),(5,2,'2024-02-01',4.0,'R')",
    "INSERT INTO visits VALUES (1,1,'2024-01-05',2),(2,2,'2024-02-07',3)",
]


@pytest.fixture(scope="module")
def stations(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "stations", _STATIONS)[1]


@pytest.mark.parametrize(
    "question",
    [
        "how many interpolated obs in 2024",  # the source code 'I' untested
        "total mm of the verified obs per station",
    ],
)
def test_a_participle_before_coded_rows_is_a_dropped_condition(stations, question):
    t = stations.translate(question)
    assert t.sql is None, t.sql


@pytest.mark.parametrize(
    "question",
    [
        "how many scheduled visits in 2024",  # visits has no code column: a loose word, answered
        "how many obs in 2024",  # no participle at all
    ],
)
def test_without_codes_or_participle_the_question_is_answered(stations, question):
    t = stations.translate(question)
    assert t.sql is not None and "COUNT(*)" in t.sql, (t.sql, t.error)
