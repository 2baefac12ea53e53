"""Doubts of a statement's shape: what it invents or gets wrong whatever the words (a constant count, a bare
key, a count, grouping, period or join no word asked for, a sum or ranking fanned out by a join). Pure finders
over the parse, the statement's tree and the links; :func:`.doubts.gather` calls them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .confidence import WEAK, Link
from .dropped import DATE_LITERAL
from .lexicon import inflected_verb, split_identifier
from .patterns import (
    ADJ_COLUMNS,
    AVERAGE_WORDS,
    BE_FORMS,
    BREAKDOWN_WORDS,
    CHARGE_WORDS,
    CHOOSING_WORDS,
    COUNT_ASK_WORDS,
    COUNT_NOUNS,
    DISTINCT_WORDS,
    FLAG_PREFIXES,
    GENERIC_MONEY_WORDS,
    GROUP_LEADS,
    MODIFIER_LEADS,
    MONEY_QUALIFIERS,
    MONEY_WORDS,
    MOST_LEAST,
    PERCENT_LEADS,
    PERIOD_NOUNS,
    RATIO_NOUNS,
    SHARE_WORDS,
    SUPERLATIVE_WORDS,
    WHO_WORDS,
)
from .schema import DATE_FAMILIES

if TYPE_CHECKING:
    pass


#: a statement joining this many tables no word names and nothing needs (``unnamed_join``) took a path no word
#: asked for (one such table is mostly a test that a related row exists: "students with a pet")
UNNAMED_CHAIN = 2


def constant_measure(tree: Any, schema: Any) -> str | None:
    """The table when a one-table statement groups by that table's primary key and counts its rows: every
    group is one row, so the count is 1 throughout and ranks nothing ("books by number of books"). A reading
    like that lost the rows the question meant to count. The outer select is read with its own tables only: a
    sub-query filtering its rows ("... WHERE x IN (SELECT ...)") leaves its groups one row each. (A sub-query of
    FROM is not read: an outer count of its rows is the figure, whatever it counts per group.)"""
    from sqlglot import exp

    return _constant_count(tree, schema) if isinstance(tree, exp.Select) else None


def _scope_tables(select: Any) -> list[str] | None:
    """The tables one select reads in its own FROM and JOINs, or ``None`` when one of them is a sub-query."""
    from sqlglot import exp

    sources = [select.args["from_"].this] if select.args.get("from_") else []
    sources += [j.this for j in select.args.get("joins") or ()]
    if not sources or not all(isinstance(x, exp.Table) for x in sources):
        return None
    return [x.name for x in sources]


def _owner(col: Any, tables: Any) -> str:
    """The table a column of a statement belongs to: its qualifier, else the statement's one table ("" when it
    reads several and the column names none)."""
    distinct = set(tables)
    return col.table or (next(iter(distinct)) if len(distinct) == 1 else "")


def _constant_count(select: Any, schema: Any) -> str | None:
    """:func:`constant_measure` for one select."""
    from sqlglot import exp

    group = select.args.get("group")
    names = _scope_tables(select)
    if group is None or not names:
        return None
    own = [c for c in select.find_all(exp.Count) if c.find_ancestor(exp.Select) is select]
    if len(set(names)) > 1:
        return _distinct_key_per_key(own, group, schema) or _base_rows_over_to_one_joins(select, own, group, schema)
    name = names[0]
    table = schema.table(name) if name in {t.name for t in schema.tables} else None
    key = {k.lower() for k in (table.primary_key if table else ())}
    grouped = {c.name.lower() for c in group.find_all(exp.Column)}
    if not key or not key <= grouped:
        return None
    for count in own:
        arg = count.this
        if isinstance(arg, exp.Distinct):
            arg = arg.expressions[0] if len(arg.expressions) == 1 else None
        if isinstance(arg, exp.Star) or (isinstance(arg, exp.Column) and arg.name.lower() in key):
            return name
    return None


def _base_rows_over_to_one_joins(select: Any, counts: list[Any], group: Any, schema: Any) -> str | None:
    """The FROM table when a joined statement groups by that table's primary key and counts its rows (``*`` or its
    key) while every join reaches one row only (each joined table is met on its own primary key, so a row of
    the FROM table finds at most one of it): each group is still one row ("leads ranked by the number of
    leads, with their owner's region")."""
    from sqlglot import exp

    frm = select.args["from_"].this
    tables = {frm.alias_or_name.lower(): frm.name}
    for join in select.args.get("joins") or ():
        tables[join.this.alias_or_name.lower()] = join.this.name
    known = {t.name.lower(): t for t in schema.tables}
    base = known.get(frm.name.lower())
    if base is None or not base.primary_key:
        return None
    seen = {frm.alias_or_name.lower()}
    for join in select.args.get("joins") or ():
        alias = join.this.alias_or_name.lower()
        other = known.get(join.this.name.lower())
        on = join.args.get("on")
        if other is None or not isinstance(on, exp.EQ) or join.kind not in ("", "INNER", "OUTER"):
            return None
        sides = [on.this, on.expression]
        if not all(isinstance(c, exp.Column) and c.table for c in sides):
            return None
        mine = [c for c in sides if c.table.lower() == alias]
        theirs = [c for c in sides if c.table.lower() in seen]
        if len(mine) != 1 or len(theirs) != 1 or [mine[0].name.lower()] != [k.lower() for k in other.primary_key]:
            return None
        seen.add(alias)
    own = frm.alias_or_name.lower()
    key = {k.lower() for k in base.primary_key}
    grouped = {c.name.lower() for c in group.find_all(exp.Column) if c.table.lower() == own}
    if not key <= grouped:
        return None
    for count in counts:
        arg = count.this
        if isinstance(arg, exp.Distinct):
            arg = arg.expressions[0] if len(arg.expressions) == 1 else None
        if isinstance(arg, exp.Star) or (
            isinstance(arg, exp.Column) and arg.table.lower() == own and arg.name.lower() in key
        ):
            return base.name
    return None


def _distinct_key_per_key(counts: list[Any], group: Any, schema: Any) -> str | None:
    """The table when a joined statement counts the distinct keys of a table it groups by that same key: one per
    group, whatever the joins ("places by number of distinct places")."""
    from sqlglot import exp

    grouped = {(c.table.lower(), c.name.lower()) for c in group.find_all(exp.Column) if c.table}
    for count in counts:
        arg = count.this
        if not isinstance(arg, exp.Distinct) or len(arg.expressions) != 1:
            continue
        col = arg.expressions[0]
        table = schema.table(col.table) if isinstance(col, exp.Column) and col.table else None
        if table is not None and [col.name] == table.primary_key and (col.table.lower(), col.name.lower()) in grouped:
            return table.name
    return None


def bare_key(tree: Any, schema: Any, links: tuple[Link, ...]) -> str | None:
    """The column when the statement shows only a key (a primary key or a reference) that no word of the
    question names: "which branch lends the most" answered with branch ids, "how much did the last
    repair cost" with the repair's id. The reading found the rows but lost what was asked of them."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or len(tree.expressions) != 1:
        return None
    col = tree.expressions[0]
    if not isinstance(col, exp.Column):
        return None
    tables = set(_scope_tables(tree) or ())  # a sub-query's tables filter the rows, the outer ones show them
    owner = _owner(col, tables)
    table = schema.table(owner) if owner else None
    if table is None or table.column(col.name) is None:
        return None
    name = table.column(col.name).name
    refs = {fk.column for fk in schema.foreign_keys if fk.table == table.name}
    if name not in table.primary_key and name not in refs:
        return None
    if any(x.kind == "column" and x.table == table.name and x.column == name for x in links):
        return None
    return name


def counted_amounts(tree: Any, schema: Any, words: set[str]) -> tuple[str, ...]:
    """Number columns (not a key, not a reference) whose values the statement counts: such a column holds an
    amount itself ("how many seats does the hall have" is the seats value, not how many distinct seat
    figures there are), so counting its values answers another question; unless the question asks for
    different values ("how many different prices")."""
    from sqlglot import exp

    if words & DISTINCT_WORDS:
        return ()
    tables = {t.name: t for t in schema.tables}
    only = [t.name for t in tree.find_all(exp.Table)]
    refs = {(fk.table, fk.column) for fk in schema.foreign_keys}
    out = []
    for count in tree.find_all(exp.Count):
        arg = count.this
        if isinstance(arg, exp.Distinct):
            arg = arg.expressions[0] if len(arg.expressions) == 1 else None
        if not isinstance(arg, exp.Column):
            continue
        table = tables.get(_owner(arg, only))
        col = table.column(arg.name) if table else None
        if col is None or col.family not in ("integer", "number") or col.primary_key:
            continue
        if (table.name, col.name) in refs or col.name.lower().endswith("id"):
            continue
        out.append(col.name)
    return tuple(dict.fromkeys(out))


def odd_measures(tree: Any, schema: Any, values: Any, words: set[str]) -> tuple[str, ...]:
    """Columns the statement sums or averages that hold no amount: a key or a reference (an id's average is no
    figure: "referrals by specialty" as the average referrer id), a date or a time ("total check-ins" as the sum
    of the check-in times; an average date the question asks for is one), or a yes/no flag averaged where the
    question asks for no share, rate or average ("the total value of active contracts" as the average of the
    active flag). A sum of one period's rows (``CASE WHEN ... THEN column END``) is judged by its column."""
    from sqlglot import exp

    tables = {t.name: t for t in schema.tables}
    only = [t.name for t in tree.find_all(exp.Table)]
    refs = {(fk.table, fk.column) for fk in schema.foreign_keys}
    share = bool(words & (SHARE_WORDS | RATIO_NOUNS | AVERAGE_WORDS))
    out = []
    for fn in tree.find_all(exp.Sum, exp.Avg):
        arg = fn.this
        if isinstance(arg, exp.Case) and len(arg.args.get("ifs") or ()) == 1:
            arg = arg.args["ifs"][0].args.get("true")
        if not isinstance(arg, exp.Column):
            continue
        table = tables.get(_owner(arg, only))
        col = table.column(arg.name) if table else None
        if col is None:
            continue
        key = col.primary_key or (table.name, col.name) in refs
        flag = isinstance(fn, exp.Avg) and not share and values is not None and values.flag_pair(table.name, col)
        named = {w.lower() for w in split_identifier(col.name)}
        dated = col.family in DATE_FAMILIES or (col.family == "text" and named & {"date", "time"})
        # a sum of dates is never a figure; an average one is when the question asks for the date itself
        dated = dated and (isinstance(fn, exp.Sum) or not {"date", "time"} & words)
        if key or flag or dated:
            out.append(col.name)
    return tuple(dict.fromkeys(out))


def inverted_extremes(tree: Any, words: set[str]) -> tuple[str, ...]:
    """Columns whose minimum a grouped statement with no limit orders from the top, or whose maximum from the
    bottom, where no grouping word asks for a figure per group: "the lowest-earning player" read as every birth
    date's minimum earnings, highest first. A superlative asked for one row was read as a table of groups.

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT d, MIN(e) FROM p GROUP BY d ORDER BY MIN(e) DESC")
    >>> inverted_extremes(tree, {"lowest", "earning"}), inverted_extremes(tree, {"each"})
    (('e',), ())
    """
    from sqlglot import exp

    if words & GROUP_LEADS or not isinstance(tree, exp.Select) or tree.args.get("group") is None:
        return ()
    if tree.args.get("limit") is not None or tree.args.get("order") is None:
        return ()
    out = []
    for ordered in tree.args["order"].expressions:
        fn, desc = ordered.this, bool(ordered.args.get("desc"))
        if (isinstance(fn, exp.Min) and desc) or (isinstance(fn, exp.Max) and not desc):
            col = fn.this
            out.append(col.name if isinstance(col, exp.Column) else fn.sql())
    return tuple(out)


def charge_for_money(tree: Any, lows: list[str]) -> tuple[str, ...]:
    """A generic money word ("sales", "revenue": ``MONEY_WORDS``) the statement reads as the sum of a charge of its
    own kind (``delivery_fee``, ``tax_amt``: a fee or a ``MONEY_QUALIFIERS`` word in its name) that no word of the
    question names: "sales by channel" is what the sales were worth, not their delivery fees.

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT channel, SUM(delivery_fee) FROM sales GROUP BY channel")
    >>> charge_for_money(tree, ["sales", "by", "channel"]), charge_for_money(tree, ["delivery", "fee", "sales"])
    (('sales',), ())
    """
    from sqlglot import exp

    from .lexicon import name_words

    said = [w for w in lows if w in MONEY_WORDS]
    if not said:
        return ()
    asked = {form for w in lows for form in (w, w.rstrip("s"))}
    for fn in tree.find_all(exp.Sum, exp.Avg):
        col = fn.this if isinstance(fn.this, exp.Column) else None
        words = set(name_words(col.name)) if col is not None else set()
        if words & (CHARGE_WORDS | MONEY_QUALIFIERS) and not (words - GENERIC_MONEY_WORDS) & asked:
            return (said[0],)
    return ()


def summed_for_count(parse: Any, tree: Any) -> tuple[str, ...]:
    """ "How many <table>" answered with a sum of another table's number that does not name those rows: the rows
    asked to be counted were not ("how many customers have never bought anything" as the quantity of sale lines).
    A quantity named for the things counted ("how many tickets" as the sum of ``num_tickets``) is such a count."""
    from sqlglot import exp

    from .lexicon import name_words, singular

    if not isinstance(tree, exp.Select):
        return ()
    lows = [t.low for t in parse.toks]
    at = next((k + 2 for k in range(len(lows) - 2) if lows[k : k + 2] == ["how", "many"]), None)
    counted = next((m for m in parse.mentions if m.start == at and m.kind == "table" and m.t), None)
    own = [e for e in tree.expressions if e.find(exp.AggFunc) is not None]
    if counted is None or not own or any(e.find(exp.Count) is not None for e in own):
        return ()
    named = {singular(w.lower()) for w in split_identifier(counted.t)}
    tables = {t.name.lower() for t in tree.find_all(exp.Table)}
    for e in own:
        for fn in e.find_all(exp.Sum):
            col = fn.this if isinstance(fn.this, exp.Column) else None
            other = col is not None and _owner(col, tables).lower() != counted.t.lower()
            if other and not named & set(name_words(col.name)):
                return (" ".join(parse.toks[k].orig for k in range(at - 2, counted.end)),)
    return ()


def unnamed_rankings(tree: Any, links: tuple[Link, ...], base: str | None, lows: list[str]) -> tuple[str, ...]:
    """Columns a statement orders by, as they are, that belong to a table other than the rows ranked which no word
    of the question names, when no superlative stands right before the rows' noun: "the 10 biggest spending
    customers" ordered by the floor area of each customer's home store (the measure that ranks them was invented
    from a table the question never mentions), not "the tallest poker player" by the height of the player's
    person row (the adjective says the rows' own measure).

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT c.name FROM c JOIN s ON c.sid = s.id ORDER BY s.area DESC LIMIT 10")
    >>> unnamed_rankings(tree, (), "c", ["biggest", "spending", "c"]), unnamed_rankings(tree, (), "c", ["biggest", "c"])
    (('area',), ())
    """
    from sqlglot import exp

    order = tree.args.get("order") if isinstance(tree, exp.Select) else None
    if order is None or not base:
        return ()
    rows = {x.start for x in links if x.kind == "table" and (x.table or "").lower() == base.lower()}
    rows |= {k for k, w in enumerate(lows) if w == base.lower()}
    if any(w in ADJ_COLUMNS and k + 1 in rows for k, w in enumerate(lows)):
        return ()  # "the tallest poker player": the adjective says the rows' own measure
    named = {(x.table or "").lower() for x in links if x.kind in ("table", "column", "value")}
    out = []
    for ordered in order.expressions:
        col = ordered.this
        if isinstance(col, exp.Column) and col.table and col.table.lower() not in named | {base.lower()}:
            out.append(col.name)
    return tuple(out)


def things_for_who(tree: Any, schema: Any, base: str | None, lows: list[str]) -> tuple[str, ...]:
    """The table a question opening with "who" is answered with, when neither its rows nor those of any table it
    shows are people or a body of them (its noun's WordNet kind, or a person's name column) while another table's
    rows are: "who still works at the Berlin hostel" answered with hostels has not found the people asked for.

    >>> import sqlglot
    >>> from .schema import Column, Schema, Table
    >>> schema = Schema([Table("hostels", [Column("name")]), Table("staff", [Column("surname")])])
    >>> tree = sqlglot.parse_one("SELECT name FROM hostels")
    >>> things_for_who(tree, schema, "hostels", ["who", "works", "here"])
    ('hostels',)
    >>> things_for_who(tree, schema, "hostels", ["which", "hostel"])
    ()
    """
    from sqlglot import exp

    from .lexicon import holds_people, name_words, singular
    from .wordnet import relations

    if not lows or lows[0] not in WHO_WORDS or not base or not isinstance(tree, exp.Select):
        return ()

    def of_people(name: str) -> bool:
        return holds_people(schema, name) is not False  # a derived table, or a noun WordNet lacks: nothing to say

    def says_person(column: str) -> bool:
        # "manager_name", "director": a column holding who
        return any(set(relations(singular(w)).kind) & {"person"} for w in name_words(column))

    columns = [c for e in tree.expressions for c in e.find_all(exp.Column)]
    shown = {c.table or base for c in columns} or {base}
    if any(of_people(t) for t in shown) or any(says_person(c.name) for c in columns):
        return ()
    if not any(of_people(t.name) for t in schema.tables):
        return ()
    return (base,)


#: prepositions after which "every"/"all" relates the rows to the whole of another table ("stayed at every
#: hostel", "bought from all our suppliers"), not a grouping ("for each", "in every region")
UNIVERSAL_PREPOSITIONS = frozenset({"at", "from", "to", "with", "by", "on", "in", "for", "across"})
#: prepositions after which a bare "every X" still groups ("for every hostel", "in every region")
GROUPING_PREPOSITIONS = frozenset({"for", "in", "per", "across", "on"})


def _opens_rows(word: str) -> bool:
    """Whether ``word`` may open the rows after "all": a determiner or a plural noun ("all our hostels", "all
    suppliers"), not the end of "at all" ("no orders at all, sorted")."""
    from .lexicon import singular

    return word in MODIFIER_LEADS or (word.isalpha() and singular(word) != word)


def dropped_universals(tree: Any, lows: list[str]) -> tuple[str, ...]:
    """The words asking that rows relate to every row of another table ("guests who stayed at every one of our
    hostels", "stayed at all our hostels", "bought from every supplier") when the statement compares no count
    with a whole table's (``HAVING COUNT(DISTINCT ...) = (SELECT COUNT(*) ...)``): the "every" was dropped and the
    answer keeps rows related to any one. A bare "every"/"all" in a statement that measures is a grouping.

    >>> import sqlglot
    >>> tree = sqlglot.parse_one("SELECT g.name FROM g JOIN b ON b.gid = g.id")
    >>> dropped_universals(tree, "guests who stayed at every one of our hostels".split())
    ('every one of',)
    >>> dropped_universals(tree, "bookings for every hostel".split()), dropped_universals(tree, "all hostels".split())
    ((), ())
    """
    from sqlglot import exp

    having = tree.args.get("having") if isinstance(tree, exp.Select) else None
    if having is not None and having.find(exp.Subquery, exp.Select):
        return ()
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    # "number of boats moored at every harbour": a figure per harbour, a grouping
    measured = select is not None and (select.args.get("group") is not None or select.find(exp.AggFunc) is not None)
    out = []
    for k, w in enumerate(lows[1:], 1):
        if w not in ("every", "all") or lows[k - 1] not in UNIVERSAL_PREPOSITIONS:
            continue
        rest = lows[k + 1 : k + 3]
        if rest[:2] == ["one", "of"] or (rest[:1] == ["single"] and w == "every"):
            out.append(" ".join(lows[k : k + 3]))  # "every one of", "every single"
        elif measured or lows[k - 1] in GROUPING_PREPOSITIONS:
            continue
        elif w == "every" or (k + 1 < len(lows) and _opens_rows(lows[k + 1])):
            out.append(w)  # "at every hostel", "at all our hostels", "from all suppliers"; not "none at all"
    return tuple(out)


def rate_units(parse: Any, tree: Any, schema: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Decimal columns a statement groups by that the question names as a unit after "per" ("the average price
    per litre" grouped by the litres bought): a rate of one amount over another was asked, not a figure for each
    amount."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is None:
        return ()
    grouped = {c.name.lower() for c in tree.args["group"].find_all(exp.Column)}
    out = []
    for x in links:
        tok = parse.toks[x.start] if x.start < len(parse.toks) else None
        table = schema.table(x.table) if x.table else None
        column = table.column(x.column) if table is not None and x.column else None
        if (
            x.kind == "column"
            and x.start
            and parse.toks[x.start - 1].low == "per"
            and tok is not None
            and tok.low == tok.sing
            and column is not None
            and column.family == "number"
            and column.name.lower() in grouped
        ):
            out.append(x.words)
    return tuple(out)


def stray_groupings(parse: Any, tree: Any, schema: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Words of column links no rule placed (the select list took them by default) that a grouped statement
    also groups by, when its grouping spans two tables: "the name and number of loans of each branch" read
    with a book's title beside the branch splits every branch into one group per title, so the figure is no
    longer per branch. A grouped column counts for the table whose key it is joined to (a reference is the
    referenced row), so "each branch" grouped by the loans' branch id and the branch name is one table; a
    column listed after a grouping word ("revenue by category and segment") is a grouping asked for."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is None:
        return ()
    only = {t.name for t in tree.find_all(exp.Table)}
    default = next(iter(only)) if len(only) == 1 else ""
    keys = {(t.name.lower(), k.lower()) for t in schema.tables for k in t.primary_key}

    def ref(col: Any) -> tuple[str, str]:
        return ((col.table or default).lower(), col.name.lower())

    joined: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for eq in tree.find_all(exp.EQ):
        if isinstance(eq.this, exp.Column) and isinstance(eq.expression, exp.Column):
            a, b = ref(eq.this), ref(eq.expression)
            joined.setdefault(a, set()).add(b)
            joined.setdefault(b, set()).add(a)

    def owner(col: tuple[str, str]) -> str:
        if col in keys:
            return col[0]
        return next((o[0] for o in sorted(joined.get(col, ())) if o in keys), col[0])

    grouped = [ref(c) for c in tree.args["group"].expressions if isinstance(c, exp.Column)]
    if len({owner(c) for c in grouped}) < 2:
        return ()
    lows = [t.low for t in parse.toks]
    named = {i for x in links if x.kind in ("table", "column") for i in range(x.start, x.end)}
    out = []
    for x in links:
        if not (x.kind == "column" and not x.used and x.table and x.column):
            continue
        if (x.table.lower(), x.column.lower()) in grouped and not _listed_grouping(lows, named, x.start):
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def grouped_measures(tree: Any) -> tuple[str, ...]:
    """Columns a select both groups by and sums or averages: each group holds one value of the column, so its sum
    is that value times the rows and its average the value itself; the figure asked for per group was lost
    ("total payments by method" grouped by the amount as well as the method).

    >>> import sqlglot
    >>> grouped_measures(sqlglot.parse_one("SELECT amt, mthd, SUM(amt) FROM pmt GROUP BY amt, mthd"))
    ('amt',)
    >>> grouped_measures(sqlglot.parse_one("SELECT mthd, SUM(amt) FROM pmt GROUP BY mthd"))
    ()
    """
    from sqlglot import exp

    out = []
    for select in tree.find_all(exp.Select):
        group = select.args.get("group")
        if group is None:
            continue
        grouped = {(c.table.lower(), c.name.lower()) for c in group.expressions if isinstance(c, exp.Column)}
        for fn in select.find_all(exp.Sum, exp.Avg):
            col = fn.this
            mine = isinstance(col, exp.Column) and fn.find_ancestor(exp.Select) is select
            if mine and (col.table.lower(), col.name.lower()) in grouped:
                out.append(col.name)
    return tuple(dict.fromkeys(out))


def contradictions(tree: Any, planner: Any = None) -> tuple[str, ...]:
    """Columns tested so that no row passes, which a statement returns nothing for by construction: one select's
    conditions, all of which must hold, bound a column so no value passes (``age > 40 AND age < 30``, ``x = 'A'
    AND x = 'B'``); an INTERSECT showing a column its two sides hold to different values (the languages that are
    English and French); a key kept ``IN`` the same key's rows where both sides hold one column of that row, or of
    a row it references (``planner`` tells the direction), to different values (enrolments in a Master and a
    Bachelor programme). "Countries with both a singer over 40 and one under 30" asks for two sets of rows;
    reading it on one row lost that.

    >>> import sqlglot
    >>> contradictions(sqlglot.parse_one("SELECT c FROM s WHERE age > 40 AND age < 30"))
    ('age',)
    >>> contradictions(sqlglot.parse_one("SELECT c FROM s WHERE age > 30 AND age < 40 AND k = 'A'"))
    ()
    >>> contradictions(sqlglot.parse_one("SELECT l FROM t WHERE l = 'en' INTERSECT SELECT l FROM t WHERE l = 'fr'"))
    ('l',)
    """
    from sqlglot import exp

    out = []
    for where in tree.find_all(exp.Where):
        lows: dict[str, list] = {}
        highs: dict[str, list] = {}
        equals = _equal_tests(where)
        for test in _conjuncts(where):
            col, lit = test.this, test.expression
            if not (isinstance(test, (exp.GT, exp.GTE, exp.LT, exp.LTE)) and _column_literal(test)):
                continue
            value = _literal_value(lit)
            bounds = lows if isinstance(test, (exp.GT, exp.GTE)) else highs
            bounds.setdefault(f"{col.table}.{col.name}".lower(), []).append(value)
        for key in {*lows, *highs, *equals}:
            try:
                empty = len(equals.get(key, ())) > 1 or (
                    key in lows and key in highs and max(lows[key]) >= min(highs[key])
                )
            except TypeError:  # a number against text: nothing to compare
                continue
            if empty:
                out.append(key.split(".")[-1])
    for both in tree.find_all(exp.Intersect):
        left, right = both.this, both.expression
        if not (isinstance(left, exp.Select) and isinstance(right, exp.Select)):
            continue
        tests = [_equal_tests(side.args.get("where")) for side in (left, right)]
        for shown in left.expressions:
            col = shown.this if isinstance(shown, exp.Alias) else shown
            key = f"{col.table}.{col.name}".lower() if isinstance(col, exp.Column) else None
            if key and key in tests[0] and key in tests[1] and not tests[0][key] & tests[1][key]:
                out.append(col.name)
    out += _same_row_tests(tree, planner)
    return tuple(dict.fromkeys(out))


def _same_row_tests(tree: Any, planner: Any) -> list[str]:
    """:func:`contradictions` of a key kept ``IN`` its own rows: columns of the same row both sides test."""
    from sqlglot import exp

    out = []
    for test in tree.find_all(exp.In):
        key, inner = test.this, test.args.get("query")
        inner = inner.this if isinstance(inner, exp.Subquery) else inner
        if not (isinstance(key, exp.Column) and isinstance(inner, exp.Select) and len(inner.expressions) == 1):
            continue
        kept = inner.expressions[0]
        if not (isinstance(kept, exp.Column) and (kept.table, kept.name) == (key.table, key.name)):
            continue
        outer = test.find_ancestor(exp.Where)
        mine, theirs = _equal_tests(outer), _equal_tests(inner.args.get("where"))
        for both in set(mine) & set(theirs):
            table = both.split(".")[0]
            same_row = table == key.table.lower() or (planner is not None and not _fans_out(planner, key.table, table))
            if same_row and not mine[both] & theirs[both]:
                out.append(both.split(".")[-1])
    return out


def _fans_out(planner: Any, start: str, table: str) -> bool:
    """:meth:`.sqlgen.Planner.fans_out` for names as a statement spells them (any case)."""
    names = {t.name.lower(): t.name for t in planner.schema.tables}
    return planner.fans_out(names.get(start.lower(), start), names.get(table.lower(), table))


def _conjuncts(where: Any) -> list[Any]:
    """The tests a WHERE joins with AND (itself when it is one test)."""
    from sqlglot import exp

    if where is None:
        return []
    return list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]


def _column_literal(test: Any) -> bool:
    from sqlglot import exp

    return isinstance(test.this, exp.Column) and isinstance(test.expression, exp.Literal)


def _equal_tests(where: Any) -> dict[str, set]:
    """``table.column`` -> the literals a WHERE's AND-joined tests hold it equal to."""
    from sqlglot import exp

    found: dict[str, set] = {}
    for test in _conjuncts(where):
        if isinstance(test, exp.EQ) and _column_literal(test):
            found.setdefault(f"{test.this.table}.{test.this.name}".lower(), set()).add(_literal_value(test.expression))
    return found


def _literal_value(lit: Any) -> float | str:
    """A literal as a number when it is one, else its text: bounds and equalities compare by value."""
    return float(lit.this) if lit.is_number else lit.this


def shown_flags(tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Words of column links no rule placed that name a yes/no column (``FLAG_PREFIXES``: "is_active") the
    statement shows and never tests: "the active members" asks for members whose flag is set, and a list
    of every member with the flag beside answers another question."""
    from sqlglot import exp

    from .lexicon import split_identifier

    if not isinstance(tree, exp.Select):
        return ()
    where = tree.args.get("where")
    tested = {c.name.lower() for c in where.find_all(exp.Column)} if where is not None else set()
    shown = {c.name.lower() for e in tree.expressions for c in e.find_all(exp.Column)}
    out = []
    for x in links:
        if x.kind != "column" or x.used or not x.column:
            continue
        words = split_identifier(x.column)
        name = x.column.lower()
        if len(words) > 1 and words[0] in FLAG_PREFIXES and name in shown and name not in tested:
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def joined_periods(tree: Any, schema: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Date columns of a joined table (not the base) that the statement compares with a date, when no word
    names that table or column and the base has a date column of its own: "patients seen in 2024" may be the
    visits' dates or the patients' own, and the reading took the joined one without being told."""
    from sqlglot import exp

    table = schema.table(base) if base and base in {t.name for t in schema.tables} else None
    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    if table is None or where is None or not any(c.family in DATE_FAMILIES for c in table.columns):
        return ()
    named = {x.table for x in links if x.kind in ("table", "column") and x.table}
    named_columns = {(x.table, (x.column or "").lower()) for x in links if x.kind == "column"}
    out = []
    for cmp in where.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.Between):
        lit = cmp.find(exp.Literal)
        if lit is None or not DATE_LITERAL.match(str(lit.this)):
            continue
        for col in cmp.find_all(exp.Column):
            owner = schema.table(col.table) if col.table else None
            if owner is None or owner.name == table.name or owner.name in named:
                continue
            column = owner.column(col.name)
            if column is None or column.family not in DATE_FAMILIES:
                continue
            if (owner.name, column.name.lower()) not in named_columns and not _bridges(schema, owner.name, base, named):
                out.append(column.name)
    return tuple(dict.fromkeys(out))


def _bridges(schema: Any, owner: str, base: str, named: set[str]) -> bool:
    """Whether rows of ``owner`` relate the base's rows to rows of another table a word names (a stay relates
    the guest to the hostel named): the period then dates what relates them, not a guess between two dates."""
    near = {f.ref_table for f in schema.foreign_keys if f.table == owner}
    near |= {f.table for f in schema.foreign_keys if f.ref_table == owner}
    return base in near and bool((near & named) - {base})


def thing_periods(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Date columns of a thing (a product's launch, a person's start) that a period filters, when no word names
    that date, while the rows measured (aggregated, or shown by a listing) have no date of their own and the
    thing is neither the event they belong to (:func:`.event_dates.parent_events`) nor rows referring to them
    (a tool's rentals), or while the rows a listing shows have a date of their own: lines sold "in 2024" are
    not the lines of products launched in 2024, nor shifts worked in 2024 the shifts of staff who started then."""
    from sqlglot import exp

    from .event_dates import dated, parent_events
    from .lexicon import name_words, names_verb
    from .patterns import STOP

    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    if where is None:
        return ()
    schema = parse.schema
    tables = _scope_tables(tree) or []
    default = tables[0] if len(set(tables)) == 1 else ""
    names = {t.name.lower(): t.name for t in schema.tables}
    measured = set()
    for agg in tree.find_all(exp.AggFunc):
        inner = list(agg.find_all(exp.Column))
        measured |= {names.get((c.table or default).lower()) for c in inner}
        if not inner and tables:
            measured.add(names.get(tables[0].lower()))
    listing = not measured
    if listing:  # a listing: the rows whose columns it shows
        shown = [e.unalias() for e in tree.expressions]
        measured = {names.get((c.table or default).lower()) for e in shown for c in e.find_all(exp.Column)}
    if not measured or None in measured:
        return ()
    if any(dated(schema, m) for m in measured):
        if not listing:
            return ()  # a fact's own date took the period already (``date_filters.fact_dates``)
        # rows listed with a date of their own, read on the date of a thing they refer to (hours "in 2024" read on
        # the worker's start): only a thing a listed row refers to, outside any subquery
        things = {f.ref_table for f in schema.foreign_keys if f.table in measured and f.ref_table not in measured}
        events = {t.name for t in schema.tables} - things
    else:
        # rows that refer to the measured ones (directly or through others) are events of theirs (a tool's
        # rentals), as is the event they belong to; any other table's date is a thing's
        events, level = set(), set(measured)
        while level:
            level = {f.table for f in schema.foreign_keys if f.ref_table in level} - events - measured
            events |= level
        events |= {e for m in measured for e in parent_events(schema, m)}
    named = {(x.table, (x.column or "").lower()) for x in links if x.kind == "column"}
    said = {t.low for t in parse.toks} | {t.lemma for t in parse.toks if t.lemma}
    out = []
    for cmp in where.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.Between):
        lit = cmp.find(exp.Literal)
        if lit is None or not DATE_LITERAL.match(str(lit.this)) or cmp.find_ancestor(exp.Subquery) is not None:
            continue
        for col in cmp.find_all(exp.Column):
            owner = names.get((col.table or default).lower())
            if owner is None or owner in measured or owner in events:
                continue
            column = schema.table(owner).column(col.name)
            if column is None or column.family not in DATE_FAMILIES or (owner, column.name.lower()) in named:
                continue
            if any(names_verb(w, v) or w == v for w in name_words(column.name) if w not in STOP for v in said):
                continue  # "beers launched in 2024": the words name the thing's own date
            out.append(column.name)
    return tuple(dict.fromkeys(out))


def ungrouped_columns(tree: Any) -> tuple[str, ...]:
    """Columns a statement with no GROUP BY shows beside an aggregate: the figure is over all rows and the
    column's value is one arbitrary row's ("the continent with the most languages" shown as the number of
    languages of all countries beside some continent), so the reading lost what the figure was for; in a grouped
    statement, the columns it orders by but neither groups by nor aggregates."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    if tree.args.get("group") is not None:
        return _ungrouped_orders(tree)
    shown = [e.this if isinstance(e, exp.Alias) else e for e in tree.expressions]
    if not any(e.find(exp.AggFunc) for e in shown):
        return ()
    return tuple(e.name for e in shown if isinstance(e, exp.Column))


def _ungrouped_orders(tree: Any) -> tuple[str, ...]:
    """Columns a grouped statement orders by that it neither groups by nor aggregates ("the number of paragraphs
    of each document, ordered by id" ordered by a paragraph's id): each group is placed by one arbitrary row."""
    from sqlglot import exp

    order = tree.args.get("order")
    if order is None:
        return ()
    keys = tree.args["group"].expressions
    grouped = {(c.table.lower(), c.name.lower()) for c in keys if isinstance(c, exp.Column)}
    aliases = {e.alias.lower() for e in tree.expressions if isinstance(e, exp.Alias)}
    out = []
    for ordered in order.expressions:
        if any(ordered.this == key for key in keys):
            continue  # a grouped expression ("by month": the month bucket)
        for col in ordered.find_all(exp.Column):
            if col.find_ancestor(exp.AggFunc) is not None or (not col.table and col.name.lower() in aliases):
                continue
            if (col.table.lower(), col.name.lower()) not in grouped:
                out.append(col.name)
    return tuple(out)


def unasked_groupings(parse: Any, tree: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Words of column links no rule placed, of a related table no word names, right after a column a rule
    read (one noun compound: "star rating"), when they are all an aggregate statement groups by and no grouping
    word (``GROUP_LEADS``) leads them: the select list took the rest of the compound by default and split the
    figure by it ("the average star rating of hotels" split by each review's rating), where one figure was
    asked."""
    from sqlglot import exp

    if not base or not isinstance(tree, exp.Select) or tree.args.get("group") is None:
        return ()
    grouped = {(c.table.lower(), c.name.lower()) for c in tree.args["group"].expressions if isinstance(c, exp.Column)}
    named = {x.table for x in links if x.kind == "table"}
    lows = [t.low for t in parse.toks]
    stray = [
        x
        for x in links
        if x.kind == "column"
        and not x.used
        and x.table not in named
        and x.table != base
        and (x.table.lower(), (x.column or "").lower()) in grouped
        and not (x.start and lows[x.start - 1] in GROUP_LEADS)
        and any(y.kind == "column" and y.used and x.start in (y.end, y.end + 1) for y in links)
    ]
    if not stray or len(grouped) != len({(x.table.lower(), (x.column or "").lower()) for x in stray}):
        return ()
    return tuple(dict.fromkeys(x.words for x in stray))


def _listed_grouping(lows: list[str], named: set[int], start: int) -> bool:
    """Whether a grouping word leads the list a mention stands in ("by category and segment"): going back
    over other names, "and", "," and "the" reaches ``GROUP_LEADS``."""
    k = start - 1
    while k >= 0 and (k in named or lows[k] in ("and", ",", "the")):
        k -= 1
    return k >= 0 and lows[k] in GROUP_LEADS


def echo(tree: Any) -> bool:
    """Whether every shown column of a one-select statement is a column its WHERE sets equal to a literal."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.find(exp.Subquery) is not None:
        return False
    where = tree.args.get("where")
    if where is None or not tree.expressions:
        return False
    fixed = set()
    for eq in where.find_all(exp.EQ):
        if isinstance(eq.this, exp.Column) and isinstance(eq.expression, exp.Literal):
            fixed.add((eq.this.table.lower(), eq.this.name.lower()))
    if any(isinstance(node, exp.Or) for node in where.find_all(exp.Or)):
        return False
    shown = []
    for e in tree.expressions:
        col = e.this if isinstance(e, exp.Alias) else e
        if not isinstance(col, exp.Column):
            return False
        shown.append((col.table.lower(), col.name.lower()))
    return all(c in fixed or (c[0] == "" and any(f[1] == c[1] for f in fixed)) for c in shown)


def _shown_tables(tree: Any, schema: Any, *, plain: bool = False) -> set[str] | None:
    """The tables whose columns the outer select shows (a reference counts for the table it references), or
    ``None`` when a shown column's table cannot be told; with ``plain``, only columns shown as they are (a
    column inside an aggregate shows no row of its table)."""
    from sqlglot import exp

    tables = _scope_tables(tree)
    if tables is None:
        return None
    refs = {(fk.table.lower(), fk.column.lower()): fk.ref_table.lower() for fk in schema.foreign_keys}
    out: set[str] = set()
    for e in tree.expressions:
        if plain and e.find(exp.AggFunc):
            continue
        for col in e.find_all(exp.Column):
            owner = _owner(col, tables).lower()
            if not owner:
                return None
            out.add(owner)
            if (owner, col.name.lower()) in refs:
                out.add(refs[(owner, col.name.lower())])
    return out


def unshown_choices(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Tables a question word picks (``CHOOSING_WORDS`` right before the table's noun, "members on which plan
    rode most", "the heaviest load and on which ticket") that the statement shows no column of as it is (an
    aggregate over them picks none): the rows it shows are another table's, or none, not the ones the question
    asked to pick."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    shown = _shown_tables(tree, parse.schema, plain=True)
    if shown is None:
        return ()
    lows = [t.low for t in parse.toks]
    names = {t.name.lower(): t.name for t in parse.schema.tables}
    out = []
    for x in links:
        if not (x.kind == "table" and x.table and x.start and _chosen_noun(lows, x.start)):
            continue
        if x.table.lower() in shown or x.table.lower() not in names or lows[x.end : x.end + 1] == ["of"]:
            continue  # "what types of rooms": the noun after "of" is what is asked about
        # a row the chosen one references (its one person, its one type) shows it by that row's label
        if any(t in names and not parse.pl.fans_out(x.table, names[t]) for t in shown):
            continue
        out.append(x.words)
    return tuple(dict.fromkeys(out))


def _chosen_noun(lows: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is the one a question asks to pick: right after a choosing word ("which
    members") or after "what are the" ("what are the countries where ...")."""
    if lows[i - 1] in CHOOSING_WORDS:
        return True
    return i >= 3 and lows[i - 1] == "the" and lows[i - 2] in ("are", "were") and lows[i - 3] in CHOOSING_WORDS


def fanned_rankings(parse: Any, tree: Any) -> tuple[str, ...]:
    """An ORDER BY column of a table the shown rows have several of, in a list of more than one row that
    groups and aggregates nothing: "top 3 clients by spend" ordered by one order's amount shows a client once
    per order (a total per client was asked)."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is not None:
        return ()
    limit = tree.args.get("limit")
    n = limit.expression if limit is not None else None
    if not (isinstance(n, exp.Literal) and str(n.this).isdigit() and int(n.this) > 1):
        return ()
    if any(e.find(exp.AggFunc) for e in tree.expressions) or tree.args.get("distinct"):
        return ()
    shown = _shown_tables(tree, parse.schema)
    order = tree.args.get("order")
    if not shown or len(shown) != 1 or order is None:
        return ()
    (table,) = shown
    names = {t.name.lower(): t.name for t in parse.schema.tables}
    out = []
    for col in order.find_all(exp.Column):
        other = col.table.lower()
        if other and other != table and {other, table} <= set(names) and parse.pl.fans_out(names[table], names[other]):
            out.append(col.name)
    return tuple(dict.fromkeys(out))


#: forms of "have" and "be": "has the most seats" says what one row holds, no amount done
HAVE_OR_BE = BE_FORMS | {"has", "have", "had"}


def summed_values(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The one row a statement ranks by a number said after a verb and "most" or "least" ("which fitter has booked
    the most labour hours"; not "has the most seats", an attribute of one row) when what it shows is an attribute
    many rows share (a text column that is not the rows' own label): the question ranks each value by the total
    of its rows, not the one row with the largest number."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is not None or tree.args.get("distinct"):
        return ()
    limit, order = tree.args.get("limit"), tree.args.get("order")
    if order is None or limit is None or getattr(limit.expression, "name", "") != "1":
        return ()
    if len(tree.expressions) != 1 or not isinstance(tree.expressions[0].unalias(), exp.Column):
        return ()
    shown = tree.expressions[0].unalias()
    lows = [t.low for t in parse.toks]
    out = []
    for x in links:
        if x.kind != "column" or not x.table or not x.start or lows[x.start - 1] not in MOST_LEAST:
            continue
        if not any(c.name == x.column for c in order.find_all(exp.Column)):
            continue
        k = x.start - 2 if x.start >= 2 and lows[x.start - 2] != "the" else x.start - 3
        if k < 0 or lows[k] in HAVE_OR_BE or not inflected_verb(lows[k]):
            continue  # "has the most seats": an attribute of one row, not an amount done
        table = parse.schema.table(x.table)
        column = table.column(shown.name) if table is not None else None
        if column is None or column.family != "text" or column.primary_key:
            continue
        if shown.name in parse.pl.label_columns(x.table):
            continue
        out.append(x.words)
    return tuple(out)


def _counts(tree: Any) -> list[Any]:
    """The counts a statement computes as figures of their own (not the base of a share: "100.0 * ... /
    COUNT(*)")."""
    from sqlglot import exp

    return [c for c in tree.find_all(exp.Count) if c.find_ancestor(exp.Div) is None]


def _value_words(parse: Any) -> set[int]:
    """Indexes of the tokens inside a value or a literal of the question."""
    return {i for m in parse.mentions if m.kind in ("value", "literal") for i in range(m.start, m.end)}


def unasked_count(parse: Any, tree: Any) -> bool:
    """Whether a grouped statement counts rows though no word asks for a count or a ranking by one
    (``COUNT_ASK_WORDS``, a number compared with a count, a grouping word before a noun that is no period:
    "customers per city"): "what does <row> cost per month" read as a count of rows per month invented the
    figure."""
    from sqlglot import exp

    counts = _counts(tree)
    if not counts or tree.find(exp.Group) is None:
        return False  # one count of the rows a question names ("orders in 2024 against 2025") is their figure
    toks = parse.toks
    lows = [t.low for t in toks]
    named = _value_words(parse)  # a word inside a value ("the Only One plan") asks for nothing
    if any((w in COUNT_ASK_WORDS or w in BREAKDOWN_WORDS) and i not in named for i, w in enumerate(lows)):
        return False
    if any(m.kind == "number" for m in parse.mentions) and tree.find(exp.Having) is not None:
        return False
    for i, w in enumerate(lows):
        if w not in GROUP_LEADS:
            continue
        after = [x for x in lows[i + 1 : i + 3] if x not in ("the", "a", "an")][:1]
        period = bool(after) and (after[0] in PERIOD_NOUNS or after[0].rstrip("s") in PERIOD_NOUNS)
        # "orders per month" counts the orders; "what does <row> cost per month" names no rows to count
        plural_before = any(toks[k].sing != toks[k].low and k not in named for k in range(i))
        if not period or plural_before:
            return False
    return True


def _period_groups(tree: Any) -> list[Any]:
    """The date columns a select groups by through a function (a month, a day, a year of the date)."""
    from sqlglot import exp

    group = tree.args.get("group") if isinstance(tree, exp.Select) else None
    if group is None:
        return []
    return [c for g in group.expressions if not isinstance(g, exp.Column) for c in g.find_all(exp.Column)]


def remote_periods(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Date columns a statement groups by period (a month, a day of the date) whose table no word names and
    no aggregate measures ("per month" read on the dates of a table three joins away), or whose table's one
    row the statement keeps by its own name or key: a row's figure "per month" or "daily" is a rate, a
    column of that row, not a split of it by its own date."""
    from sqlglot import exp

    cols = _period_groups(tree)
    if not cols:
        return ()
    tables = _scope_tables(tree) or []
    default = tables[0] if len(set(tables)) == 1 else ""
    named = {x.table.lower() for x in links if x.kind in ("table", "column") and x.table}
    measured = set()
    for agg in tree.find_all(exp.AggFunc):
        inner = list(agg.find_all(exp.Column))
        measured |= {(c.table or default).lower() for c in inner}
        if not inner and tables:
            measured.add(tables[0].lower())
    one_row = set()
    where = tree.args.get("where")
    for eq in where.find_all(exp.EQ) if where is not None else ():
        col = eq.this
        if not isinstance(col, exp.Column) or not isinstance(eq.expression, exp.Literal):
            continue
        table = parse.schema.table(col.table or default)
        if table is None:
            continue
        labels = parse.pl.label_columns(table.name)
        keys = {k.lower() for k in table.primary_key} | ({labels[0].lower()} if len(labels) == 1 else set())
        if col.name.lower() in keys:
            one_row.add(table.name.lower())
    names = {t.name.lower(): t.name for t in parse.schema.tables}

    def own_date(owner: str) -> bool:
        # the date of the row each measured row references (an order line's order) dates that row too
        return owner in names and any(m in names and not parse.pl.fans_out(names[m], names[owner]) for m in measured)

    out = []
    for col in cols:
        owner = (col.table or default).lower()
        if owner in one_row or (owner not in named and owner not in measured and not own_date(owner)):
            out.append(col.name)
    return tuple(dict.fromkeys(out))


def unnamed_joins(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Tables a select joins that no word names (no table, column or value of theirs), whose columns it reads
    only in join conditions, and that join no two needed tables: pruned leaf by leaf, they only multiply the
    rows or carry a stray path ("a plan's cost" joined on to subscriptions, accounts and payments)."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    tables = _scope_tables(tree)
    joins = tree.args.get("joins") or ()
    if not tables or len(set(tables)) < 2:
        return ()
    low = [t.lower() for t in tables]
    on_cols = {id(c) for j in joins if j.args.get("on") is not None for c in j.args["on"].find_all(exp.Column)}
    read = {(c.table.lower(), c.name.lower()) for c in tree.find_all(exp.Column) if id(c) not in on_cols and c.table}
    # a partial word no rule used ("cost" read as a payments table), or a column word whose column the statement
    # never reads, names no row the statement needs
    needed = {
        x.table.lower()
        for x in links
        if x.table
        and (x.used or x.weight >= WEAK)
        and (x.kind != "column" or (x.table.lower(), (x.column or "").lower()) in read)
    }
    needed |= {t for t, _ in read}
    if any(isinstance(c.this, exp.Star) for c in tree.find_all(exp.Count)):
        needed.add(low[0])
    edges: dict[str, set[str]] = {t: set() for t in low}
    for j in joins:
        on = j.args.get("on")
        for eq in on.find_all(exp.EQ) if on is not None else ():
            a, b = eq.this, eq.expression
            if isinstance(a, exp.Column) and isinstance(b, exp.Column) and a.table and b.table:
                x, y = a.table.lower(), b.table.lower()
                if x in edges and y in edges and x != y:
                    edges[x].add(y)
                    edges[y].add(x)
    if not needed & set(low):
        return ()
    pruned: list[str] = []
    changed = True
    while changed:
        changed = False
        for t in list(edges):
            if t in needed or len(edges[t]) > 1:
                continue
            for other in edges.pop(t):
                edges[other].discard(t)
            pruned.append(t)
            changed = True
    # one unnamed table joined on keeps the rows that have one ("students with a pet" through the pairing
    # table): only a chain of two or more is a path no word asked for (one table only a verb no rule used names
    # loosely, "clubs that host races", was measured too: it declined more right answers than wrong)
    if len(pruned) < UNNAMED_CHAIN:
        return ()
    # a word naming part of a joined table ("courses with students enrolled" through student enrolments) asked
    # for the path
    from .lexicon import singular

    words = {t.sing for i, t in enumerate(parse.toks) if i not in _value_words(parse)}
    if any(singular(part) in words for t in pruned for part in t.split("_") if len(part) > 2):
        return ()
    return tuple(pruned)


def fanned_sums(parse: Any, tree: Any) -> tuple[str, ...]:
    """Tables a select joins that the rows it sums or averages have several of ("sales of each site" joined on to
    the site's deliveries to filter them by supplier, "average round length by van type" joined through the
    rounds' depot to its vans): each row is added once per joined row, so the total or the mean is not the one
    asked for."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    tables = _scope_tables(tree)
    if not tables or len(set(tables)) < 2:
        return ()
    names = {t.name.lower(): t.name for t in parse.schema.tables}
    out = []
    for agg in (*tree.find_all(exp.Sum), *tree.find_all(exp.Avg)):
        if agg.find_ancestor(exp.Div) is not None or agg.find(exp.Case) is not None:
            continue  # a share's or a conditional count's sum
        owners = {c.table.lower() for c in agg.find_all(exp.Column)}
        if len(owners) != 1 or not owners <= set(names):
            continue
        (summed,) = owners
        out += [t for t in tables if t.lower() in names and parse.pl.fans_out(names[summed], names[t.lower()])]
    return tuple(dict.fromkeys(out))


def uncalled_groupings(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Columns a statement answering "how many" groups by, when no grouping word asks for a split
    (``GROUP_LEADS``, ``BREAKDOWN_WORDS``, a question word before a noun: "which", "what") and no link a rule
    used, nor a full name of the table, names the column or its table ("how many rentals lasted a week" split
    by the customers' last names): one figure was asked. So is a column of a "how many", "the number of" or
    "what percentage of" question named only by a word no rule placed, right after a superlative ("the number of
    concerts in the stadium with the highest capacity" split by capacity) or right before the rows' noun ("what
    percentage of till sales" split by till)."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    pairs = list(zip(lows, lows[1:], strict=False))
    how_many = ("how", "many") in pairs
    if not how_many and not any((a in COUNT_NOUNS or a in PERCENT_LEADS) and b == "of" for a, b in pairs):
        return ()
    group = tree.args.get("group") if isinstance(tree, exp.Select) else None
    if group is None or not all(isinstance(g, exp.Column) for g in group.expressions):
        return ()
    if any(w in GROUP_LEADS or w in BREAKDOWN_WORDS for w in lows):
        return ()
    choosing = any(w in CHOOSING_WORDS for w in lows)
    tables = _scope_tables(tree) or []
    default = tables[0].lower() if len(set(tables)) == 1 else ""
    placed = {(x.table or "").lower() for x in links if x.kind == "table" and (x.used or x.weight >= WEAK)}
    columns = {((x.table or "").lower(), (x.column or "").lower()) for x in links if x.kind == "column" and x.used}
    # a column named only right after a superlative no rule read ranks or picks rows, one named right before a
    # table's noun ("till sales") says which of them: neither splits anything
    table_starts = {x.start for x in links if x.kind == "table"}
    unplaced = {
        ((x.table or "").lower(), (x.column or "").lower())
        for x in links
        if x.kind == "column"
        and not x.used
        and ((x.start and lows[x.start - 1] in SUPERLATIVE_WORDS) or x.end in table_starts)
    }
    out = []
    for col in group.expressions:
        owner = col.table.lower() or default
        key = (owner, col.name.lower())
        if how_many and not choosing and owner not in placed and key not in columns:
            out.append(col.name)
        elif key in unplaced and key not in columns:
            out.append(col.name)  # "the number of concerts in the stadium with the highest capacity": no split asked
    return tuple(dict.fromkeys(out))


def and_for_or(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values the question joins with "or" ("either A or B") that the statement tests each with "=", joined by
    AND with no OR or IN between them: both must hold where either was asked (the words of the second)."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    values = sorted((x for x in links if x.kind == "value" and x.used), key=lambda x: x.start)
    eqs = [eq for eq in tree.find_all(exp.EQ) if isinstance(eq.expression, exp.Literal)]
    out = []
    for a, b in zip(values, values[1:], strict=False):
        if "or" not in lows[a.end : b.start] or b.start - a.end > 4:
            continue
        found = []
        for x in (a, b):
            hits = [
                eq
                for eq in eqs
                if eq.this.name.lower() == (x.column or "").lower()
                and (not eq.this.table or eq.this.table.lower() == (x.table or "").lower())
            ]
            found.append(hits[0] if len(hits) == 1 else None)
        if None in found or found[0] is found[1]:
            continue
        joint = found[0].parent
        while joint is not None and not (isinstance(joint, exp.And) and found[1] in joint.find_all(exp.EQ)):
            joint = joint.parent
        if joint is None:
            continue
        between = [n for n in (found[0].parent, found[1].parent) for n in _up_to(n, joint)]
        if not any(isinstance(n, (exp.Or, exp.In)) for n in between):
            out.append(b.words)
    return tuple(dict.fromkeys(out))


def _up_to(node: Any, top: Any) -> list[Any]:
    """``node`` and its parents below ``top``."""
    out = []
    while node is not None and node is not top:
        out.append(node)
        node = node.parent
    return out
