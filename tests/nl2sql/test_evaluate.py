"""run_query: the one way tests and benches run a statement for evaluation."""

import sqlite3
import time

import pytest

from datachat.nl2sql import run_query

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"


@pytest.fixture
def con():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (a INTEGER, b REAL, c TEXT)")
    c.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, 2.0, "x"), (2, 0.123456, None)])
    yield c
    c.close()


@pytest.mark.parametrize(
    ("sql", "rows"),
    [
        ("SELECT a, b FROM t ORDER BY a", [(1, 2), (2, 0.1235)]),  # whole floats read as ints, others rounded
        ("SELECT c FROM t ORDER BY a", [("x",), (None,)]),
        ("SELECT COUNT(*) FROM t WHERE a > 5", [(0,)]),
    ],
)
def test_rows_are_normalised(con, sql, rows):
    assert run_query(con, sql) == rows


def test_a_runaway_statement_is_interrupted_and_the_connection_stays_usable(con):
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError):
        run_query(con, ENDLESS, timeout=0.2)
    assert time.monotonic() - started < 5
    assert run_query(con, "SELECT COUNT(*) FROM t", timeout=0.2) == [(2,)]  # the time box was removed


def test_a_file_path_is_opened_read_only(tmp_path):
    path = tmp_path / "db.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (a INTEGER)")
    with pytest.raises(sqlite3.OperationalError):
        run_query(str(path), "INSERT INTO t VALUES (1)")
    assert run_query(path, "SELECT COUNT(*) FROM t") == [(0,)]
