"""Per-dialect function allowlists.

sqlglot parses most functions into typed nodes (``COUNT`` -> ``exp.Count``, SQLite ``strftime`` ->
``exp.TimeToStr``). Those are allowed by node class, which is dialect-neutral because the node means
the same function in every dialect. Functions sqlglot does not know become ``exp.Anonymous`` and are
allowed only by name, per dialect.

Deliberately absent, so rejected: file and network access (``readfile``, ``pg_read_file``,
``load_file``, ``read_csv``, ``lo_import``, ``dblink``), extension loading (``load_extension``),
sleeps and busy loops (``pg_sleep``, ``sleep``, ``benchmark``), configuration and session setters
(``set_config``, ``current_setting``), sequence changes (``nextval``, ``setval``), and huge string or
blob makers (``zeroblob``, ``randomblob``, ``repeat``, ``lpad``/``rpad``, ``printf``/``format``).
"""

from __future__ import annotations

from sqlglot import exp

__all__ = ["ALLOWED_ANONYMOUS", "ALLOWED_FUNCTION_CLASSES", "is_allowed_function"]


def _words(text: str) -> list[str]:
    return text.split()

_CLASS_NAMES = _words(
    """
Count Sum Avg Min Max GroupConcat ArrayAgg Stddev StddevSamp StddevPop Variance VariancePop Median
PercentileCont PercentileDisc Mode AnyValue CountIf LogicalAnd LogicalOr ApproxDistinct
Abs Round Ceil Floor Sqrt Pow Ln Log Exp Sign Mod Rand Cbrt
Upper Lower Length Substring Trim Replace Concat ConcatWs Left Right StrPosition Initcap Reverse
Coalesce Nullif If Greatest Least Case Cast TryCast Typeof Hex Unicode Chr Ascii
Like ILike Glob RegexpLike SplitPart
Date Datetime Time TimeToStr TsOrDsToTimestamp TsOrDsToDate TsOrDsToTime DateTrunc TimestampTrunc
Extract ToChar CurrentDate CurrentTimestamp CurrentTime Year Month Day Hour Minute Second Week
WeekOfYear Quarter DayOfWeek DayOfWeekIso DayOfMonth DayOfYear DateAdd DateSub DateDiff TimestampDiff
TimeToUnix UnixToTime DateFromParts StrToDate StrToTime TimeStrToTime TimeStrToDate DateStrToDate
DateToDateStr TimeToTimeStr Monthname Dayname MonthName DayName LastDay Trunc ArgMax ArgMin
RowNumber Rank DenseRank Ntile Lag Lead FirstValue LastValue NthValue PercentRank CumeDist
IgnoreNulls RespectNulls
"""
)

#: Function node classes allowed in every dialect.
ALLOWED_FUNCTION_CLASSES: frozenset[type[exp.Expr]] = frozenset(
    cls for cls in (getattr(exp, name, None) for name in _CLASS_NAMES) if isinstance(cls, type)
)

#: Names of functions sqlglot leaves as ``exp.Anonymous``, allowed per dialect (lower case).
ALLOWED_ANONYMOUS: dict[str, frozenset[str]] = {
    "sqlite": frozenset(_words(
        "total date datetime time julianday unixepoch ifnull nullif instr sign trunc"
    )),
    "postgres": frozenset(_words(
        "age date_part make_date justify_days justify_hours btrim split_part every trunc"
    )),
    "duckdb": frozenset(_words(
        "date_part datepart date_diff datediff date_sub epoch make_date dayname monthname "
        "quantile_cont quantile_disc trunc"
    )),
    "mysql": frozenset(_words(
        "now curdate curtime dayname monthname timestampdiff date_format yearweek truncate"
    )),
}


def is_allowed_function(node: exp.Func, dialect: str) -> bool:
    """Tell whether a function call is on the allowlist for ``dialect``.

    Args:
        node: a function node from a parsed statement.
        dialect: a normalized dialect name (``sqlite``, ``postgres``, ``duckdb``, ``mysql``).

    Returns:
        True when the function is allowed.

    >>> import sqlglot
    >>> is_allowed_function(sqlglot.parse_one("SELECT COUNT(*)").expressions[0], "sqlite")
    True
    >>> is_allowed_function(sqlglot.parse_one("SELECT load_extension('x')").expressions[0], "sqlite")
    False
    """
    if isinstance(node, exp.Anonymous):
        return node.name.lower() in ALLOWED_ANONYMOUS.get(dialect, frozenset())
    return type(node) in ALLOWED_FUNCTION_CLASSES
