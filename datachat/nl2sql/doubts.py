"""What a reading leaves in doubt: :func:`gather` collects the :class:`~.confidence.Evidence` of one translation,
one finder per doubt (its links, the schema's close alternatives, what the statement leaves out or invents).

Each finder is a pure function of the parse, the statement's tree and the links; :func:`.confidence.confidence`
weighs what they found (``PENALTIES``) into the score. The doubts are described in :mod:`.confidence`.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .confidence import CLOSE, WEAK, Evidence, Link
from .patterns import (
    ADJ_COLUMNS,
    AMOUNT_QUESTION,
    BOTH_JOINERS,
    BREAKDOWN_WORDS,
    CHOOSING_WORDS,
    CMP_WORDS,
    COMPARED_DETERMINERS,
    COMPARED_FIGURES,
    COMPARED_LEADS,
    COMPARED_NOT_AFTER,
    COUNT_ASK_WORDS,
    DISTINCT_WORDS,
    FIGURE_WORDS,
    FLAG_PREFIXES,
    GROUP_LEADS,
    IGNORABLE_WORDS,
    LIMIT_ASC_LEADS,
    LIMIT_DESC_LEADS,
    LISTED_LEADS,
    MEASURE_SQL,
    MONEY_SQL,
    MONEY_WORDS,
    MOST_OR_LEAST,
    NEGATION_SQL,
    NEGATION_WORDS,
    NUM_WORDS,
    OWNER_PRONOUNS,
    PERIOD_NOUNS,
    REPEAT_NOUNS,
    SUPERLATIVE_WORDS,
    TIME_WORDS,
)

if TYPE_CHECKING:
    from .draft import Draft
    from .sqlgen import Planner


#: a statement joining this many tables or more reads a long chain of relations the question may not state
LONG_JOIN = 4

#: a statement joining this many tables no word names and nothing needs (``unnamed_join``) took a path no word
#: asked for (one such table is mostly a test that a related row exists: "students with a pet")
UNNAMED_CHAIN = 2

#: a value's table this many joins from a subject named by part of its name makes the subject doubtful
FAR_SUBJECT = 3

#: a literal that is a date ("2024-01-01"), as a period filter writes it
_DATE_LITERAL = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---------------------------------------------------------------------------------------------- gathering
def links_of(mentions: list[Any], toks: list[Any], draft: Draft) -> tuple[Link, ...]:
    """The resolved mentions of a parse (over its tokens, with the roles its draft gave them) as :class:`Link`
    values."""
    out = []
    for m in mentions:
        if m.kind not in ("table", "column", "value", "metric") or m.t is None:
            continue
        weight = max((w for t, c, w in m.cands if (t, c) == (m.t, m.c)), default=1.0) if m.kind != "value" else m.weight
        out.append(
            Link(
                m.kind,
                m.start,
                m.end,
                m.text,
                " ".join(t.orig for t in toks[m.start : m.end]),
                m.t,
                m.c,
                float(weight) if isinstance(weight, (int, float)) else 1.0,
                m.margin,
                m.rival,
                fuzzy=m.source == "fuzzy",
                used=draft.has_role(m) and draft.role_of(m) != "_",
                kin=m.source == "kin",
            )
        )
    return tuple(out)


def nearer_wins(links: tuple[Link, ...], planner: Planner, base: str | None) -> tuple[Link, ...]:
    """A rival reading in a table farther from the query's base than the chosen one is no close call: the
    nearer table is what the question is about ("spending by country": the paying customer's country, not the
    country of the employee who serves the customer). Not for a value when no table or column word names the
    base: the base was read from that value, and a value in two tables' columns is a close call ("how many
    <values>")."""
    if not base:
        return links
    named = any(x.kind in ("table", "column") and x.table == base for x in links)
    out = []
    for link in links:
        if link.kind == "value" and not named:
            out.append(link)
            continue
        if link.rival and link.table and planner.distance(base, link.rival[0]) > planner.distance(base, link.table):
            link = replace(link, rival=None)
        out.append(link)
    return tuple(out)


def join_choices(planner: Planner, base: str | None, tables: list[str]) -> tuple[str, ...]:
    """The tables reached from ``base`` by more than one shortest foreign-key path."""
    if not base:
        return ()
    dist, ways = _path_counts(planner, base)
    return tuple(t for t in dict.fromkeys(tables) if t != base and ways.get(t, 0) > 1)


def far_subject(
    planner: Planner, base: str | None, links: tuple[Link, ...], mentions: Iterable[Any], draft: Draft
) -> str | None:
    """The subject ``base`` when only part of its name names it ("members" of a ``club_members`` table) and the
    values the question names all may lie in (a reading of each) one other table that names its own rows,
    ``FAR_SUBJECT`` joins or more away, as far as the reading made reaches for one of them: the shorter reading
    takes that table as the subject."""
    subject = [x for x in links if x.kind == "table" and x.table == base]
    values = [
        {t for t, _, _ in m.cands}
        for m in mentions
        if m.kind == "value" and draft.has_role(m) and draft.role_of(m) != "_"
    ]
    if not base or not subject or any(x.weight >= WEAK for x in subject) or not values:
        return None
    if all(planner.distance(base, x.table) < FAR_SUBJECT for x in links if x.kind == "value"):
        return None  # the reading made reaches every value within a short join already
    holders = set.intersection(*values) - {base}
    if any(planner.has_label(h) and planner.distance(base, h) >= FAR_SUBJECT for h in holders):
        return base
    return None


def counted_label(planner: Planner, tree: Any, base: str) -> str | None:
    """The subject when no word names it and a plain count keeps its rows by one value of their own label (its
    description or name): the rows named so are one or two, so the words for the value likely named the rows to
    count as well ("late arrivals" read as the 'Late arrival' reason, counting reasons)."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") or tree.find(exp.Subquery) is not None:
        return None
    if len(tree.expressions) != 1 or not isinstance(tree.expressions[0].unalias(), exp.Count):
        return None
    labels = {c.lower() for c in planner.label_columns(base)}
    where = tree.args.get("where")
    for eq in where.find_all(exp.EQ) if where else ():
        col = eq.this
        if isinstance(col, exp.Column) and col.table in ("", base) and col.name.lower() in labels:
            return base
    return None


def _path_counts(planner: Planner, base: str) -> tuple[dict[str, int], dict[str, int]]:
    """Breadth-first distances from ``base`` and how many distinct shortest paths reach each table."""
    dist = {base: 0}
    ways = {base: 1}
    dq = deque([base])
    while dq:
        cur = dq.popleft()
        for nb, *_ in planner.adj.get(cur, ()):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                ways[nb] = ways[cur]
                dq.append(nb)
            elif dist[nb] == dist[cur] + 1:
                ways[nb] += ways[cur]
    return dist, ways


@lru_cache(maxsize=64)
def parsed(sql: str, dialect: str) -> Any:
    """The statement's sqlglot tree, parsed once for every reader of one translation (read it, never change it)."""
    import sqlglot

    return sqlglot.parse_one(sql, read=dialect)


def gather(parse: Any, draft: Draft, sql: str, base: str | None, dialect: str) -> Evidence:
    """The evidence of one parse (``engine.Reading`` after ``run``, and the draft it was read into): its links,
    join choices and subject."""
    from sqlglot import exp

    links = nearer_wins(links_of(parse.mentions, parse.toks, draft), parse.pl, base)
    try:
        tree = parsed(sql, dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement: nothing to check it against
        return Evidence(links=links)
    tables = [t.name for t in tree.find_all(exp.Table)]
    columns = {c.name.lower() for c in tree.find_all(exp.Column)}
    named = {link.table for link in links if link.kind == "table"}
    return Evidence(
        links=links,
        join_choices=join_choices(parse.pl, base, tables),
        long_join=len(set(tables)) if len(set(tables)) >= LONG_JOIN else 0,
        far_subject=far_subject(parse.pl, base, links, parse.mentions, draft),
        counted_label=counted_label(parse.pl, tree, base) if bool(base) and base not in named else None,
        implied_subject=bool(base) and base not in named,
        dropped_numbers=_dropped_numbers(parse.mentions, draft, tree) + dropped_comparisons(parse, tree),
        dropped_measures=_dropped_measures(parse, sql),
        dropped_groupings=_dropped_groupings(parse, tree, base, links),
        dropped_breakdowns=dropped_breakdowns(parse, tree),
        counted_grains=counted_grains(parse, tree),
        unshown_choices=unshown_choices(parse, tree, links),
        code_guesses=code_guesses(parse, links),
        name_guesses=name_guesses(parse, links),
        uncounted_nouns=uncounted_nouns(parse),
        fanned_rankings=fanned_rankings(parse, tree),
        unasked_count=unasked_count(parse, tree),
        remote_periods=remote_periods(parse, tree, links),
        unnamed_joins=unnamed_joins(parse, tree, links),
        fanned_sums=fanned_sums(parse, tree),
        uncalled_groupings=uncalled_groupings(parse, tree, links),
        and_for_or=and_for_or(parse, tree, links),
        dropped_negation=_dropped_negation(parse, sql),
        dropped_rankings=_dropped_rankings(parse, tree),
        echo=_echo(tree),
        column_of_column=_column_of_column(parse, links),
        one_for_two=_one_for_two(parse, links, tables),
        superlative_columns=_superlative_columns(parse, links, tree),
        stray_groupings=stray_groupings(parse, tree, parse.schema, links),
        shown_flags=shown_flags(tree, links),
        uncounted=uncounted(parse, tree),
        joined_periods=joined_periods(tree, parse.schema, base, links),
        ungrouped_columns=ungrouped_columns(tree),
        unasked_groupings=unasked_groupings(parse, tree, base, links),
        participle_groupings=participle_groupings(parse, tree, links),
        two_entities=_two_entities(parse, draft, links),
        constant_measure=constant_measure(tree, parse.schema),
        one_row_tests=one_row_tests(parse, tree, base),
        both_tables=both_tables(parse, tree, links),
        reference_choices=reference_choices(parse, tree, links),
        counted_amounts=counted_amounts(tree, parse.schema, {t.low for t in parse.toks}),
        bare_key=None if parse.toks[0].low == "where" else bare_key(tree, parse.schema, links),
        dropped_items=dropped_items(parse, tree, links),
        dropped_owners=dropped_owners(parse, tree, links),
        dropped=tuple(
            x.words for x in links if x.kind == "column" and not x.used and (x.column or "").lower() not in columns
        ),
    )


def _dropped_numbers(mentions: list[Any], draft: Draft, tree: Any) -> tuple[str, ...]:
    """The question's numbers that appear nowhere in the statement (as a literal, a limit, inside a date), and its
    quoted texts that no literal of the statement holds."""
    from sqlglot import exp

    # the exclusive end of a period ("< '2025-01-01'" closing 2024) holds the next year but does not read it
    ends = {id(lt.expression) for lt in tree.find_all(exp.LT) if isinstance(lt.expression, exp.Literal)}
    literals = [
        str(lit.this)
        for lit in tree.find_all(exp.Literal)
        if id(lit) not in ends or not _DATE_LITERAL.fullmatch(str(lit.this))
    ]
    out = []
    for m in mentions:
        text = str(m.value).strip().lower() if m.kind == "literal" and m.value is not None else ""
        if text and not any(text in str(lit).lower() for lit in literals):
            out.append(str(m.value))  # a quoted text the statement never tests
            continue
        if m.kind != "number" or m.value is None or (draft.has_role(m) and draft.role_of(m) != "_"):
            continue  # a number a rule gave a role to is read (a year becomes a date range)
        value = m.value
        forms = {str(value)}
        if isinstance(value, float) and value.is_integer():
            forms.add(str(int(value)))
        if not any(f == lit or f in lit or _same_number(f, lit) for f in forms for lit in literals):
            out.append(str(m.text or value))
    return tuple(out)


def dropped_comparisons(parse: Any, tree: Any) -> tuple[str, ...]:
    """A comparison with a column, a figure or a word nothing read, no number ("more than their target", "above
    the average price"), in a statement that compares nothing but dates: the reading dropped the filter (a
    ``dropped_number``)."""
    from sqlglot import exp

    for node in tree.find_all(exp.GT, exp.LT, exp.GTE, exp.LTE):
        if not (isinstance(node.expression, exp.Literal) and _DATE_LITERAL.fullmatch(str(node.expression.this))):
            return ()
    lows = [t.low for t in parse.toks]
    starts = {m.start for m in parse.mentions if m.kind in ("column", "metric", "table")}
    figures = {i for m in parse.mentions if m.kind not in ("column", "metric", "table") for i in range(m.start, m.end)}
    out = []
    for i in range(len(lows)):
        if lows[i] not in COMPARED_LEADS or (i and lows[i - 1] in COMPARED_NOT_AFTER):
            continue
        j = i + 1
        while j < len(lows) and lows[j] in COMPARED_DETERMINERS:
            j += 1
        if j >= len(lows) or j in figures or lows[j] in TIME_WORDS or lows[j] in NUM_WORDS or not lows[j].isalpha():
            continue  # a number, a value or a period ("more than 3", "more than once", "more than a year")
        if j in starts or lows[j] in COMPARED_FIGURES or not any(m.start <= j < m.end for m in parse.mentions):
            out.append(" ".join(t.orig for t in parse.toks[i : j + 1]))
    return tuple(out)


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _named(parse: Any) -> set[int]:
    """Indexes of the tokens inside a schema name or a value ("invoice no", "Total")."""
    kinds = ("table", "column", "metric", "value", "literal")
    return {i for m in parse.mentions if m.kind in kinds for i in range(m.start, m.end)}


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


def dropped_items(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Tables the question lists as a further item ("names of authors and the books they wrote": "and", then
    only ``LISTED_LEADS``; or asks of with a second question word, "which author wrote which book") that a
    list with no aggregate shows no column of: the reading joined them and dropped them from the answer.
    "Both A and B" joins two conditions, not two items."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or any(e.find(exp.AggFunc) for e in tree.expressions):
        return ()
    shown = {c.table for e in tree.expressions for c in e.find_all(exp.Column)}
    if not shown:
        return ()
    lows = [t.low for t in parse.toks]
    named = {i for y in links for i in range(y.start, y.end)}
    out = []
    for x in links:
        if x.kind != "table" or x.table in shown:
            continue
        k = x.start - 1
        while k >= 0 and lows[k] in LISTED_LEADS:
            k -= 1
        if (k >= 0 and lows[k] == "and" and "both" not in lows[:k]) or _asked_again(lows, k, x.start, named):
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def _asked_again(lows: list[str], k: int, start: int, named: set[int]) -> bool:
    """Whether a question word leads the table word at ``start`` (over ``LISTED_LEADS`` from ``k + 1``) after an
    earlier question word: "which chef cooks which dish" asks for the dishes too. A question word right
    after a name (``named``: "states which border ...") is a relative pronoun of that name, asking nothing."""
    wh = ("which", "what")
    again = [j for j in range(k + 1, start) if lows[j] in wh]
    return (
        k >= 0
        and bool(again)
        and any(w in wh for w in lows[: k + 1])
        and again[0] - 1 not in named
        and lows[again[0] - 1] not in (",", "and", "or")
    )


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
    owner = col.table or (next(iter(tables)) if len(tables) == 1 else "")
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


def reference_choices(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Reference columns a join follows when their table has another reference to the same table that a word
    of the question names while none names the one taken ("addresses students currently live at" joined on
    the permanent address): the reading took the other relation of the same rows than the one asked for."""
    from sqlglot import exp

    from .lexicon import owner_reference

    schema = parse.schema
    words = {lemma for t in parse.toks for lemma in _word_forms(t.low)}
    out = []
    for join in tree.find_all(exp.Join):
        on = join.args.get("on")
        for eq in on.find_all(exp.EQ) if on is not None else ():
            for fk in _references_of(schema, eq):
                siblings = [f for f in schema.foreign_keys if f.table == fk.table and f.ref_table == fk.ref_table]
                others = [f for f in siblings if f is not fk]
                if not others or fk.table == fk.ref_table or owner_reference(fk, siblings):
                    continue  # the owner's side of a pairing table named for the other side
                # the words telling the references apart ("start", "end"), not a word all of them share
                # ("stn" of start_stn_id and end_stn_id, which a terse name's reading may have put in the question)
                common = set.intersection(*(_own_words(f) for f in siblings))
                if (_own_words(fk) - common) & words:
                    continue  # named
                if any((_own_words(f) - common) & words for f in others):
                    out.append(fk.column)
    return tuple(dict.fromkeys(out))


def _own_words(fk: Any) -> set[str]:
    """The words of a reference column's name that tell it from its table's other references to the same
    table (not "id", not the referenced table's or key's words): "current" for current_address_id."""
    from .lexicon import singular, split_identifier

    shared = {singular(w) for name in (fk.ref_table, fk.ref_column) for w in split_identifier(name)}
    return {singular(w) for w in split_identifier(fk.column)} - shared - {"id"}


def _word_forms(word: str) -> set[str]:
    """A question word, its lemmas and, for an adverb in -ly, its adjective ("currently" -> current)."""
    from .lexicon import lemmas_of

    forms = {word, *lemmas_of(word)}
    if word.endswith("ly") and len(word) > 4:
        forms.add(word[:-2])
    return forms


def _references_of(schema: Any, eq: Any) -> list[Any]:
    """The foreign keys an equality of two columns follows (either side may be the reference)."""
    from sqlglot import exp

    if not (isinstance(eq.this, exp.Column) and isinstance(eq.expression, exp.Column)):
        return []
    a = (eq.this.table.lower(), eq.this.name.lower())
    b = (eq.expression.table.lower(), eq.expression.name.lower())
    return [
        fk
        for fk in schema.foreign_keys
        if {(fk.table.lower(), fk.column.lower()), (fk.ref_table.lower(), fk.ref_column.lower())} == {a, b}
    ]


def both_tables(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The second table of "both <table A> and <table B>" when the statement intersects nothing: "cities where
    both shops and depots are" asks for what the two tables' rows have in common, which a join from one to
    the other through their relations does not answer."""
    from sqlglot import exp

    if tree.find(exp.Intersect) is not None:
        return ()
    lows = [t.low for t in parse.toks]
    tables = sorted((x for x in links if x.kind == "table"), key=lambda x: x.start)
    out = []
    for a, b in zip(tables, tables[1:], strict=False):
        between = lows[a.end : b.start]
        before = [w for w in lows[: a.start][-2:] if w != "the"]
        if a.table != b.table and before[-1:] == ["both"] and [w for w in between if w != "the"] == ["and"]:
            out.append(b.words)
    if _both_comparisons(lows):
        out.append("both")
    return tuple(out)


def _comparison_at(lows: list[str], i: int) -> str | None:
    """The direction ("<" or ">") of a comparison phrase of ``CMP_WORDS`` starting at ``i``, if any."""
    for words, op in CMP_WORDS:
        if tuple(lows[i : i + len(words)]) == words and op[0] in "<>":
            return op[0]
    return None


def _both_comparisons(lows: list[str]) -> bool:
    """Whether "both" leads two comparisons of opposite directions joined by "and" ("founded both before 1990
    and after 2000"): no one row passes both, so the rows were asked for as two sets with something in common."""
    for i, w in enumerate(lows):
        first = _comparison_at(lows, i + 1) if w == "both" else None
        if first is None:
            continue
        later = (_comparison_at(lows, k + 1) for k in range(i + 2, len(lows)) if lows[k] == "and")
        if any(op is not None and op != first for op in later):
            return True
    return False


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
        owner = arg.table or (only[0] if len(set(only)) == 1 else "")
        table = tables.get(owner)
        col = table.column(arg.name) if table else None
        if col is None or col.family not in ("integer", "number") or col.primary_key:
            continue
        if (table.name, col.name) in refs or col.name.lower().endswith("id"):
            continue
        out.append(col.name)
    return tuple(dict.fromkeys(out))


def one_row_tests(parse: Any, tree: Any, base: str | None) -> tuple[str, ...]:
    """Values the question asks for together that the statement tests on one row of a table each answer row
    has several of: "A and B" read as ``IN (A, B)`` (either), "A but not B" read as ``= A AND <> B`` (the second
    test adds nothing). "Branches that hold both fiction and poetry" wants branches having rows of each, so the
    reading answers another question; on the answer's own rows ("members in Oslo and Bergen") either is meant."""
    from sqlglot import exp

    if not base:
        return ()
    where = tree.find(exp.Where)
    if where is None:
        return ()
    only = {t.name for t in tree.find_all(exp.Table)}
    default = next(iter(only)) if len(only) == 1 else base

    def owner(col: Any) -> str:
        return col.table or default

    found: list[tuple[str, str, tuple[str, ...], bool]] = []  # (table, column, literals, negated pair)
    for node in where.find_all(exp.In):
        lits = [e for e in node.expressions if isinstance(e, exp.Literal)]
        if isinstance(node.this, exp.Column) and len(lits) >= 2 and not isinstance(node.parent, exp.Not):
            found.append((owner(node.this), node.this.name, tuple(str(x.this) for x in lits), False))
    equal: dict[tuple[str, str], str] = {}
    for node in where.find_all(exp.EQ):
        literal = isinstance(node.this, exp.Column) and isinstance(node.expression, exp.Literal)
        if literal and not isinstance(node.parent, exp.Not):
            equal[(owner(node.this), node.this.name)] = str(node.expression.this)
    for node in where.find_all(exp.NEQ, exp.EQ):
        negated = isinstance(node, exp.NEQ) or isinstance(node.parent, exp.Not)
        if negated and isinstance(node.this, exp.Column) and isinstance(node.expression, exp.Literal):
            key = (owner(node.this), node.this.name)
            if key in equal:
                found.append((*key, (equal[key], str(node.expression.this)), True))
    out = []
    for table, _column, literals, negated in found:
        spans = sorted(
            (m.start, m.end)
            for m in parse.mentions
            if m.kind in ("value", "number") and m.value is not None and _literal(m.value) in literals
        )
        for (_, end), (start, stop) in zip(spans, spans[1:], strict=False):
            between = [t.low for t in parse.toks[end:start]]
            lead = parse.toks[spans[0][0] - 1].low if spans[0][0] else ""
            together = "and" in between and set(between) <= BOTH_JOINERS
            contrast = negated and bool(between) and between[0] in ("but", "and")
            if (together or contrast) and (lead == "both" or parse.pl.fans_out(base, table)):
                out.append(" ".join(t.orig for t in parse.toks[spans[0][0] : stop]))
                break
    return tuple(dict.fromkeys(out))


def _literal(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _superlative_columns(parse: Any, links: tuple[Link, ...], tree: Any) -> tuple[str, ...]:
    """Unplaced column links whose column name holds a superlative ("highest_score"), in a statement with no
    limit, aggregate or equality filter that would keep it to one row."""
    from sqlglot import exp

    from .lexicon import split_identifier

    if tree.find(exp.Limit) is not None or tree.find(exp.AggFunc) is not None:
        return ()
    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    if where is not None and any(isinstance(eq.expression, exp.Literal) for eq in where.find_all(exp.EQ)):
        return ()
    out = []
    for x in links:
        if x.kind != "column" or x.used or not x.column:
            continue
        words = split_identifier(x.column)
        if any(w in SUPERLATIVE_WORDS or (w.endswith("est") and w in ADJ_COLUMNS) for w in words):
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


def uncounted(parse: Any, tree: Any) -> bool:
    """Whether "how many" is answered by a list of a column's values, with no aggregate, no limit and no
    filter that keeps one row (its key or its own name equal to a value): "how many people live in the
    coastal towns" shown as each town's population, where one figure was asked."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    if not any(a == "how" and b in ("many", "much") for a, b in zip(lows, lows[1:], strict=False)):
        return False
    if not isinstance(tree, exp.Select) or tree.find(exp.AggFunc) is not None or tree.find(exp.Limit) is not None:
        return False
    only = [t.name for t in tree.find_all(exp.Table)]
    default = only[0] if len(set(only)) == 1 else ""
    where = tree.args.get("where")
    for eq in where.find_all(exp.EQ) if where is not None else ():
        col = eq.this
        if not isinstance(col, exp.Column) or isinstance(eq.expression, exp.Column):
            continue
        owner = col.table or default
        table = parse.schema.table(owner) if owner else None
        if table is None:
            return False  # cannot tell which rows it keeps
        name = col.name.lower()
        if (
            name in {k.lower() for k in table.primary_key}
            or name == (parse.pl.own_name_column(table.name) or "").lower()
        ):
            return False
    return True


def joined_periods(tree: Any, schema: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Date columns of a joined table (not the base) that the statement compares with a date, when no word
    names that table or column and the base has a date column of its own: "patients seen in 2024" may be the
    visits' dates or the patients' own, and the reading took the joined one without being told."""
    from sqlglot import exp

    table = schema.table(base) if base and base in {t.name for t in schema.tables} else None
    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    if table is None or where is None or not any(c.family in ("date", "datetime") for c in table.columns):
        return ()
    named = {x.table for x in links if x.kind in ("table", "column") and x.table}
    named_columns = {(x.table, (x.column or "").lower()) for x in links if x.kind == "column"}
    out = []
    for cmp in where.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.Between):
        lit = cmp.find(exp.Literal)
        if lit is None or not _DATE_LITERAL.match(str(lit.this)):
            continue
        for col in cmp.find_all(exp.Column):
            owner = schema.table(col.table) if col.table else None
            if owner is None or owner.name == table.name or owner.name in named:
                continue
            column = owner.column(col.name)
            if column is None or column.family not in ("date", "datetime"):
                continue
            if (owner.name, column.name.lower()) not in named_columns:
                out.append(column.name)
    return tuple(dict.fromkeys(out))


def ungrouped_columns(tree: Any) -> tuple[str, ...]:
    """Columns a statement with no GROUP BY shows beside an aggregate: the figure is over all rows and the
    column's value is one arbitrary row's ("the continent with the most languages" shown as the number of
    languages of all countries beside some continent), so the reading lost what the figure was for."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is not None:
        return ()
    shown = [e.this if isinstance(e, exp.Alias) else e for e in tree.expressions]
    if not any(e.find(exp.AggFunc) for e in shown):
        return ()
    return tuple(e.name for e in shown if isinstance(e, exp.Column))


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


def participle_groupings(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Words of column links no rule placed that are a past participle ("registered", "hired") read as a date
    column an aggregate statement groups by, with no grouping word before them: the verb says what happened
    to the rows counted ("how many members are registered"), not that the figure is split by its date."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") is None:
        return ()
    grouped = {c.name.lower() for c in tree.args["group"].expressions for c in c.find_all(exp.Column)}
    lows = [t.low for t in parse.toks]
    out = []
    for x in links:
        if x.kind != "column" or x.used or x.end - x.start != 1 or (x.column or "").lower() not in grouped:
            continue
        table = parse.schema.table(x.table) if x.table else None
        column = table.column(x.column) if table is not None else None
        dated = column is not None and column.family in ("date", "datetime")
        if dated and _past_participle(lows[x.start]) and not (x.start and lows[x.start - 1] in GROUP_LEADS):
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def _past_participle(word: str) -> bool:
    """Whether ``word`` is the past participle of a verb, not the verb itself ("registered", "hired")."""
    from lemminflect import getAllLemmas, getInflection

    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    return any(word in (getInflection(v, tag="VBN") or ()) and word != v for v in verbs)


def _listed_grouping(lows: list[str], named: set[int], start: int) -> bool:
    """Whether a grouping word leads the list a mention stands in ("by category and segment"): going back
    over other names, "and", "," and "the" reaches ``GROUP_LEADS``."""
    k = start - 1
    while k >= 0 and (k in named or lows[k] in ("and", ",", "the")):
        k -= 1
    return k >= 0 and lows[k] in GROUP_LEADS


def _one_for_two(parse: Any, links: tuple[Link, ...], tables: list[str]) -> tuple[str, ...]:
    """Tables two separate table links of one sentence name, the later one picking its own row out ("the shop
    with ...", "shops that ..."), that the statement's FROM and JOINs hold once."""
    lows = [t.low for t in parse.toks]
    named: dict[str, list[Link]] = {}
    for x in links:
        if x.kind == "table" and x.table:
            named.setdefault(x.table, []).append(x)
    out = []
    for table, xs in named.items():
        xs.sort(key=lambda x: x.start)
        apart = any(
            b.start > a.end + 1
            and b.end < len(lows)
            and lows[b.end] in ("that", "which", "who", "whose", "with")
            and not any(w in (".", "?", "!", ";") for w in lows[a.end : b.start])
            and lows[b.start - 1] not in ("and", "or")  # "shops with ... and shops with ...": one set, twice
            and not any(y.kind == "column" and y.start == a.end for y in links)  # "shop details for the shop"
            for a, b in zip(xs, xs[1:], strict=False)
        )
        if apart and sum(t.lower() == table.lower() for t in tables) == 1:
            out.append(table)
    return tuple(out)


def _column_of_column(parse: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Column links no rule placed, followed by "of" ("the") and another such column link."""
    cols = sorted((x for x in links if x.kind == "column" and not x.used), key=lambda x: x.start)
    out = []
    for a, b in zip(cols, cols[1:], strict=False):
        between = [t.low for t in parse.toks[a.end : b.start]]
        if between in (["of"], ["of", "the"]) and (a.table, a.column) != (b.table, b.column):
            out.append(a.words)
    return tuple(out)


def _echo(tree: Any) -> bool:
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


def _two_entities(parse: Any, draft: Draft, links: tuple[Link, ...]) -> tuple[Link, ...]:
    """Value links whose words are the own name of rows in two tables ("Jordan": a country and a river) when no
    word names either table: which row is meant is a guess, whichever table the reading took."""
    named = {m.t for m in parse.mentions if m.kind == "table"}
    out = []
    for m in parse.mentions:
        if m.kind != "value" or not draft.has_role(m) or draft.role_of(m) == "_":
            continue
        owners = {t: c for t, c, _ in m.cands if c == parse.pl.own_name_column(t)}
        if len(owners) < 2 or named & set(owners):
            continue
        if any(len({t for t, _, _ in c.cands} & set(owners)) == 1 for c in parse.mentions if c.kind == "column"):
            continue  # a column word only one of them has ("the price of": only products have one) tells them apart
        link = next((x for x in links if x.kind == "value" and (x.start, x.end) == (m.start, m.end)), None)
        if link is None or owners.get(link.table) != link.column:
            continue  # read as a reference ("shops in Jordan"): the place holds the rows asked for
        if link.margin is not None and link.margin < CLOSE and link.rival is not None:
            continue  # already a close call
        other = next(t for t in owners if t != link.table) if link.table in owners else next(iter(owners))
        out.append(replace(link, rival=(other, owners[other]), margin=0.0))
    return tuple(out)


def _dropped_rankings(parse: Any, tree: Any) -> tuple[str, ...]:
    """The superlatives ("largest", "most", "longest") beyond the first n, where n counts the statement's
    rankings: each ORDER BY and each MAX or MIN. "From highest to lowest" is one ordering."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    found = []
    for i, w in enumerate(lows):
        if not (w in SUPERLATIVE_WORDS or (w.endswith("est") and w in ADJ_COLUMNS)):
            continue
        back = [x for x in lows[max(0, i - 2) : i] if x not in ("the", "a")]
        if back[-1:] in (["to"], ["from"]) or "to" in lows[i + 1 : i + 3]:
            continue  # the two ends of one ordering ("from the most expensive to the cheapest")
        before = [x for x in lows[max(0, i - 2) : i] if not x.isdigit()]
        if any(x in MOST_OR_LEAST or x in SUPERLATIVE_WORDS for x in before[-1:]) or "top" in before:
            continue  # "most expensive", "top 10 longest": one superlative
        m = next((x for x in parse.mentions if x.start <= i < x.end), None)
        if m is not None and m.kind in ("table", "column") and w in (m.c or m.t or "").lower():
            continue  # part of a name ("highest_point")
        found.append(parse.toks[i].orig)
    made = len(list(tree.find_all(exp.Order))) + len(list(tree.find_all(exp.Max))) + len(list(tree.find_all(exp.Min)))
    if not made and tree.find(exp.Limit) is not None:
        # "top 3 clients by spend" read as any 3 clients: the end of an ordering the limit was to take is lost
        ends = LIMIT_DESC_LEADS | LIMIT_ASC_LEADS
        lead = next((w for w, n in zip(lows, lows[1:], strict=False) if w in ends and n[:1].isdigit()), None)
        if lead is not None:
            return (lead,)
    if len(found) < 2:
        end = _final_end_word(lows)
        return (end,) if end and not made else ()
    return tuple(found[made:])


def _final_end_word(lows: list[str]) -> str | None:
    """ "first" or "last" ending a question right after a verb ("which club closed first"): an ordering
    asked for, which a statement with no ranking dropped."""
    words = [w for w in lows if w[0].isalnum()]
    if len(words) >= 2 and words[-1] in ("first", "last") and words[-2].endswith("ed"):
        return words[-1]
    return None


def _dropped_negation(parse: Any, sql: str) -> bool:
    """The question negates (``NEGATION_WORDS`` outside names and outside a comparison the parse used, as in
    "no more than 4", which is already the opposite comparison) and the statement negates nothing."""
    named = (_named(parse) - _determiner_negations(parse)) | _negated_comparisons(parse) | _negated_repeats(parse)
    negates = any(t.low in NEGATION_WORDS for i, t in enumerate(parse.toks) if i not in named)
    return negates and not any(n in sql.upper() for n in NEGATION_SQL)


def _determiner_negations(parse: Any) -> set[int]:
    """Positions of a negation word that opens a name read over a plural noun ("no flights" read as a flight
    number): before a plural it is the determiner "no", whatever name it was read into."""
    out = set()
    for m in parse.mentions:
        first, last = parse.toks[m.start], parse.toks[m.end - 1]
        hyphenated = parse.toks[m.start + 1].low == "-" if m.end - m.start > 1 else False  # "no-shows": one word
        if m.end - m.start > 1 and first.low in NEGATION_WORDS and last.low != last.sing and not hyphenated:
            out.add(m.start)
    return out


def _negated_comparisons(parse: Any) -> set[int]:
    """Positions of the negation word of a comparison phrase ("no more than", "not less than", "not higher
    than") the parse used."""
    lows = [t.low for t in parse.toks]
    used = getattr(parse, "used", set())
    out = set()
    for words, _ in CMP_WORDS:
        for i in range(len(lows) - len(words) + 1):
            if tuple(lows[i : i + len(words)]) != words or not all(k in used for k in range(i, i + len(words))):
                continue
            if words[0] in NEGATION_WORDS:
                out.add(i)
            elif i and lows[i - 1] in NEGATION_WORDS and i - 1 in used:
                out.add(i - 1)  # "not higher than 7": the comparison turned around, read with its words
    return out


def _negated_repeats(parse: Any) -> set[int]:
    """Positions of the negation word of "no duplicates" the parse read as distinct rows (``REPEAT_NOUNS``)."""
    used = getattr(parse, "used", set())
    return {
        i
        for i, t in enumerate(parse.toks[:-1])
        if t.low in NEGATION_WORDS and parse.toks[i + 1].sing in REPEAT_NOUNS and {i, i + 1} <= used
    }


def _dropped_measures(parse: Any, sql: str) -> tuple[str, ...]:
    """Aggregate words outside schema names (``MEASURE_SQL``) whose aggregate the statement lacks; a money
    word (``MONEY_WORDS``: "revenue", "takings") asks for a sum of money, so a statement with no SUM (a count
    of the rows in its place) dropped it; counted ("how many sales", "over 10 sales") it names the rows. "Total"
    right after a table's noun ("the order total") answered with a count only asks for a sum too."""
    upper = sql.upper()
    named = _named(parse)
    out = []
    for i, tok in enumerate(parse.toks):
        needs = MEASURE_SQL.get(tok.low) or (MONEY_SQL if _money_measure(parse, i) else None)
        if needs and i not in named and not any(n in upper for n in needs):
            out.append(tok.orig)
        elif tok.low in FIGURE_WORDS and i not in named and not any(a in upper for a in _AGGREGATES):
            out.append(tok.orig)  # "total paid in 2024" answered with a list of the payments
    lows = [t.low for t in parse.toks]
    k = len(AMOUNT_QUESTION)
    asks = any(tuple(lows[i : i + k]) == AMOUNT_QUESTION and i + 1 not in named for i in range(len(lows)))
    if asks and "COUNT(" in upper and not any(a in upper for a in _AGGREGATES if a != "COUNT("):
        out.append(" ".join(AMOUNT_QUESTION))  # "how much did we take" asks for a sum, not a count of rows
    ends = {m.end for m in parse.mentions if m.kind == "table"}
    counts_only = "COUNT(" in upper and not any(a in upper for a in _AGGREGATES if a != "COUNT(")
    counted = {"number", "count", "many"} & set(lows)
    for i, low in enumerate(lows):
        if low == "total" and i in ends and counts_only and i not in named and not counted:
            out.append(parse.toks[i].orig)  # "the order total per month": a sum of the orders' amount, not a count
    return tuple(out)


#: the aggregates a statement computes one figure with
_AGGREGATES = ("SUM(", "AVG(", "MAX(", "MIN(", "COUNT(")


def dropped_owners(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The row a column was asked of ("the oldest member and her age", "which hall is largest and what is its
    rent") when the statement shows that column only: the row's own label was asked for too (its words, or its
    table's)."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    shown = [e.unalias() for e in tree.expressions]
    if not shown or not all(isinstance(e, exp.Column) for e in shown):
        return ()
    names = {e.name.lower() for e in shown}
    lows = [t.low for t in parse.toks]
    out = []
    for x in links:
        if x.kind != "column" or x.start < 2 or not x.column:
            continue
        # "and its price", "and what is its colour": a further thing asked of the row named before
        joined = [k for k in range(max(0, x.start - 5), x.start - 1) if lows[k] == "and"]
        if lows[x.start - 1] not in OWNER_PRONOUNS or not joined:
            continue
        if names == {x.column.lower()}:
            before = [y for y in links if y.kind == "table" and y.end <= joined[0]]
            out.append(before[-1].words if before else x.table or "")
    return tuple(w for w in out if w)


def _money_measure(parse: Any, i: int) -> bool:
    """Whether token ``i`` is a money word read as an amount: not counted ("many sales", "10 sales")."""
    if parse.toks[i].low not in MONEY_WORDS:
        return False
    before = parse.toks[i - 1] if i else None
    return before is None or not (before.low == "many" or before.num is not None or before.low.isdigit())


def _dropped_groupings(parse: Any, tree: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Mentions right after a grouping word (``GROUP_LEADS`` but "by", which also orders) in a statement that
    aggregates but groups by no column of theirs (a share of revenue for each category answered with one
    total); "per" the base table's own rows ("average quantity per order item") needs no grouping. Also "each" or
    "every" before a period noun ("each month") in an aggregate that groups nothing: a figure per period was
    asked for, one figure answers."""
    from sqlglot import exp

    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    if select is None or not any(e.find(exp.AggFunc) for e in select.expressions):
        return ()
    grouped = {(c.table.lower(), c.name.lower()) for g in tree.find_all(exp.Group) for c in g.find_all(exp.Column)}
    grouped_tables = {t for t, _ in grouped}
    grouped_columns = {c for _, c in grouped}
    out = []
    for x in links:
        lead = parse.toks[x.start - 1].low if x.start else ""
        if lead not in GROUP_LEADS or lead == "by" or x.kind not in ("table", "column"):
            continue
        if x.table in (None, base):
            continue
        if x.kind == "table" and (x.table.lower() in grouped_tables or "" in grouped_tables):
            continue
        if x.kind == "column" and (x.column or "").lower() in grouped_columns:
            continue
        out.append(x.words)
    lows = [t.low for t in parse.toks]
    if select.args.get("group") is None and not out:
        for i in range(len(lows) - 1):
            if lows[i] in ("each", "every") and lows[i + 1] in PERIOD_NOUNS and i + 1 not in _named(parse):
                out.append(f"{lows[i]} {lows[i + 1]}")  # "each month of the year" answered with one figure
                break
    return tuple(out)


def dropped_breakdowns(parse: Any, tree: Any) -> tuple[str, ...]:
    """Breakdown words (``BREAKDOWN_WORDS``: "a colour breakdown of the cars", "the size mix") outside any name, in
    a statement that groups nothing: a figure per value was asked for, the reading lists the values."""
    from sqlglot import exp

    if tree.find(exp.Group) is not None:
        return ()
    named = _named(parse)
    return tuple(
        dict.fromkeys(t.orig for i, t in enumerate(parse.toks) if i not in named and t.sing in BREAKDOWN_WORDS)
    )


def counted_grains(parse: Any, tree: Any) -> tuple[str, ...]:
    """ "How many" answered with one figure per period (a GROUP BY over a date function) when no word of the
    question asks for a grouping (``GROUP_LEADS``, ``BREAKDOWN_WORDS``, an adverb of a period: "yearly"): an
    adjective ("annual leave", "a monthly pass") named the rows counted, not a split by period."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    if "how" not in lows or "many" not in lows or not isinstance(tree, exp.Select):
        return ()
    group = tree.args.get("group")
    if group is None:
        return ()
    grains = [g for g in group.expressions if not isinstance(g, exp.Column) and g.find(exp.Column) is not None]
    if not grains or len(grains) != len(group.expressions):
        return ()
    if any(w in GROUP_LEADS or w in BREAKDOWN_WORDS or (w.endswith("ly") and w != "only") for w in lows):
        return ()
    names = [e.alias for e in tree.expressions if isinstance(e, exp.Alias) and e.this in grains]
    return (names[0] if names else "period",)


def _shown_tables(tree: Any, schema: Any) -> set[str] | None:
    """The tables whose columns the outer select shows (a reference counts for the table it references), or
    ``None`` when a shown column's table cannot be told."""
    from sqlglot import exp

    tables = _scope_tables(tree)
    if tables is None:
        return None
    refs = {(fk.table.lower(), fk.column.lower()): fk.ref_table.lower() for fk in schema.foreign_keys}
    out: set[str] = set()
    for e in tree.expressions:
        for col in e.find_all(exp.Column):
            owner = col.table.lower() or (tables[0].lower() if len(set(tables)) == 1 else "")
            if not owner:
                return None
            out.add(owner)
            if (owner, col.name.lower()) in refs:
                out.add(refs[(owner, col.name.lower())])
    return out


def unshown_choices(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Tables a question word picks (``CHOOSING_WORDS`` right before the table's noun, "members on which plan
    rode most") that the statement shows no column of: the rows it shows are another table's, not the ones
    the question asked to pick."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    shown = _shown_tables(tree, parse.schema)
    if not shown:
        return ()
    lows = [t.low for t in parse.toks]
    names = {t.name.lower(): t.name for t in parse.schema.tables}
    out = []
    for x in links:
        if not (x.kind == "table" and x.table and x.start and lows[x.start - 1] in CHOOSING_WORDS):
            continue
        if x.table.lower() in shown or x.table.lower() not in names or lows[x.end : x.end + 1] == ["of"]:
            continue  # "what types of rooms": the noun after "of" is what is asked about
        # a row the chosen one references (its one person, its one type) shows it by that row's label
        if any(t in names and not parse.pl.fans_out(x.table, names[t]) for t in shown):
            continue
        out.append(x.words)
    return tuple(dict.fromkeys(out))


def code_guesses(parse: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values read from one short word typed in lower case (2-3 letters, no English word: a user's own
    abbreviation) as a code the data stores in capitals, of a table no other word names: "how many ppl" read
    as a department coded 'PPL'. A code typed as stored ("flights from LHR") is no guess."""
    from lemminflect import getAllLemmas

    named = {x.table for x in links if x.kind in ("table", "column")}
    out = []
    for x in links:
        if x.kind != "value" or x.end - x.start != 1 or x.table in named:
            continue
        word = parse.toks[x.start].orig
        m = next((m for m in parse.mentions if m.kind == "value" and (m.start, m.end) == (x.start, x.end)), None)
        value = str(m.value) if m is not None and m.value is not None else ""
        if not (2 <= len(word) <= 3 and word.isalpha() and word.islower()):
            continue
        if value.isupper() and value.lower() == word and not getAllLemmas(word):
            out.append(word)
    return tuple(out)


def name_guesses(parse: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values read from common English words typed in lower case (a dictionary word, frequent in English text)
    as a person's first, last or full name the data stores, of a table no other word names: "rooms at the
    best price" read as a guest surnamed 'Price'. A name typed capitalised ("orders of Price") is no guess."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    from .lexicon import names_person
    from .spelling import ENGLISH_ZIPF

    named = {x.table for x in links if x.kind in ("table", "column")}
    out = []
    for x in links:
        if x.kind != "value" or x.table in named or not x.column or not names_person(x.column):
            continue
        words = [parse.toks[i].orig for i in range(x.start, x.end)]
        common = [w for w in words if w.isalpha() and w.islower() and getAllLemmas(w)]
        if common == words and all(zipf_frequency(w, "en") >= ENGLISH_ZIPF for w in words):
            out.append(" ".join(words))
    return tuple(out)


def uncounted_nouns(parse: Any) -> tuple[str, ...]:
    """The noun right after "how many" (and a word like "different") that no rule read and no name holds: what
    the question counts was not understood, so the figure counts other rows ("how many different visitors ..."
    answered with a count of exhibitions)."""
    from lemminflect import getAllLemmas

    lows = [t.low for t in parse.toks]
    used = getattr(parse, "used", set())
    named = _named(parse)
    out = []
    # (the noun after a list verb, "list the ...", was measured too: on Spider dev it declined as many right
    # answers as it caught wrong ones in the dev sets)
    for k in [i + 2 for i in range(len(lows) - 2) if lows[i : i + 2] == ["how", "many"]]:
        while k < len(lows) and (lows[k] in DISTINCT_WORDS or "ADJ" in getAllLemmas(lows[k])):
            k += 1  # "how many active volunteers": the noun after the adjectives
        if k >= len(lows) or k in used or k in named or not lows[k].isalpha() or lows[k] in IGNORABLE_WORDS:
            continue  # a word for any rows ("how many rows") names no table
        lemmas = getAllLemmas(lows[k])
        if "NOUN" in lemmas and "AUX" not in lemmas:
            out.append(parse.toks[k].orig)
    return tuple(out)


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
    # table): only a chain of two or more is a path no word asked for
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
    """Tables a select joins that the rows it sums have several of ("sales of each site" joined on to the
    site's deliveries to filter them by supplier): each summed row is added once per joined row, so the total
    is not the one asked for."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return ()
    tables = _scope_tables(tree)
    if not tables or len(set(tables)) < 2:
        return ()
    names = {t.name.lower(): t.name for t in parse.schema.tables}
    out = []
    for agg in tree.find_all(exp.Sum):
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
    by the customers' last names): one figure was asked."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    if not any(a == "how" and b == "many" for a, b in zip(lows, lows[1:], strict=False)):
        return ()
    group = tree.args.get("group") if isinstance(tree, exp.Select) else None
    if group is None or not all(isinstance(g, exp.Column) for g in group.expressions):
        return ()
    if any(w in GROUP_LEADS or w in BREAKDOWN_WORDS or w in CHOOSING_WORDS for w in lows):
        return ()
    tables = _scope_tables(tree) or []
    default = tables[0].lower() if len(set(tables)) == 1 else ""
    placed = {(x.table or "").lower() for x in links if x.kind == "table" and (x.used or x.weight >= WEAK)}
    columns = {((x.table or "").lower(), (x.column or "").lower()) for x in links if x.kind == "column" and x.used}
    out = []
    for col in group.expressions:
        owner = col.table.lower() or default
        if owner not in placed and (owner, col.name.lower()) not in columns:
            out.append(col.name)
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
