"""``datachat.nl2sql`` is a pure library: importing all of it loads no Django (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import datachat.nl2sql


def test_the_engine_imports_no_django():
    modules = sorted(m.name for m in pkgutil.walk_packages(datachat.nl2sql.__path__, "datachat.nl2sql."))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert len(modules) > 10
    assert out.stdout.strip() == "", f"datachat.nl2sql pulled in Django: {out.stdout.strip()}"
