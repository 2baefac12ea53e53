"""Prometheus metrics of the server, exposed at ``/metrics`` (``datachat.observability.metrics_view``).

With several server processes (``datachat serve --workers N``) each writes its samples to
``PROMETHEUS_MULTIPROC_DIR`` (``datachat serve`` creates one) and ``/metrics`` adds them up.
"""

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter("datachat_http_requests_total", "HTTP requests answered", ["route", "method", "status"])
LATENCY = Histogram("datachat_http_request_seconds", "Time to answer an HTTP request", ["route", "method"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
REFUSALS = Counter("datachat_refusals_total", "Calls refused before any work", ["reason"])
OUTCOMES = Counter("datachat_engine_outcomes_total", "Questions by outcome: answered, asked, declined", ["outcome"])
QUERY_SECONDS = Histogram("datachat_query_seconds", "Time a data-source query ran",
                          buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10))
OVERLOADED = Counter("datachat_overloaded_total", "Requests answered 503 because the process was busy")
TIMED_OUT = Counter("datachat_request_timeouts_total", "Requests answered 504 because no response started in time")
POOL_IN_USE = Gauge("datachat_db_pool_connections", "App-database pool connections by state", ["state"],
                    multiprocess_mode="livesum")


def outcome_of(error_code: str, asked: bool) -> str:
    """``answered``, ``asked`` (the engine asked a clarifying question) or ``declined``."""
    if asked:
        return "asked"
    return "declined" if error_code else "answered"
