"""Date phrases ("in 2023", "Q1 2025", "last month", "before 2020") and buckets ("monthly")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = {
    m: i + 1
    for i, ms in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in ms
}

#: word -> bucket name
BUCKET_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
}
BUCKET_UNITS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


@dataclass
class DateRange:
    start: dt.date | None  # inclusive
    end: dt.date | None  # exclusive
    label: str
    first: int  # token span covered
    last: int
    #: read against a reference day (today, or the data's latest date): "last month", "in March"
    relative: bool = False


def _is_year(tok: str) -> bool:
    return tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2100


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)


#: words joining the two ends of a range ("between 3 June and 14 August", "from 3 June to 14 August")
RANGE_JOINS = ("and", "to", "-", "through", "thru", "until", "till")
#: words before a bound of one day ("since 3 March 2021")
_DAY_BOUNDS = ("before", "after", "since", "until", "till", "from", "on")


@dataclass
class _Day:
    """A calendar day as written: its month and day, its year when given, and the token after it."""

    month: int
    day: int
    year: int | None
    end: int

    def date(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def _day_number(tok: str) -> int | None:
    return int(tok) if tok.isdigit() and len(tok) <= 2 and 1 <= int(tok) <= 31 else None


def _year_after(toks: list[str], j: int) -> tuple[int | None, int]:
    """A year at ``j`` (after an optional comma): (year, the token after it), else (None, j)."""
    k = j + 1 if j < len(toks) and toks[j] == "," else j
    return (int(toks[k]), k + 1) if k < len(toks) and _is_year(toks[k]) else (None, j)


def _skip_ordinal(toks: list[str], j: int) -> int:
    return j + 1 if j < len(toks) and toks[j] in ("st", "nd", "rd", "th") else j


def _day_at(toks: list[str], i: int) -> _Day | None:
    """A day written at ``i``: "1 May 2023", "1st of May", "May 1, 2023", "2023-05-01"."""
    n = len(toks)
    t = toks[i] if i < n else ""
    if _is_year(t) and toks[i + 1 : i + 2] == ["-"] and toks[i + 3 : i + 4] == ["-"] and i + 4 < n:
        m, d = toks[i + 2], toks[i + 4]
        if m.isdigit() and 1 <= int(m) <= 12 and _day_number(d):
            return _Day(int(m), int(d), int(t), i + 5)
        return None
    day = _day_number(t)
    if day is not None:
        j = _skip_ordinal(toks, i + 1)
        j += 1 if j < n and toks[j] == "of" else 0
        if j < n and toks[j] in MONTHS:
            year, end = _year_after(toks, j + 1)
            return _Day(MONTHS[toks[j]], day, year, end)
        return None
    if t in MONTHS and i + 1 < n and _day_number(toks[i + 1]) and not _is_year(toks[i + 1]):
        year, end = _year_after(toks, _skip_ordinal(toks, i + 2))
        return _Day(MONTHS[t], _day_number(toks[i + 1]), year, end)
    return None


def _day_range(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """Days: "between 3 June and 14 August 2022" (both ends included), "on 5 March 2024", "since 3 March 2021"."""
    t = toks[i]
    first = _day_at(toks, i + 1) if t in ("between", *_DAY_BOUNDS) else None
    if first is None:
        return None
    if t in ("between", "from") and first.end < len(toks) and toks[first.end] in RANGE_JOINS:
        last = _day_at(toks, first.end + 1)
        if last is not None and (first.year or last.year):
            y2 = last.year or first.year
            y1 = first.year or (y2 if (first.month, first.day) <= (last.month, last.day) else y2 - 1)
            s, e = first.date(y1), last.date(y2)
            if s and e and s <= e:
                return DateRange(s, e + dt.timedelta(days=1), f"{s.isoformat()} to {e.isoformat()}", i, last.end)
        if t == "between":
            return None
    d = first.date(first.year) if first.year else None
    if d is None:
        return None
    span = (i, first.end)
    if t == "on":
        return DateRange(d, d + dt.timedelta(days=1), d.isoformat(), *span)
    if t in ("before", "until", "till"):
        return DateRange(None, d if t == "before" else d + dt.timedelta(days=1), f"{t} {d.isoformat()}", *span)
    if t == "after":
        return DateRange(d + dt.timedelta(days=1), None, f"after {d.isoformat()}", *span)
    return DateRange(d, None, f"since {d.isoformat()}", *span)


def _month_of_year(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """A month with its year said another way: "March of 2023", "March last year", "in March this year"."""
    t = toks[i]
    if t not in MONTHS:
        return None
    j = i + 1 + (1 if toks[i + 1 : i + 2] == ["of"] else 0)
    if j < len(toks) and _is_year(toks[j]) and j > i + 1:
        s = dt.date(int(toks[j]), MONTHS[t], 1)
        return DateRange(s, _add_months(s, 1), f"{t.title()} {s.year}", i, j + 1)
    if toks[j : j + 2] in (["last", "year"], ["previous", "year"], ["this", "year"], ["current", "year"]):
        y = today.year - (1 if toks[j] in ("last", "previous") else 0)
        s = dt.date(y, MONTHS[t], 1)
        return DateRange(s, _add_months(s, 1), f"{t.title()} {y}", i, j + 2, relative=True)
    return None


def _bare_month(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "in March" with no year: the latest March up to today (relative, as "last month" is)."""
    t = toks[i]
    if t not in MONTHS or t == "may" or i == 0 or toks[i - 1] not in ("in", "during"):
        return None
    if i + 1 < len(toks) and (_is_year(toks[i + 1]) or _day_number(toks[i + 1]) or toks[i + 1] in RANGE_JOINS):
        return None
    y = today.year if MONTHS[t] <= today.month else today.year - 1
    s = dt.date(y, MONTHS[t], 1)
    return DateRange(s, _add_months(s, 1), f"{t.title()} {y}", i, i + 1, relative=True)


def find_date_range(toks: list[str], today: dt.date) -> DateRange | None:
    """Find the first date-range phrase in lower-case tokens: at each position the readers of
    :data:`_READERS` are tried in order; "in March" with no year is tried only when nothing else matched."""
    for i in range(len(toks)):
        for read in _READERS:
            said = read(toks, i, today)
            if said is not None:
                return said
    return next((r for i in range(len(toks)) if (r := _bare_month(toks, i, today)) is not None), None)


def _next_two(toks: list[str], i: int) -> tuple[str, str]:
    """The two tokens after ``i`` ("" past the end)."""
    n = len(toks)
    return (toks[i + 1] if i + 1 < n else ""), (toks[i + 2] if i + 2 < n else "")


def _quarter_code(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "Q1 2025", "q3" (this year)."""
    t = toks[i]
    if not (len(t) == 2 and t[0] == "q" and t[1] in "1234"):
        return None
    nxt, _ = _next_two(toks, i)
    q = int(t[1])
    y = int(nxt) if _is_year(nxt) else today.year
    s = dt.date(y, 3 * (q - 1) + 1, 1)
    return DateRange(s, _add_months(s, 3), f"Q{q} {y}", i, i + (2 if _is_year(nxt) else 1))


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_words(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "first quarter of 2024", "the third quarter" (this year)."""
    t, n = toks[i], len(toks)
    if t not in _QUARTER_ORDINALS or _next_two(toks, i)[0] != "quarter":
        return None
    q = _QUARTER_ORDINALS[t]
    j = i + 2
    if j < n and toks[j] in ("of", "in"):
        j += 1
    y = int(toks[j]) if j < n and _is_year(toks[j]) else today.year
    s = dt.date(y, 3 * (q - 1) + 1, 1)
    return DateRange(s, _add_months(s, 3), f"Q{q} {y}", i, j + 1 if j < n and _is_year(toks[j]) else i + 2)


def _named_period(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "last month", "this year", "previous quarter", "past week": a calendar period near today."""
    t, (unit, _) = toks[i], _next_two(toks, i)
    if t not in ("last", "past", "previous", "this", "current") or unit not in ("month", "year", "quarter", "week"):
        return None
    this = t in ("this", "current")
    if unit == "year":
        s = dt.date(today.year - (0 if this else 1), 1, 1)
        e = _year(s.year)[1]
    elif unit == "month":
        cur = dt.date(today.year, today.month, 1)
        s = cur if this else _add_months(cur, -1)
        e = _add_months(s, 1)
    elif unit == "quarter":
        cur = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        s = cur if this else _add_months(cur, -3)
        e = _add_months(s, 3)
    else:
        monday = today - dt.timedelta(days=today.weekday())
        s = monday if this else monday - dt.timedelta(days=7)
        e = s + dt.timedelta(days=7)
    return DateRange(s, e, f"{t} {unit}", i, i + 2)


def _last_n_units(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "last 30 days", "past 3 months": from that long ago up to today, included."""
    nxt, nxt2 = _next_two(toks, i)
    if toks[i] not in ("last", "past", "previous") or not nxt.isdigit():
        return None
    unit = nxt2.rstrip("s")
    if unit not in ("day", "week", "month", "year"):
        return None
    k = int(nxt)
    if unit == "day":
        s = today - dt.timedelta(days=k)
    elif unit == "week":
        s = today - dt.timedelta(days=7 * k)
    elif unit == "month":
        s = _shift_months(today, -k)
    else:
        s = dt.date(today.year - k, today.month, today.day if not (today.month == 2 and today.day == 29) else 28)
    return DateRange(s, today + dt.timedelta(days=1), f"last {k} {unit}s", i, i + 3)


def _day_word(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "today", "yesterday", "ytd" and "year to date"."""
    t, (nxt, nxt2) = toks[i], _next_two(toks, i)
    if t == "today":
        return DateRange(today, today + dt.timedelta(days=1), "today", i, i + 1)
    if t == "yesterday":
        return DateRange(today - dt.timedelta(days=1), today, "yesterday", i, i + 1)
    if t == "ytd" or (t == "year" and nxt == "to" and nxt2 == "date"):
        return DateRange(
            dt.date(today.year, 1, 1), today + dt.timedelta(days=1), "year to date", i, i + (1 if t == "ytd" else 3)
        )
    return None


def _between_months(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "from May to July 2024", "between May 2023 and February 2024": whole months, both ends included."""
    t, n, (nxt, nxt2) = toks[i], len(toks), _next_two(toks, i)
    if t not in ("between", "from") or nxt not in MONTHS:
        return None
    j = i + 2 + (1 if _is_year(nxt2) else 0)
    ends = j + 2 < n and toks[j] in ("and", "to", "-", "through", "until") and toks[j + 1] in MONTHS
    if not (ends and _is_year(toks[j + 2])):
        return None
    y2 = int(toks[j + 2])
    y1 = int(nxt2) if _is_year(nxt2) else (y2 if MONTHS[nxt] <= MONTHS[toks[j + 1]] else y2 - 1)
    s, e = dt.date(y1, MONTHS[nxt], 1), _add_months(dt.date(y2, MONTHS[toks[j + 1]], 1), 1)
    return DateRange(s, e, f"{nxt.title()} {y1} to {toks[j + 1].title()} {y2}", i, j + 3) if s < e else None


def _between_years(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "between 2020 and 2022", "from 2019 to 2021": whole years, both ends included."""
    nxt, nxt2 = _next_two(toks, i)
    if not (
        toks[i] in ("between", "from")
        and _is_year(nxt)
        and nxt2 in ("and", "to", "-", "through", "until")
        and i + 3 < len(toks)
        and _is_year(toks[i + 3])
    ):
        return None
    a, b = int(nxt), int(toks[i + 3])
    return DateRange(dt.date(a, 1, 1), dt.date(b + 1, 1, 1), f"{a} to {b}", i, i + 4)


_BOUND_WORDS = ("before", "after", "since", "until", "till", "prior")


def _year_bound(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "before 2020", "after March 2021", "since 2019", "until 2022", "after the year 2020": an open range."""
    t, n, (nxt, nxt2) = toks[i], len(toks), _next_two(toks, i)
    k = i + 1
    while t in _BOUND_WORDS and k + 1 < n and toks[k] in ("the", "year"):
        k += 1
    if k > i + 1 and toks[k - 1] == "year":
        nxt, nxt2 = toks[k], toks[k + 1] if k + 1 < n else ""
    else:
        k = i + 1
    if t not in (*_BOUND_WORDS, "from") or not (
        _is_year(nxt) or (nxt in MONTHS and _is_year(nxt2)) or (nxt == "to" and _is_year(nxt2))
    ):
        return None
    j = k + 1 if nxt == "to" else k
    if toks[j] in MONTHS:
        d = dt.date(int(toks[j + 1]), MONTHS[toks[j]], 1)
        span_end, after_d = j + 2, _add_months(d, 1)
    else:
        d = dt.date(int(toks[j]), 1, 1)
        span_end, after_d = j + 1, dt.date(d.year + 1, 1, 1)
    if t in ("before", "until", "till", "prior"):
        return DateRange(None, d if t in ("before", "prior") else after_d, f"{t} {d.isoformat()}", i, span_end)
    if t in ("since", "from"):
        return DateRange(d, None, f"since {d.isoformat()}", i, span_end)
    return DateRange(after_d, None, "after " + " ".join(toks[k:span_end]), i, span_end)


def _month_or_year(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "March 2024" (a month) or "2024" alone (a year, unless a month name comes before it)."""
    t, (nxt, _) = toks[i], _next_two(toks, i)
    if t in MONTHS and _is_year(nxt):
        s = dt.date(int(nxt), MONTHS[t], 1)
        return DateRange(s, _add_months(s, 1), f"{t.title()} {nxt}", i, i + 2)
    if _is_year(t) and not (i and toks[i - 1] in MONTHS):
        return DateRange(*_year(int(t)), t, i, i + 1)
    return None


#: words after "<period> or" that open it towards later or earlier periods ("2014 or after", "2019 or earlier")
_LATER_WORDS = ("after", "later", "since", "beyond")
_EARLIER_WORDS = ("before", "earlier", "prior")
#: the words that open a period (:func:`_open_period`), beside the period's own
OPEN_PERIOD_WORDS = frozenset({"or", "onwards", "onward", *_LATER_WORDS, *_EARLIER_WORDS})


def _open_period(toks: list[str], i: int, today: dt.date) -> DateRange | None:
    """ "2014 or after", "March 2024 or later", "2019 or earlier", "2020 onwards": the period itself and every
    one after it (or before it), an open range."""
    base = _month_or_year(toks, i, today)
    if base is None or base.last >= len(toks):
        return None
    k = base.last
    if toks[k] in ("onwards", "onward"):
        return DateRange(base.start, None, f"{base.label} onwards", i, k + 1)
    if toks[k] != "or" or k + 1 >= len(toks):
        return None
    if toks[k + 1] in _LATER_WORDS:
        return DateRange(base.start, None, f"{base.label} or later", i, k + 2)
    if toks[k + 1] in _EARLIER_WORDS:
        return DateRange(None, base.end, f"{base.label} or earlier", i, k + 2)
    return None


_READERS = (
    _day_range,
    _month_of_year,
    _quarter_code,
    _quarter_words,
    _named_period,
    _last_n_units,
    _day_word,
    _between_months,
    _between_years,
    _year_bound,
    _open_period,
    _month_or_year,
)
"""The date phrases :func:`find_date_range` reads at a position, in the order they are tried."""


def _shift_months(d: dt.date, k: int) -> dt.date:
    y, m = divmod(d.month - 1 + k, 12)
    day = min(d.day, 28)
    return dt.date(d.year + y, m + 1, day)


def find_bucket(toks: list[str]) -> tuple[str, int, int] | None:
    """``monthly`` / ``per month`` / ``by year`` / ``each quarter`` -> (bucket, first, last)."""
    for i, t in enumerate(toks):
        if t in BUCKET_WORDS:
            return BUCKET_WORDS[t], i, i + 1
        if t in ("weekday", "weekdays") and i > 0 and toks[i - 1] in ("per", "by", "each", "every", "of"):
            return "dow", i - 1, i + 1
        if t == "day" and toks[i + 1 : i + 3] in (["of", "week"],) or toks[i + 1 : i + 4] == ["of", "the", "week"]:
            start = i - 1 if i > 0 and toks[i - 1] in ("per", "by", "each", "every") else i
            return "dow", start, i + (3 if toks[i + 1 : i + 3] == ["of", "week"] else 4)
        if t in ("per", "by", "each", "every") or (t in ("over", "across") and i + 1 < len(toks)):
            j = i + 1
            if j < len(toks) and toks[j] in ("the", "each", "every"):
                j += 1
            if j < len(toks):
                u = toks[j].rstrip("s") if toks[j] != "days" else "day"
                year = j + 2 < len(toks) and toks[j + 2].isdigit() and len(toks[j + 2]) == 4
                if u in BUCKET_UNITS and not (j + 1 < len(toks) and toks[j + 1] in ("of",) and not year):
                    return BUCKET_UNITS[u], i, j + 1  # "each month of 2024": by month, within the year
        if (
            t in ("month", "year", "quarter", "week", "day")
            and i + 2 < len(toks)
            and toks[i + 1] == "by"
            and toks[i + 2] == t
        ):
            return BUCKET_UNITS[t], i, i + 3
    return None
