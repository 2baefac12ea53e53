"""``datachat serve``: the production server, uvicorn workers running ``backend.asgi``.

Settings come from the environment (``DATABASE_URL``, ``REDIS_URL``, ``DJANGO_*``, ``DATACHAT_*``); migrations
are run separately (``python manage.py migrate``). Each worker is a process with its own connection pool
(``DATACHAT_DB_POOL_SIZE``) and its own bound on concurrent work (``datachat.gate``). On SIGTERM or SIGINT a
worker stops accepting, finishes what it is answering (up to ``DATACHAT_GRACEFUL_TIMEOUT`` seconds) and exits.
"""

import os
import tempfile


def server_options(*, host: str, port: int, workers: int) -> dict:
    """The uvicorn options of ``datachat serve`` (timeouts and logging from the environment)."""
    return {
        "host": host,
        "port": port,
        "workers": workers,
        "lifespan": "off",  # Django has no lifespan events
        "timeout_keep_alive": int(os.environ.get("DATACHAT_KEEPALIVE_TIMEOUT", 5)),
        "timeout_graceful_shutdown": int(os.environ.get("DATACHAT_GRACEFUL_TIMEOUT", 30)),
        "access_log": False,  # the structured one is DATACHAT_ACCESS_LOG=1 (datachat.observability)
        "proxy_headers": True,
        "forwarded_allow_ips": os.environ.get("DATACHAT_FORWARDED_ALLOW_IPS", "127.0.0.1"),
        "server_header": False,
        "log_level": os.environ.get("DATACHAT_LOG_LEVEL", "info").lower(),
    }


def run_server(*, host: str = "127.0.0.1", port: int = 8000, workers: int = 2) -> int:
    import uvicorn

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # the workers' metrics, summed at /metrics
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="datachat-metrics-")
    uvicorn.run("backend.asgi:application", **server_options(host=host, port=port, workers=workers))
    return 0
