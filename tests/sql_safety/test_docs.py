"""Run the `>>>` examples of every sql_safety module (STYLE.md section 8)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import sql_safety

MODULES = sorted(
    ["sql_safety"]
    + [m.name for m in pkgutil.walk_packages(sql_safety.__path__, "sql_safety.") if m.name != "sql_safety.__main__"]
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_rules_have_examples():
    from sql_safety.guard import RULES

    for rule in RULES:
        assert ">>>" in (rule.__doc__ or ""), rule.__name__
        assert "Args:" in rule.__doc__ and "Returns:" in rule.__doc__, rule.__name__
