"""ASGI entry point: ``datachat serve`` (or ``uvicorn backend.asgi:application``).

Django behind ``datachat.gate``: ``/healthz`` without Django, and a bound on the requests a process works on.
Each worker loads the engine's lexical tables before it serves (``datachat.nl2sql.warm``; ``DATACHAT_WARM=0``
skips it), so no visitor's first answer waits for them.
"""

import os

from django.core.asgi import get_asgi_application

from datachat.gate import Gate

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
application = Gate(get_asgi_application())
if os.environ.get("DATACHAT_WARM", "1") != "0":
    from datachat.nl2sql.warm import warm

    warm()
