"""Errors raised by the SQL guard.

Every rejection is a :class:`SqlSafetyError`; the subclass names what failed::

    SqlSafetyError                 root: catch this to handle any rejection
    ├── PolicyError                the policy itself is invalid (bad dialect, table, row cap, filter)
    ├── ParseFailed                the text is not one parseable statement in the policy's dialect
    ├── StatementNotAllowed        a parsed statement that is not a plain read-only query
    │   ├── ConstructNotAllowed    a query that uses a construct the guard does not accept
    │   └── NothingSelected        a SELECT with an empty select list
    ├── TableNotAllowed            a table (or system catalog) that the policy does not expose
    ├── ColumnNotAllowed           a column that the policy does not expose
    ├── FunctionNotAllowed         a function outside the dialect's allowlist
    └── LimitNotAllowed            a LIMIT/FETCH the row cap cannot reason about

``str(err)`` and ``err.reason`` are one human sentence that is safe to show to chat users and
to hand back to an LLM repair loop. ``err.code`` is a stable machine name for API envelopes.
``err.line`` / ``err.col`` point at the offending token when it is known.
"""

from __future__ import annotations

__all__ = [
    "ColumnNotAllowed",
    "ConstructNotAllowed",
    "FunctionNotAllowed",
    "LimitNotAllowed",
    "NothingSelected",
    "ParseFailed",
    "PolicyError",
    "SqlSafetyError",
    "StatementNotAllowed",
    "TableNotAllowed",
]


class SqlSafetyError(ValueError):
    """Root of every error the guard raises.

    Args:
        reason: one clear sentence, e.g. ``"column Customer.Email is not exposed"``.
        line: 1-based line of the offending token, when known.
        col: 1-based column of the offending token, when known.
        errors: structured details (sqlglot's parse errors for :class:`ParseFailed`).
    """

    code = "sql_rejected"

    def __init__(
        self,
        reason: str,
        *,
        line: int | None = None,
        col: int | None = None,
        errors: list[dict] | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.col = col
        self.errors = errors or []

    def __str__(self) -> str:
        return self.reason


class PolicyError(SqlSafetyError):
    """The policy is malformed; nothing was checked."""

    code = "bad_policy"


class ParseFailed(SqlSafetyError):
    """The SQL does not parse as exactly one statement in the policy's dialect."""

    code = "sql_parse_failed"


class StatementNotAllowed(SqlSafetyError):
    """The statement is not a read-only query (INSERT, DDL, PRAGMA, SELECT INTO, FOR UPDATE ...)."""

    code = "statement_not_allowed"


class ConstructNotAllowed(StatementNotAllowed):
    """A query that uses a construct outside the accepted subset (table functions, variables ...)."""

    code = "construct_not_allowed"


class NothingSelected(StatementNotAllowed):
    """A SELECT that names nothing to select (``SELECT`` alone, ``SELECT FROM t``)."""

    code = "nothing_selected"


class TableNotAllowed(SqlSafetyError):
    """A table, view or system catalog that the policy does not expose."""

    code = "table_not_allowed"


class ColumnNotAllowed(SqlSafetyError):
    """A column that the policy does not expose (anywhere in the statement)."""

    code = "column_not_allowed"


class FunctionNotAllowed(SqlSafetyError):
    """A function outside the per-dialect allowlist."""

    code = "function_not_allowed"


class LimitNotAllowed(SqlSafetyError):
    """A LIMIT, OFFSET or FETCH clause that is not a plain whole number."""

    code = "limit_not_allowed"
