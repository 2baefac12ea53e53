"""Long queries: progress while they run, server-side cancel when the visitor leaves, cost refusals."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from datachat.nl2sql import Translation
from datachat.services import pipeline
from datachat.services.cancel import Cancel
from datachat.services.execute import QueryCancelled, run_query
from datachat.services.guard import Scope
from datachat.services.pipeline import Reply, Step, iter_answer
from datachat.services.sources import sa_engine as get_engine
from datachat.services.translators import Candidate

SLOW = {
    "mysql": "SELECT COUNT(*) FROM Track a, Track b, Track c WHERE a.Bytes + b.Bytes > c.Bytes",
    "sqlite": "SELECT COUNT(*) FROM Track a, Track b, Track c WHERE a.Bytes + b.Bytes > c.Bytes",
}


class FixedSQL:
    """A translator that always proposes one statement (the guard still checks it)."""

    name = "fixed"

    def __init__(self, sql: str):
        self.sql = sql

    def translate(self, question, *, previous=None, history=None):
        return Candidate(Translation(sql=self.sql, explanation="fixed"))

    def suggestions(self, n=4):
        return []


def _running(url: str) -> list:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%%Bytes > c.Bytes%%' "
            "AND ID <> CONNECTION_ID()"
        ).fetchall()
    engine.dispose()
    return found


def _mariadb(warehouse):
    if warehouse["name"] != "mariadb":
        pytest.skip("chDB runs in process: no server-side cancel (its statement timeout still applies)")
    return warehouse["url"]


def test_cancel_kills_the_query_on_the_server(warehouse):
    url = _mariadb(warehouse)
    cancel, outcome = Cancel(), {}

    def work():
        try:
            run_query(get_engine(url), SLOW["mysql"], max_rows=10, timeout=60, cancel=cancel)
        except Exception as exc:  # noqa: BLE001
            outcome["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    for _ in range(50):
        if _running(url):
            break
        time.sleep(0.1)
    assert _running(url), "the slow query never started"
    started = time.monotonic()
    cancel.cancel()
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 5
    assert isinstance(outcome.get("error"), QueryCancelled)
    deadline = time.monotonic() + 3  # the server ends a killed statement on its own time (seconds on a busy host)
    while _running(url) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(url)


def test_sqlite_cancel_interrupts(tmp_path):
    from tests.warehouses.chinook import CHINOOK

    if not CHINOOK.exists():
        pytest.skip("Chinook benchmark database not found (../shared/benchmarks absent)")
    cancel = Cancel()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(QueryCancelled):
        run_query(get_engine(f"sqlite:///{CHINOOK}"), SLOW["sqlite"], max_rows=10, timeout=60, cancel=cancel)
    assert time.monotonic() - started < 5


def test_progress_then_visitor_leaves(warehouse, monkeypatch, settings):
    url = _mariadb(warehouse)
    monkeypatch.setattr(pipeline, "PROGRESS_INTERVAL", 0.2)
    settings.DATACHAT_QUERY_TIMEOUT = 60
    scope = Scope(url=url, dialect="mysql", key="slow")
    events = iter_answer(scope, "count everything", translator=FixedSQL(SLOW["mysql"]))
    steps = []
    for event in events:
        assert isinstance(event, Step)
        steps.append(event)
        if len(steps) >= 4:
            break
    assert [s.step for s in steps[:2]] == ["understanding", "querying"]
    assert steps[-1].label.startswith("Running query…") and steps[-1].label.endswith(" s")
    assert _running(url)
    events.close()  # the SSE stream is closed when the visitor leaves
    for _ in range(50):
        if not _running(url):
            break
        time.sleep(0.1)
    assert not _running(url)


def test_pipeline_refuses_over_the_cost_ceiling(warehouse, settings):
    settings.DATACHAT_MAX_SCAN_ROWS = None
    quoted, genre = ('"Track"', '"Genre"') if warehouse["dialect"] == "clickhouse" else ("Track", "Genre")
    scope = Scope(url=warehouse["url"], dialect=warehouse["dialect"], key="cost", max_scan_rows=100)
    reply = pipeline.answer_question(scope, "all tracks", translator=FixedSQL(f"SELECT * FROM {quoted}"))
    assert isinstance(reply, Reply) and reply.error["code"] == "query_too_expensive", reply
    assert "would read about" in reply.content and "narrower" in reply.content
    cheap = pipeline.answer_question(scope, "genres", translator=FixedSQL(f"SELECT * FROM {genre}"))
    assert cheap.error is None and cheap.data["rows"], cheap


@pytest.mark.django_db
def test_data_source_ceiling_reaches_the_scope(warehouse):
    from datachat.models import DataSource
    from datachat.services.chat import scope_for

    source = DataSource(name="warehouse", slug=f"wh-{warehouse['name']}", max_scan_rows=100)
    source.url = warehouse["url"]
    source.save()
    scope = scope_for(DataSource.objects.get(pk=source.pk))
    assert scope.max_scan_rows == 100 and scope.dialect == warehouse["dialect"]
    table = '"Track"' if warehouse["dialect"] == "clickhouse" else "Track"
    reply = pipeline.answer_question(scope, "all tracks", translator=FixedSQL(f"SELECT * FROM {table}"))
    assert reply.error["code"] == "query_too_expensive"
