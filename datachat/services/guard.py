"""What one caller may see of a data source, and the ``sql_safety`` policy that enforces it.

Every statement that reaches a data source passes ``guard()``; there is no other path to ``run_query``.
"""

import json
from dataclasses import dataclass, field
from functools import lru_cache

import sql_safety

from .sources import table_names


@dataclass(frozen=True)
class Scope:
    """A data source as one caller (an embed, the CLI) may see it."""

    url: str
    dialect: str
    exposed: dict | None = None  # {"Table": "*" | [columns]}; None = every table, {} = nothing
    row_filters: dict = field(default_factory=dict)  # {"Table": {"column": ..., "value": ...}}
    max_rows: int = 5000
    semantic: object = None  # the datachat.semantic.SemanticModel the engines use, or None
    translator: str = "semantic"  # the translator's name (DATACHAT_ENGINE): "semantic" or "llm"
    key: str = ""  # a stable id of the data source, for caches and records
    embed_id: str = ""  # the embed asking, for LLM usage records and its monthly token budget
    tenant_id: str = ""  # the embed's tenant, for LLM usage records
    max_scan_rows: int | None = None  # cost ceiling: rows the database may estimate to read (None: the setting)

    @property
    def include(self) -> dict | None:
        """The exposed tables for the translators; None means all."""
        return self.exposed


def narrow(outer: dict | None, inner: dict | None) -> dict | None:
    """The intersection of two exposure maps, where an empty map means unrestricted.

    Returns None when both are unrestricted, else the tables and columns both allow (possibly none).

    >>> narrow({"A": "*", "B": ["x", "y"]}, {"B": ["y", "z"], "C": "*"})
    {'B': ['y']}
    >>> narrow({}, None) is None
    True
    """
    if not outer and not inner:
        return None
    if not outer:
        return dict(inner)
    if not inner:
        return dict(outer)
    result = {}
    for table, columns in inner.items():
        match = next((name for name in outer if name.lower() == table.lower()), None)
        if match is None:
            continue
        allowed = outer[match]
        if allowed == "*":
            result[match] = columns
        elif columns == "*":
            result[match] = list(allowed)
        else:
            wanted = {c.lower() for c in columns}
            result[match] = [c for c in allowed if c.lower() in wanted]
    return result


def policy_for(scope: Scope) -> sql_safety.Policy:
    """The guard's policy for ``scope``."""
    return _policy(scope.url, scope.dialect, json.dumps(scope.exposed, sort_keys=True),
                   json.dumps(scope.row_filters, sort_keys=True), scope.max_rows)


@lru_cache(maxsize=256)
def _policy(url: str, dialect: str, exposed: str, row_filters: str, max_rows: int) -> sql_safety.Policy:
    tables = json.loads(exposed)
    if tables is None:
        tables = {name: "*" for name in table_names(url)}
    return sql_safety.Policy.from_dict({
        "dialect": dialect,
        "tables": tables,
        "max_rows": max_rows,
        "row_filters": json.loads(row_filters),
    })


def guard(sql: str, scope: Scope) -> sql_safety.SafeQuery:
    """Prove ``sql`` safe for ``scope`` or raise ``sql_safety.SqlSafetyError`` with the reason."""
    return sql_safety.check(sql, policy_for(scope))
