"""Request ids, the structured access log, health and metrics views.

Every response carries ``X-Request-ID`` (the caller's, when it is a short safe token, else a new one); log
lines of the request can be joined on it. ``DATACHAT_ACCESS_LOG=1`` writes one JSON line per request to the
``datachat.access`` logger. ``/readyz`` checks the app database and the cache; ``/healthz`` (the process) is
answered by ``datachat.gate`` without touching Django.
"""

import json
import logging
import os
import re
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse

from datachat import metrics

access_log = logging.getLogger("datachat.access")
SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def request_id_of(header: str | None) -> str:
    """The caller's request id when it is safe to echo and log, else a fresh one."""
    return header if header and SAFE_ID.match(header) else uuid.uuid4().hex


class RequestIdMiddleware:
    """Set ``request.request_id``, echo it in ``X-Request-ID``, count and time the request per route."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.log_access = os.environ.get("DATACHAT_ACCESS_LOG", "0") == "1"

    def __call__(self, request):
        started = time.perf_counter()
        request.request_id = request_id_of(request.headers.get("X-Request-ID"))
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        elapsed = time.perf_counter() - started
        match = getattr(request, "resolver_match", None)
        route = (match.route if match else "") or "unmatched"
        metrics.REQUESTS.labels(route, request.method, str(response.status_code)).inc()
        metrics.LATENCY.labels(route, request.method).observe(elapsed)
        _sample_pool()
        if self.log_access:
            access_log.info(json.dumps({
                "request_id": request.request_id, "method": request.method, "path": request.path[:200],
                "route": route, "status": response.status_code, "ms": round(elapsed * 1000, 1),
            }))
        return response


def readyz(request):
    """200 when the app database and the cache answer, else 503 naming what failed."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        cache.set("datachat:readyz", 1, 5)
        checks["cache"] = "ok" if cache.get("datachat:readyz") == 1 else "error: no round trip"
    except Exception as exc:  # noqa: BLE001
        checks["cache"] = f"error: {type(exc).__name__}"
    ready = all(value == "ok" for value in checks.values())
    response = JsonResponse({"status": "ready" if ready else "unavailable", "checks": checks},
                            status=200 if ready else 503)
    if not ready:
        response["Retry-After"] = "5"
    return response


def metrics_view(request):
    """The Prometheus text format, summed over the server's processes in multiprocess mode."""
    from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def _sample_pool() -> None:
    if connection.vendor != "postgresql" or not connection.settings_dict.get("OPTIONS", {}).get("pool"):
        return
    pool = connection.pool
    stats = pool.get_stats()
    size, available = stats.get("pool_size", 0), stats.get("pool_available", 0)
    metrics.POOL_IN_USE.labels("in_use").set(size - available)
    metrics.POOL_IN_USE.labels("idle").set(available)
