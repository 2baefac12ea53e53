"""ASGI entry point: ``datachat serve`` (or ``uvicorn backend.asgi:application``).

Django behind ``datachat.gate``: ``/healthz`` without Django, and a bound on the requests a process works on.
"""

import os

from django.core.asgi import get_asgi_application

from datachat.gate import Gate

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
application = Gate(get_asgi_application())
