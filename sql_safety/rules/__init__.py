"""The guard's rules, one per module, each named after what it does (verb_object).

Every rule is a pure function ``(expression, **options) -> expression``; the driver in
:mod:`sql_safety.guard` runs them in order and passes each only the keyword arguments it declares.
"""

from sql_safety.rules.add_tenant_filter import add_tenant_filter
from sql_safety.rules.enforce_allowlist import Analysis, enforce_allowlist
from sql_safety.rules.enforce_row_limit import enforce_row_limit
from sql_safety.rules.reject_unsafe_constructs import reject_unsafe_constructs
from sql_safety.rules.reject_writes import reject_writes

__all__ = [
    "Analysis",
    "add_tenant_filter",
    "enforce_allowlist",
    "enforce_row_limit",
    "reject_unsafe_constructs",
    "reject_writes",
]
