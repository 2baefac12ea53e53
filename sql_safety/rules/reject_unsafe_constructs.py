"""Allow only known-safe syntax: an allowlist of node types and of functions.

An allowlist of node types means a construct sqlglot learns to parse tomorrow (a new table function,
a variable, a placeholder) is rejected until someone decides it is safe, instead of slipping through.
"""

from __future__ import annotations

import re

from sqlglot import exp

from sql_safety.errors import ConstructNotAllowed, FunctionNotAllowed, TableNotAllowed
from sql_safety.functions import is_allowed_function
from sql_safety.policy import is_system_catalog
from sql_safety.tree import all_nodes

__all__ = ["SAFE_NODES", "reject_unsafe_constructs"]


def _classes(names: str) -> frozenset[type]:
    return frozenset(c for c in (getattr(exp, n, None) for n in names.split()) if isinstance(c, type))


#: Non-function node types a query may contain.
SAFE_NODES = _classes(
    """
    Select Union Intersect Except Values Subquery With CTE From Join Where Group Having Order
    Ordered Limit Offset Fetch LimitOptions Distinct Window WindowSpec Qualify Column Identifier
    Table TableAlias Alias Star Literal Boolean Null Paren Neg Not BitwiseNot Tuple In Between
    Interval IntervalSpan DataType DataTypeParam Var Filter WithinGroup Any All Exists
    Add Sub Mul Div IntDiv Mod DPipe EQ NEQ NullSafeEQ NullSafeNEQ GT GTE LT LTE Is Like ILike
    Glob SimilarTo And Or Xor BitwiseAnd BitwiseOr BitwiseXor BitwiseLeftShift BitwiseRightShift
    Collate Escape Overlaps Rollup Cube GroupingSets IgnoreNulls RespectNulls
    """
)

#: Types a CAST may name. Object-identifier types (``regclass``), user-defined types and binary
#: types are left out: they look up the catalog or build blobs.
SAFE_TYPES = frozenset(
    str.split(
        """
    BIGINT INT SMALLINT TINYINT MEDIUMINT UBIGINT UINT USMALLINT UTINYINT UMEDIUMINT BIGDECIMAL
    DECIMAL UDECIMAL DOUBLE UDOUBLE FLOAT BOOLEAN TEXT VARCHAR CHAR NCHAR NVARCHAR BPCHAR
    DATE DATETIME TIME TIMETZ TIMESTAMP TIMESTAMPTZ TIMESTAMPLTZ TIMESTAMPNTZ INTERVAL YEAR
    """
    )
)

#: Text the generator writes out verbatim (keywords and units, unquoted names, numbers) must look
#: like one token, so no string the query carried can turn into SQL when it is rendered.
PLAIN_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
PLAIN_NAME = re.compile(r"[^\W\d][\w$]*")
PLAIN_NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
#: A string whose text is harmless even if it were written out verbatim.
HARMLESS_TEXT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|-?(\d+\.?\d*|\.\d+)")

_READABLE = {
    exp.Placeholder: "bind parameters",
    exp.Parameter: "parameters and variables",
    exp.SessionParameter: "session variables",
    exp.Dot: "dotted function or field access",
    exp.Bracket: "subscripts",
    exp.Lateral: "LATERAL",
    exp.Unnest: "UNNEST",
    exp.Lambda: "lambdas",
    exp.PropertyEQ: "assignments",
    exp.Pivot: "PIVOT",
    exp.TableSample: "TABLESAMPLE",
    exp.Hint: "optimizer hints",
}


def where(node: exp.Expr) -> dict[str, int | None]:
    """``line``/``col`` keyword arguments for an error about ``node`` (from its first identifier)."""
    ident = node if isinstance(node, exp.Identifier) else node.find(exp.Identifier)
    meta = ident.meta if ident is not None else {}
    return {"line": meta.get("line"), "col": meta.get("col")}


def reject_unsafe_constructs(
    expression: exp.Expr, dialect: str, nodes: list[exp.Expr] | None = None
) -> exp.Expr:
    """Reject any node type or function that is not on the allowlist.

    Args:
        expression: a parsed read-only query (after :func:`reject_writes`).
        dialect: the policy's normalized dialect.
        nodes: ``all_nodes(expression)`` when the caller already has it.

    Returns:
        The same expression, unchanged.

    >>> import sqlglot
    >>> reject_unsafe_constructs(sqlglot.parse_one("SELECT SUM(x) FROM t"), "sqlite").sql()
    'SELECT SUM(x) FROM t'
    >>> reject_unsafe_constructs(sqlglot.parse_one("SELECT zeroblob(1e9)"), "sqlite")
    Traceback (most recent call last):
    sql_safety.errors.FunctionNotAllowed: function ZEROBLOB is not allowed
    """
    for node in nodes if nodes is not None else all_nodes(expression):
        cls = type(node)
        if cls is exp.Table and not isinstance(node.this, exp.Identifier):
            func = node.this
            name = func.name if isinstance(func, exp.Anonymous) else func.key
            if is_system_catalog(name):
                raise TableNotAllowed(f"system catalog {name} is never exposed", **where(node))
            raise ConstructNotAllowed(
                f"table function {name.upper()} is not allowed; read from exposed tables",
                **where(node),
            )
        if cls is exp.Var or (node.arg_key == "unit" and isinstance(node, exp.Literal)):
            if not PLAIN_WORD.fullmatch(node.name):
                raise ConstructNotAllowed(f"{node.name!r} is not a valid unit or keyword")
        elif cls is exp.Identifier:
            if not node.quoted and not PLAIN_NAME.fullmatch(node.name):
                raise ConstructNotAllowed(f"name {node.name!r} must be quoted")
            collation = node.arg_key == "expression" and isinstance(node.parent, exp.Collate)
            if collation and not PLAIN_WORD.fullmatch(node.name):
                raise ConstructNotAllowed(f"collation {node.name!r} is not allowed")
        elif cls is exp.Literal and not node.is_string and not PLAIN_NUMBER.fullmatch(node.name):
            raise ConstructNotAllowed(f"{node.name!r} is not a valid number")
        if cls in SAFE_NODES:
            if cls is exp.Star and any(node.args.values()):
                raise ConstructNotAllowed("* EXCLUDE / REPLACE / RENAME is not allowed; list the columns")
            if cls is exp.DataType and node.this.name not in SAFE_TYPES:
                raise ConstructNotAllowed(f"type {node.sql(dialect)} is not allowed in a query", **where(node))
            continue
        if isinstance(node, exp.Func):
            if is_allowed_function(node, dialect):
                continue
            name = node.name if isinstance(node, exp.Anonymous) else node.sql_name()
            raise FunctionNotAllowed(f"function {name.upper()} is not allowed", **where(node))
        what = _READABLE.get(cls) or node.key.upper().replace("_", " ")
        raise ConstructNotAllowed(f"{what} is not allowed in a query", **where(node))
    return expression
