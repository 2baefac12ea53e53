"""What a reading leaves in doubt: :func:`gather` collects the :class:`~.confidence.Evidence` of one translation:
its links and the schema's close alternatives (here), what the statement leaves out of the question
(:mod:`.dropped`) and what its shape invents (:mod:`.shape`), one pure finder per doubt.

:func:`.confidence.confidence` weighs what they found (``PENALTIES``) into the score; the doubts are described in
:mod:`.confidence`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .confidence import WEAK, Evidence, Link
from .dropped import (
    both_tables,
    code_guesses,
    column_of_column,
    counted_grains,
    dropped_breakdowns,
    dropped_comparisons,
    dropped_groupings,
    dropped_items,
    dropped_measures,
    dropped_negation,
    dropped_numbers,
    dropped_owners,
    dropped_periods,
    dropped_rankings,
    fanned_adjectives,
    foreign_columns,
    hyphened_modifiers,
    listed_with,
    name_guesses,
    one_for_two,
    one_row_tests,
    one_sided_events,
    participle_groupings,
    reference_choices,
    stray_values,
    superlative_columns,
    two_entities,
    uncounted,
    uncounted_nouns,
    unscoped_comparisons,
    unused_roles,
    value_owners,
)
from .shape import (
    and_for_or,
    bare_key,
    charge_for_money,
    constant_measure,
    contradictions,
    counted_amounts,
    dropped_universals,
    echo,
    fanned_rankings,
    fanned_sums,
    grouped_measures,
    inverted_extremes,
    joined_periods,
    odd_measures,
    rate_units,
    remote_periods,
    shown_flags,
    stray_groupings,
    summed_for_count,
    summed_values,
    thing_periods,
    things_for_who,
    unasked_count,
    unasked_groupings,
    uncalled_groupings,
    ungrouped_columns,
    unnamed_joins,
    unnamed_rankings,
    unshown_choices,
)
from .sqlgen import edge_reference, via_references

if TYPE_CHECKING:
    from .draft import Draft
    from .sqlgen import Planner


#: a statement joining this many tables or more reads a long chain of relations the question may not state
LONG_JOIN = 4


#: a value's table this many joins from a subject named by part of its name makes the subject doubtful
FAR_SUBJECT = 3


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
    <values>"); nor for a column that alone names the base ("average unit price" of three tables)."""
    if not base:
        return links
    named = any(x.kind in ("table", "column") and x.table == base for x in links)
    out = []
    for link in links:
        if link.kind == "value" and not named:
            out.append(link)
            continue
        others = [x for x in links if x is not link and x.kind in ("table", "column", "value") and x.table == base]
        if link.kind == "column" and link.table == base and not others:
            out.append(link)  # the base was read from this very column ("average unit price"): still a close call
            continue
        if link.rival and link.table and planner.distance(base, link.rival[0]) > planner.distance(base, link.table):
            link = replace(link, rival=None)
        out.append(link)
    return tuple(out)


def _with_periods(dropped: tuple[str, ...], periods: tuple[str, ...]) -> tuple[str, ...]:
    """The dropped numbers and words, and the unread periods none of them is part of already ("1955" and
    "after 1955" are one doubt)."""
    return dropped + tuple(p for p in periods if not any(d in p.split() for d in dropped))


def join_choices(
    planner: Planner, base: str | None, tables: list[str], via: frozenset[tuple[str, str]] = frozenset()
) -> tuple[str, ...]:
    """The tables reached from ``base`` by more than one shortest foreign-key path, but for those whose path
    follows a reference a word named (``via``, :mod:`.rules.named_references`)."""
    if not base:
        return ()
    _, ways = planner.reach(base)
    out = []
    for t in dict.fromkeys(tables):
        if t == base or ways.get(t, 0) <= 1:
            continue
        path = planner.path(base, t, via) or []
        if not any(edge_reference(edge)[:2] in via for edge in path):
            out.append(t)
    return tuple(out)


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
    count as well ("late arrivals" read as the 'Late arrival' reason, counting reasons). A label that refers to
    another table's row ("the languages of Afghanistan" by their country code) keeps that row's rows: no doubt."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") or tree.find(exp.Subquery) is not None:
        return None
    if len(tree.expressions) != 1 or not isinstance(tree.expressions[0].unalias(), exp.Count):
        return None
    # a reference among the labels (a country's code labelling its languages) keeps the rows of another row
    references = {fk.column.lower() for fk in planner.schema.foreign_keys if fk.table == base}
    labels = {c.lower() for c in planner.label_columns(base)} - references
    where = tree.args.get("where")
    for eq in where.find_all(exp.EQ) if where else ():
        col = eq.this
        if isinstance(col, exp.Column) and col.table in ("", base) and col.name.lower() in labels:
            return base
    return None


def parsed(sql: str, dialect: str) -> Any:
    """The statement's sqlglot tree, parsed once for every reader of one translation (read it, never change it)."""
    import sqlglot

    return sqlglot.parse_one(sql, read=dialect)


def gather(parse: Any, draft: Draft, sql: str, base: str | None, dialect: str, via: tuple[str, ...] = ()) -> Evidence:
    """The evidence of one parse (``engine.Reading`` after ``run``, and the draft it was read into): its links,
    join choices (``via``: the references the frame follows by name) and subject."""
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
        join_choices=join_choices(parse.pl, base, tables, via_references(via)),
        long_join=len(set(tables)) if len(set(tables)) >= LONG_JOIN else 0,
        far_subject=far_subject(parse.pl, base, links, parse.mentions, draft),
        counted_label=counted_label(parse.pl, tree, base) if bool(base) and base not in named else None,
        implied_subject=bool(base) and base not in named,
        dropped_numbers=_with_periods(
            dropped_numbers(parse.mentions, draft, tree) + dropped_comparisons(parse, tree), dropped_periods(parse)
        ),
        dropped_measures=dropped_measures(parse, sql)
        + charge_for_money(tree, [t.low for t in parse.toks])
        + summed_for_count(parse, tree),
        dropped_groupings=dropped_groupings(parse, tree, base, links),
        dropped_breakdowns=dropped_breakdowns(parse, tree),
        counted_grains=counted_grains(parse, tree),
        unshown_choices=unshown_choices(parse, tree, links),
        code_guesses=code_guesses(parse, links, base),
        name_guesses=name_guesses(parse, links),
        uncounted_nouns=uncounted_nouns(parse),
        fanned_rankings=fanned_rankings(parse, tree) + summed_values(parse, tree, links),
        unasked_count=unasked_count(parse, tree),
        remote_periods=remote_periods(parse, tree, links),
        unnamed_joins=unnamed_joins(parse, tree, links),
        fanned_sums=fanned_sums(parse, tree),
        uncalled_groupings=uncalled_groupings(parse, tree, links),
        and_for_or=and_for_or(parse, tree, links),
        dropped_negation=dropped_negation(parse, sql, tree),
        dropped_rankings=dropped_rankings(parse, tree) + inverted_extremes(tree, {t.low for t in parse.toks}),
        echo=echo(tree),
        column_of_column=column_of_column(parse, links),
        foreign_columns=foreign_columns(parse, links),
        one_for_two=one_for_two(parse, links, tables),
        superlative_columns=superlative_columns(parse, links, tree),
        stray_groupings=stray_groupings(parse, tree, parse.schema, links)
        + grouped_measures(tree)
        + rate_units(parse, tree, parse.schema, links),
        unnamed_rankings=unnamed_rankings(tree, links, base, [t.low for t in parse.toks]),
        dropped_universals=dropped_universals(tree, [t.low for t in parse.toks]),
        things_for_who=things_for_who(tree, parse.schema, base, [t.low for t in parse.toks]),
        shown_flags=shown_flags(tree, links),
        uncounted=uncounted(parse, tree),
        joined_periods=joined_periods(tree, parse.schema, base, links),
        thing_periods=thing_periods(parse, tree, links),
        ungrouped_columns=ungrouped_columns(tree),
        unasked_groupings=unasked_groupings(parse, tree, base, links),
        participle_groupings=participle_groupings(parse, tree, links),
        two_entities=two_entities(parse, draft, links),
        constant_measure=constant_measure(tree, parse.schema),
        one_row_tests=one_row_tests(parse, tree, base) + contradictions(tree, parse.pl),
        both_tables=both_tables(parse, tree, links),
        reference_choices=reference_choices(parse, tree, links),
        value_owners=value_owners(parse, tree, links)
        + fanned_adjectives(parse, base, links)
        + stray_values(parse, base, links),
        counted_amounts=counted_amounts(tree, parse.schema, {t.low for t in parse.toks}),
        odd_measures=odd_measures(tree, parse.schema, parse.eng.values, {t.low for t in parse.toks}),
        rows_or_quantity=tuple(dict.fromkeys(getattr(parse, "quantity_rivals", ()))),
        open_quantifiers=tuple(dict.fromkeys(getattr(parse, "open_quantifiers", ()))),
        bare_key=None if parse.toks[0].low == "where" else bare_key(tree, parse.schema, links),
        dropped_items=dropped_items(parse, tree, links),
        dropped_owners=dropped_owners(parse, tree, links) + listed_with(parse, tree, links),
        unscoped_comparisons=unscoped_comparisons(parse, tree),
        one_sided_events=one_sided_events(parse, tree),
        hyphened_modifiers=hyphened_modifiers(parse, tree),
        dropped=tuple(
            x.words
            for x in links
            if x.kind == "column"
            and (x.column or "").lower() not in columns
            and (not x.used or draft.roles.get(("column", x.start, x.end)) in ("select", "group"))
        )
        + unused_roles(parse, tree),
    )


#: the aggregates a statement computes one figure with
