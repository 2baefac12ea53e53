"""PostgreSQL: the cost estimate (EXPLAIN) refuses before running, and cancel stops the query on the server."""

from __future__ import annotations

import os
import threading
import time

import pytest
import sqlalchemy as sa

from datachat.services.cancel import Cancel
from datachat.services.cost import QueryTooExpensive, enforce_ceiling, estimate
from datachat.services.execute import QueryCancelled, run_query
from datachat.services.sources import sa_engine as get_engine

pytestmark = pytest.mark.postgres

ADMIN = os.environ.get("DATACHAT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="module")
def pg_url():
    pytest.importorskip("psycopg", reason="psycopg not installed (postgres extra)")
    admin = sa.create_engine(ADMIN, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"dc_test_cost_{os.getpid()}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
    except sa.exc.OperationalError as exc:
        pytest.skip(f"!!! PostgreSQL not reachable at {ADMIN}: {exc.orig}")
    url = sa.make_url(ADMIN).set(database=name).render_as_string(hide_password=False)
    try:
        loader = sa.create_engine(url)
        with loader.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE sale AS SELECT g AS id, g %% 7 AS shop "
                                       "FROM generate_series(1, 20000) g")
            connection.exec_driver_sql("ANALYZE sale")
        loader.dispose()
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def test_explain_estimate_and_ceiling(pg_url):
    engine = get_engine(pg_url)
    found = estimate(engine, "SELECT id FROM sale")
    assert found.rows == 20000 and found.method == "EXPLAIN"
    with pytest.raises(QueryTooExpensive, match="20,000 rows"):
        enforce_ceiling(engine, "SELECT id FROM sale", max_rows=1000)
    assert enforce_ceiling(engine, "SELECT id FROM sale WHERE id = 5", max_rows=100_000) is not None


def test_cancel_stops_the_query_on_the_server(pg_url):
    cancel = Cancel()
    threading.Timer(0.5, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(QueryCancelled):
        run_query(get_engine(pg_url), "SELECT COUNT(*) FROM sale a, sale b, sale c", max_rows=10, timeout=60,
                  cancel=cancel)
    assert time.monotonic() - started < 5
