"""The policy: which tables and columns a query may read, how many rows, and which tenant rows.

Identifier matching (documented once, here):

* ``sqlite``, ``mysql`` and ``duckdb`` match table and column names case-insensitively, quoted
  or not. (MySQL table names can be case-sensitive on disk; that is still safe because the guard
  renders every exposed table under the exact name the policy spells.)
* ``postgres`` folds unquoted identifiers to lower case and matches quoted ones exactly, like the
  server does. Policy names are catalog names, matched exactly: a policy naming ``"Customer"``
  needs the query to say ``"Customer"``; unquoted ``Customer`` means ``customer``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sql_safety.errors import PolicyError

__all__ = ["CATALOG_SCHEMAS", "DIALECTS", "Policy", "RowFilter", "is_system_catalog"]

#: Dialects the guard supports, with accepted aliases.
DIALECTS = {
    "sqlite": "sqlite",
    "postgres": "postgres",
    "postgresql": "postgres",
    "duckdb": "duckdb",
    "mysql": "mysql",
    "mariadb": "mysql",
    "clickhouse": "clickhouse",
    "trino": "trino",
    "bigquery": "bigquery",
    "snowflake": "snowflake",
}

#: Dialects whose identifiers match case-insensitively whether quoted or not.
_CASE_INSENSITIVE = frozenset({"sqlite", "mysql", "duckdb", "trino", "bigquery"})

#: Dialects whose names are exact when quoted and fold when not: postgres to lower case, snowflake
#: to upper case. ClickHouse is exact either way.
_FOLD_UNQUOTED = {"postgres": str.lower, "snowflake": str.upper, "clickhouse": str}

#: Schema qualifiers that mean "the default schema" per dialect; any other schema is rejected.
DEFAULT_SCHEMAS = {
    "sqlite": frozenset({"main"}),
    "postgres": frozenset({"public"}),
    "duckdb": frozenset({"main"}),
    "mysql": frozenset(),
    # Warehouses: the connection names the database (catalog, dataset); a qualifier reaches elsewhere.
    "clickhouse": frozenset(),
    "trino": frozenset(),
    "bigquery": frozenset(),
    "snowflake": frozenset(),
}

#: Schemas that hold system catalogs; a table qualified with one is never exposed.
CATALOG_SCHEMAS = frozenset({"information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema",
                             "sys", "sqlite_temp", "temp", "duckdb", "system",
                             "snowflake", "account_usage", "runtime", "jdbc", "metadata"})
_CATALOG_PREFIXES = ("sqlite_", "pg_", "pragma_", "duckdb_", "information_schema", "system$")


def is_system_catalog(name: str) -> bool:
    """Tell whether a table name belongs to a system catalog.

    Args:
        name: a table (or table function) name, any case.

    Returns:
        True for ``sqlite_master``, ``pragma_*``, ``pg_*``, ``duckdb_*``, ``information_schema``.

    >>> is_system_catalog("sqlite_master"), is_system_catalog("PRAGMA_table_info"), is_system_catalog("Invoice")
    (True, True, False)
    """
    return name.lower().startswith(_CATALOG_PREFIXES)


@dataclass(frozen=True)
class RowFilter:
    """Tenant scoping for one table: only rows where ``column = value`` are visible."""

    column: str
    value: int | float | str


@dataclass(frozen=True)
class Policy:
    """What a query may read.

    Args:
        dialect: one of ``sqlite``, ``postgres``, ``duckdb``, ``mysql``, ``clickhouse``, ``trino``,
            ``bigquery``, ``snowflake``.
        tables: table name -> ``None`` (every column) or a frozenset of exposed column names.
        max_rows: the rewritten statement never returns more rows than this.
        row_filters: table name -> :class:`RowFilter`.

    Build one with :meth:`from_dict`:

    >>> p = Policy.from_dict({"dialect": "sqlite", "tables": {"Invoice": "*"}, "max_rows": 10})
    >>> p.dialect, p.max_rows, p.tables["Invoice"] is None
    ('sqlite', 10, True)
    """

    dialect: str
    tables: Mapping[str, frozenset[str] | None]
    max_rows: int = 1000
    row_filters: Mapping[str, RowFilter] = field(default_factory=lambda: MappingProxyType({}))
    # Lookups by normalized name, filled in __post_init__.
    _table_keys: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _column_keys: Mapping[str, Mapping[str, str]] = field(init=False, repr=False, compare=False)
    _column_order: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        dialect = DIALECTS.get(str(self.dialect).lower()) if isinstance(self.dialect, str) else None
        if dialect is None:
            raise PolicyError(
                f"dialect {self.dialect!r} is not supported; use one of {', '.join(dict.fromkeys(DIALECTS.values()))}"
            )
        object.__setattr__(self, "dialect", dialect)
        if not isinstance(self.tables, Mapping) or not self.tables:
            raise PolicyError("policy needs at least one table in 'tables'")
        if isinstance(self.max_rows, bool) or not isinstance(self.max_rows, int) or self.max_rows < 1:
            raise PolicyError(f"max_rows must be a positive whole number, not {self.max_rows!r}")
        table_keys: dict[str, str] = {}
        column_keys: dict[str, dict[str, str]] = {}
        column_order: dict[str, tuple[str, ...]] = {}
        tables: dict[str, frozenset[str] | None] = {}
        for name, columns in self.tables.items():
            if not isinstance(name, str) or not name or "." in name:
                raise PolicyError(f"table name {name!r} must be a plain non-empty name")
            if is_system_catalog(name):
                raise PolicyError(f"system catalog {name} can never be exposed")
            key = self.normalize_name(name)
            if key in table_keys:
                raise PolicyError(f"table {name} is listed twice")
            table_keys[key] = name
            if columns is None or columns == "*":
                tables[name] = None
                continue
            if isinstance(columns, str) or not all(isinstance(c, str) and c for c in columns):
                raise PolicyError(f"columns of table {name} must be \"*\" or a list of names")
            order = tuple(dict.fromkeys(columns))
            if not order:
                raise PolicyError(f"table {name} exposes no columns; remove it or list some")
            keys = {self.normalize_name(c): c for c in order}
            if len(keys) != len(order):
                raise PolicyError(f"table {name} lists a column twice")
            tables[name] = frozenset(order)
            column_keys[name] = keys
            column_order[name] = order
        filters: dict[str, RowFilter] = {}
        for name, spec in (self.row_filters or {}).items():
            table = table_keys.get(self.normalize_name(name)) if isinstance(name, str) else None
            if table is None:
                raise PolicyError(f"row filter names table {name!r}, which is not in 'tables'")
            if isinstance(spec, Mapping):
                if set(spec) - {"column", "value"} or "column" not in spec or "value" not in spec:
                    raise PolicyError(f"row filter of {name} needs exactly 'column' and 'value'")
                spec = RowFilter(spec["column"], spec["value"])
            if not isinstance(spec, RowFilter):
                raise PolicyError(f"row filter of {name} must be {{'column': ..., 'value': ...}}")
            if not isinstance(spec.column, str) or not spec.column:
                raise PolicyError(f"row filter of {name} needs a column name")
            value = spec.value
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise PolicyError(f"row filter value of {name} must be a number or a string")
            if isinstance(value, float) and not math.isfinite(value):
                raise PolicyError(f"row filter value of {name} must be a finite number")
            filters[table] = spec
        object.__setattr__(self, "tables", MappingProxyType(tables))
        object.__setattr__(self, "row_filters", MappingProxyType(filters))
        object.__setattr__(self, "_table_keys", MappingProxyType(table_keys))
        object.__setattr__(self, "_column_keys", MappingProxyType(column_keys))
        object.__setattr__(self, "_column_order", MappingProxyType(column_order))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Build a policy from its JSON shape (CONTRACT.md section 3).

        Args:
            data: ``{"dialect", "tables", "max_rows", "row_filters"}``; ``max_rows`` defaults to 1000.

        Returns:
            A validated, frozen :class:`Policy`. Raises :class:`PolicyError` when it is invalid.

        >>> Policy.from_dict({"dialect": "sqlite", "tables": {"T": ["a"]}}).tables["T"]
        frozenset({'a'})
        """
        if not isinstance(data, Mapping):
            raise PolicyError("policy must be a JSON object")
        unknown = set(data) - {"dialect", "tables", "max_rows", "row_filters"}
        if unknown:
            raise PolicyError(f"unknown policy key(s): {', '.join(sorted(unknown))}")
        if "dialect" not in data:
            raise PolicyError("policy needs a 'dialect'")
        tables = data.get("tables")
        if not isinstance(tables, Mapping):
            raise PolicyError("policy 'tables' must be an object of table -> \"*\" or [columns]")
        for name, columns in tables.items():
            if not (columns == "*" or isinstance(columns, list | tuple)):
                raise PolicyError(f"columns of table {name} must be \"*\" or a list of names")
        row_filters = data.get("row_filters") or {}
        if not isinstance(row_filters, Mapping):
            raise PolicyError("policy 'row_filters' must be an object of table -> {column, value}")
        return cls(
            dialect=data["dialect"],
            tables=dict(tables),
            max_rows=data.get("max_rows", 1000),
            row_filters=dict(row_filters),
        )

    # -- identifier matching -------------------------------------------------------------------

    def normalize_name(self, name: str) -> str:
        """Normalize a policy (catalog) name for lookups."""
        return name if self.dialect in _FOLD_UNQUOTED else name.lower()

    def normalize_identifier(self, name: str, quoted: bool) -> str:
        """Normalize an identifier as written in SQL, the way the dialect resolves it."""
        if self.dialect in _CASE_INSENSITIVE:
            return name.lower()
        if quoted:
            return name
        return _FOLD_UNQUOTED.get(self.dialect, str.lower)(name)

    def table_named(self, name: str, quoted: bool) -> str | None:
        """The policy's spelling of the table an SQL identifier refers to, or None."""
        return self._table_keys.get(self.normalize_identifier(name, quoted))

    def column_named(self, table: str, name: str, quoted: bool) -> str | None:
        """The policy's spelling of an exposed column of ``table``, or None when it is not exposed.

        For tables exposed with ``"*"`` every column is exposed and the name is returned as written.
        """
        keys = self._column_keys.get(table)
        if keys is None:
            return name
        return keys.get(self.normalize_identifier(name, quoted))

    def exposed_columns(self, table: str) -> tuple[str, ...] | None:
        """The exposed columns of ``table`` in the order the policy lists them; None for ``"*"``."""
        return self._column_order.get(table)

    def suggest_table(self, name: str) -> str | None:
        """A policy table whose name differs from ``name`` only by case (for repair hints)."""
        for table in self.tables:
            if table.lower() == name.lower():
                return table
        return None
