"""Per-dialect function allowlists.

sqlglot parses most functions into typed nodes (``COUNT`` -> ``exp.Count``, SQLite ``strftime`` ->
``exp.TimeToStr``). Those are allowed by node class, which is dialect-neutral because the node means
the same function in every dialect. Functions sqlglot does not know become ``exp.Anonymous`` and are
allowed only by name, per dialect.

Deliberately absent, so rejected: file and network access (``readfile``, ``pg_read_file``,
``load_file``, ``read_csv``, ``lo_import``, ``dblink``), extension loading (``load_extension``),
sleeps and busy loops (``pg_sleep``, ``sleep``, ``benchmark``), locks (``get_lock``), configuration and session setters
(``set_config``, ``current_setting``), sequence changes (``nextval``, ``setval``), and huge string or
blob makers (``zeroblob``, ``randomblob``, ``repeat``, ``lpad``/``rpad``, ``printf``/``format``).
Warehouse dialects add their own: ClickHouse table functions (``url``, ``file``, ``remote``, ``s3``,
``jdbc``, ``mysql``), BigQuery ``EXTERNAL_QUERY``, Snowflake ``SYSTEM$*``, ``RESULT_SCAN``.
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
    # Date parts, rounding and null helpers only: no table functions (url, file, remote, s3, jdbc,
    # mysql, numbers ...), no sleep, no settings or server introspection.
    "clickhouse": frozenset(_words(
        "tostartofmonth tostartofyear tostartofquarter tostartofweek tostartofday todate todatetime "
        "toyear tomonth todayofweek todayofmonth toquarter toyyyymm formatdatetime datediff "
        "ifnull isnull isnotnull count countdistinct uniq uniqexact round toint64 tofloat64 tostring "
        "positioncaseinsensitive position lowerutf8 upperutf8 empty notempty today now"
    )),
    "trino": frozenset(_words(
        "date_trunc date_add date_diff date_format day_of_week day_of_year year_of_week format_datetime "
        "now current_date truncate approx_distinct"
    )),
    # No EXTERNAL_QUERY, no SESSION_USER, no scripting; ML and external functions are absent too.
    "bigquery": frozenset(_words(
        "date_trunc timestamp_trunc datetime_trunc format_date format_timestamp date_diff timestamp_diff "
        "extract safe_divide ifnull countif approx_count_distinct"
    )),
    # No SYSTEM$ functions, RESULT_SCAN, GENERATOR, external functions or stage reads.
    "snowflake": frozenset(_words(
        "date_trunc dateadd datediff to_date to_char zeroifnull nvl iff dayname monthname div0"
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
