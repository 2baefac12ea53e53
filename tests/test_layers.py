"""The layers of ARCHITECTURE.md hold: the pure libraries import no Django, and the import-linter contracts pass."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Imports every module of the pure libraries in a fresh interpreter, then names any web-framework module loaded.
PROBE = """
import importlib, pkgutil, sys
for package in ("sql_safety", "datachat.nl2sql"):
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, package + "."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
outside = sorted(m for m in sys.modules if m.split(".")[0] in {"django", "ninja", "backend"}
                 or (m.startswith("datachat.") and not m.startswith("datachat.nl2sql")))
print("\\n".join(outside))
"""


@pytest.mark.parametrize("package", ["sql_safety", "datachat.nl2sql"])
def test_pure_library_imports_no_django(package):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    probe = PROBE.replace('("sql_safety", "datachat.nl2sql")', f"({package!r},)")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = [name for name in result.stdout.split() if name]
    if package == "sql_safety":  # the guard needs nothing of datachat at all
        assert not loaded, f"{package} loaded {loaded}"
    else:
        assert not [m for m in loaded if not m.startswith("datachat")], f"{package} loaded {loaded}"
        assert not [m for m in loaded if m.startswith("datachat.")], f"{package} loaded {loaded}"


def test_import_contracts_hold(tmp_path):
    """``lint-imports`` (pyproject.toml [tool.importlinter]): pure libraries, the layer order, no package cycles."""
    from importlinter import cli

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exit_code = cli.lint_imports(no_cache=True, no_logo=True)
    finally:
        os.chdir(cwd)
    assert exit_code == cli.EXIT_STATUS_SUCCESS
