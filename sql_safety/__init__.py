"""sql_safety: prove a generated SQL statement safe, in the statement itself.

>>> from sql_safety import Policy, check
>>> policy = Policy.from_dict({"dialect": "sqlite", "tables": {"Invoice": "*"}, "max_rows": 50,
...                            "row_filters": {"Invoice": {"column": "CustomerId", "value": 5}}})
>>> print(check("SELECT SUM(Total) FROM Invoice WHERE 1=1 OR 1=1", policy).sql)  # doctest: +NORMALIZE_WHITESPACE
SELECT SUM(Total) FROM (SELECT * FROM "Invoice" WHERE "Invoice"."CustomerId" = 5) AS Invoice
WHERE 1 = 1 OR 1 = 1 LIMIT 50
"""

from sql_safety.errors import (
    ColumnNotAllowed,
    ConstructNotAllowed,
    FunctionNotAllowed,
    LimitNotAllowed,
    NothingSelected,
    ParseFailed,
    PolicyError,
    SqlSafetyError,
    StatementNotAllowed,
    TableNotAllowed,
)
from sql_safety.guard import SafeQuery, check, rewrite
from sql_safety.policy import Policy

__all__ = [
    "ColumnNotAllowed",
    "ConstructNotAllowed",
    "FunctionNotAllowed",
    "LimitNotAllowed",
    "NothingSelected",
    "ParseFailed",
    "Policy",
    "PolicyError",
    "SafeQuery",
    "SqlSafetyError",
    "StatementNotAllowed",
    "TableNotAllowed",
    "check",
    "rewrite",
]
