"""Doubts of what a reading leaves out of the question: a number, comparison, negation, measure, grouping,
ranking or listed item the words ask for and the statement lacks, or a word read as a code or name it likely
is not. Pure finders over the parse, the statement's tree and the links; :func:`.doubts.gather` calls them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .confidence import CLOSE, WEAK, Link
from .lexicon import past_participle, reference_words, word_forms
from .patterns import (
    ADJ_COLUMNS,
    AGG_WORDS,
    AMOUNT_QUESTION,
    BE_FORMS,
    BOTH_JOINERS,
    BOUND_CLAUSE_SUBJECTS,
    BREAKDOWN_WORDS,
    CLAUSE_PRONOUNS,
    CLAUSE_QUESTION_WORDS,
    CMP_WORDS,
    COLUMN_CMP_WORDS,
    COMPARED_DETERMINERS,
    COMPARED_FIGURES,
    COMPARED_LEADS,
    COMPARED_NOT_AFTER,
    DISTINCT_WORDS,
    FIGURE_WORDS,
    GROUP_LEADS,
    HAVE_NEGATIONS,
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
    OBJECT_DETERMINERS,
    ORDER_WORDS,
    OWNER_PRONOUNS,
    PERCENT_LEADS,
    PERIOD_NOUNS,
    REPEAT_NOUNS,
    ROW_STATE_WORDS,
    SENTENCE_ENDS,
    SUPERLATIVE_WORDS,
    TIME_WORDS,
    WH_DETERMINERS,
)
from .schema import DATE_FAMILIES

if TYPE_CHECKING:
    from .draft import Draft


#: a literal that is a date ("2024-01-01"), as a period filter writes it
DATE_LITERAL = re.compile(r"\d{4}-\d{2}-\d{2}")
#: the aggregates a statement may compute
_AGGREGATES = ("SUM(", "AVG(", "MAX(", "MIN(", "COUNT(")


def dropped_numbers(mentions: list[Any], draft: Draft, tree: Any) -> tuple[str, ...]:
    """The question's numbers that appear nowhere in the statement (as a literal, a limit, inside a date), and its
    quoted texts that no literal of the statement holds."""
    from sqlglot import exp

    # the exclusive end of a period ("< '2025-01-01'" closing 2024) holds the next year but does not read it
    ends = {id(lt.expression) for lt in tree.find_all(exp.LT) if isinstance(lt.expression, exp.Literal)}
    literals = [
        str(lit.this)
        for lit in tree.find_all(exp.Literal)
        if id(lit) not in ends or not DATE_LITERAL.fullmatch(str(lit.this))
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


def dropped_periods(parse: Any) -> tuple[str, ...]:
    """A period among the words no step read ("orchestras founded before 2003 and after 2003" read with the first
    bound only): the statement keeps rows of a period the question does not ask for."""
    from .dates import find_date_range

    # a stored value's own words ("opened in Sept" for an open_month of 'Sept') date nothing
    read = set(parse.used) | {k for m in parse.mentions if m.kind == "value" for k in range(m.start, m.end)}
    lows = [t.low if i not in read else "\x00" for i, t in enumerate(parse.toks)]
    found = find_date_range(lows, parse.today)
    return (" ".join(lows[found.first : found.last]),) if found is not None else ()


def dropped_comparisons(parse: Any, tree: Any) -> tuple[str, ...]:
    """A comparison with a column, a figure or a word nothing read, no number ("more than their target", "above
    the average price"), in a statement that compares nothing but dates: the reading dropped the filter (a
    ``dropped_number``). A phrase that compares two columns only (:data:`COLUMN_CMP_WORDS`) or one of
    :data:`CMP_WORDS` before a column or an owner's word ("over budget", "before their boss") counts too."""
    from sqlglot import exp

    for node in tree.find_all(exp.GT, exp.LT, exp.GTE, exp.LTE):
        if not (isinstance(node.expression, exp.Literal) and DATE_LITERAL.fullmatch(str(node.expression.this))):
            return ()
    lows = [t.low for t in parse.toks]
    starts = {m.start for m in parse.mentions if m.kind in ("column", "metric", "table")}
    columns = {m.start for m in parse.mentions if m.kind in ("column", "metric")}
    figures = {i for m in parse.mentions if m.kind not in ("column", "metric", "table") for i in range(m.start, m.end)}
    out = []
    for i in range(len(lows)):
        if i and lows[i - 1] in COMPARED_NOT_AFTER:
            continue
        lead = lows[i] in COMPARED_LEADS
        j = i + 1 if lead else _column_phrase_end(lows, i)
        if j is None or (not lead and COMPARED_LEADS & set(lows[i:j])):
            continue  # "more than": its lead word "than" says it
        k = j
        while j < len(lows) and lows[j] in COMPARED_DETERMINERS:
            j += 1
        if j >= len(lows) or j in figures or lows[j] in TIME_WORDS or lows[j] in NUM_WORDS or not lows[j].isalpha():
            continue  # a number, a value or a period ("more than 3", "more than once", "more than a year")
        linked = any(m.start <= j < m.end for m in parse.mentions)
        owned = bool(OWNER_PRONOUNS & set(lows[k:j])) and (j in starts or not linked)
        if (j in starts or lows[j] in COMPARED_FIGURES or not linked) if lead else (j in columns or owned):
            out.append(" ".join(t.orig for t in parse.toks[i : j + 1]))
    return tuple(out)


def _column_phrase_end(lows: list[str], i: int) -> int | None:
    """The end of a comparison phrase at ``i`` that may set a column against another (``CMP_WORDS`` comparing,
    ``COLUMN_CMP_WORDS``), else None."""
    for words, op in (*CMP_WORDS, *COLUMN_CMP_WORDS):
        said = tuple(lows[i : i + len(words)]) == words
        if said and op in (">", "<", ">=", "<=") and all(w.isalpha() for w in words):
            return i + len(words)
    return None


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _named(parse: Any) -> set[int]:
    """Indexes of the tokens inside a schema name or a value ("invoice no", "Total")."""
    kinds = ("table", "column", "metric", "value", "literal")
    return {i for m in parse.mentions if m.kind in kinds for i in range(m.start, m.end)}


def dropped_items(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Tables the question lists as a further item ("names of authors and the books they wrote": "and", "along
    with", ", with" or a comma inside a list, then only ``LISTED_LEADS``; or asks of with a second question word,
    "which author wrote which book") that a list with no aggregate shows no column of: the reading joined them and
    dropped them from the answer. "Both A and B" joins two conditions, not two items."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or any(e.find(exp.AggFunc) for e in tree.expressions):
        return ()
    shown = {c.table for e in tree.expressions for c in e.find_all(exp.Column)}
    if not shown:
        return ()
    if shown == {""} and not tree.args.get("joins"):
        shown = {t.name for t in tree.find_all(exp.Table)}  # one table's columns, unqualified
    lows = [t.low for t in parse.toks]
    named = {i for y in links for i in range(y.start, y.end)}
    out = []
    for x in links:
        if x.kind != "table" or x.table in shown:
            continue
        k = x.start - 1
        while k >= 0 and lows[k] in LISTED_LEADS:
            k -= 1
        joined = k >= 0 and (
            lows[k] == "and"
            or lows[k - 1 : k + 1] in (["along", "with"], ["together", "with"], [",", "with"])
            or (lows[k] == "," and _list_goes_on(lows, x.end))
            or (lows[k] == "with" and lows[x.end : x.end + 1] in ([p] for p in CLAUSE_PRONOUNS))
        )
        # a list opening a sentence ("... under offer? Site and plot number please")
        joined = joined or ((k < 0 or lows[k] in SENTENCE_ENDS) and lows[x.end : x.end + 1] == ["and"])
        if (joined and "both" not in lows[:k]) or _asked_again(lows, k, x.start, named):
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def _list_goes_on(lows: list[str], end: int) -> bool:
    """Whether the words from ``end`` go on as a list ("author, shop and date": "and" before any clause word)."""
    for w in lows[end:]:
        if w == "and":
            return True
        if w in (",", ";", ".", "?", "which", "who", "that", "where", "how", "what"):
            return False
    return False


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


def reference_choices(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Reference columns a join follows when their table has another reference to the same table that a word
    of the question names while none names the one taken ("addresses students currently live at" joined on
    the permanent address): the reading took the other relation of the same rows than the one asked for. So is
    one of several references no word names at all, to a table whose rows the statement keeps by a value
    ("matches Moonshot played" joined on the winner, of a home side, an away side and a winner): any of them
    may be meant, or all."""
    from sqlglot import exp

    from .lexicon import owner_reference

    schema = parse.schema
    words = {lemma for t in parse.toks for lemma in word_forms(t.low)}
    linked = {(x.table, x.column) for x in links if x.column}
    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    kept = {c.table.lower() for c in where.find_all(exp.Column)} if where is not None else set()
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
                common = set.intersection(*(reference_words(f) for f in siblings))
                if (reference_words(fk) - common) & words:
                    if any((reference_words(f) - common) & words for f in others):
                        out.append(fk.column)  # "permanent address different from the current one": both named
                    continue  # named
                if any((reference_words(f) - common) & words for f in others):
                    out.append(fk.column)
                elif len(siblings) > 2 and fk.ref_table.lower() in kept and not _role_named(siblings, parse, linked):
                    out.append(fk.column)  # one of three or more roles, none named, to rows a value picks
    return tuple(dict.fromkeys(out))


def fanned_adjectives(parse: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values said right before the noun of the rows listed ("active accounts") that the reading found in a table
    each of those rows has many of (the status of the quarries an account's orders came from): an adjective before
    its noun says what the rows are, not what some of their related rows are."""
    if not base:
        return ()
    out = []
    for x in links:
        if x.kind != "value" or not x.table or x.table == base or not parse.pl.fans_out(base, x.table):
            continue
        after = next((m for m in parse.mentions if m.start == x.end and m.kind in ("table", "column")), None)
        if after is not None and after.t == base:
            out.append(x.text)
    return tuple(dict.fromkeys(out))


def value_owners(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values reached through one table while another table of the statement also refers to the value's table and
    is the one the question names right before the value ("players on teams based in the UK" joined through the
    player's country, not the team's), or two tables joined to each other through the value's row ("campers at
    sites in France" as campers and sites of one country): the reading put the condition on other rows than the
    ones it describes."""
    from sqlglot import exp

    fks = parse.schema.foreign_keys
    tables = {t.name for t in tree.find_all(exp.Table)}
    joined: dict[str, set[str]] = {}  # a table -> the tables its join condition ties it to
    for join in tree.find_all(exp.Join):
        on, this = join.args.get("on"), join.this
        if on is None or not isinstance(this, exp.Table):
            continue
        ties = {c.table for c in on.find_all(exp.Column) if c.table and c.table != this.name}
        joined.setdefault(this.name, set()).update(ties)
        for tie in ties:
            joined.setdefault(tie, set()).add(this.name)
    out = []
    for x in links:
        if x.kind != "value" or not x.table or x.table not in tables:
            continue
        referring = {f.table for f in fks if f.ref_table == x.table and f.table != x.table} & tables
        if len(referring) < 2:
            continue
        ties = joined.get(x.table, set())
        if len(ties & referring) >= 2:
            out.append(x.text)  # both joined through the value's row: "campers at sites in France" read as both
            continue
        before = [m for m in parse.mentions if m.end <= x.start and m.kind in ("table", "column") and m.t in referring]
        owner = before[-1].t if before else None
        if owner is not None and owner not in ties:
            out.append(x.text)
    return tuple(dict.fromkeys(out))


def stray_values(parse: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Values said as a lower-case verb in -ing and found only in a table no word of the question names, two joins
    or more away from the rows asked about and many per row ("equipment waiting to be repaired" read as the
    waiting-list entries of the equipment's site whose status is 'Waiting'): a verb matched a stored state and
    the reading invented the relation that reaches it."""
    if not base:
        return ()
    named = {x.table for x in links if x.kind in ("table", "column")}
    out = []
    for x in links:
        if x.kind != "value" or not x.table or x.table in named or x.table == base:
            continue
        said = parse.toks[x.start : x.end]
        if len(said) != 1 or said[0].quoted or said[0].orig != said[0].low or not said[0].low.endswith("ing"):
            continue  # a name ("Elm Road"), quoted, or a noun ("a cat"): the user means the stored value
        if parse.pl.distance(base, x.table) >= 2 and parse.pl.fans_out(base, x.table):
            out.append(x.text)
    return tuple(out)


def unused_roles(parse: Any, tree: Any) -> tuple[str, ...]:
    """Past participles that reach a table only as the role a reference to it is named for ("liked" of
    ``likes.liked_id``) when the statement uses no such reference: "students who are liked" read as every student
    leaves the relation the participle said out. A noun of a role ("teachers" of ``teacher_id``, "pax") may name
    the table's rows themselves, unless it is also spelt as a value of theirs (:func:`_role_value`: "bakers" beside
    the role 'Baker'), and the owner's side of a pairing table (``student_id`` beside ``liked_id``) says
    whose row it is, not a role: neither counts."""
    from sqlglot import exp

    from .lexicon import owner_reference, singular, split_identifier

    used = {c.name.lower() for c in tree.find_all(exp.Column)}
    out = []
    for m in parse.mentions:
        valued = _role_value(parse, m, used)
        if m.kind != "table" or not m.t or not (past_participle(parse.toks[m.end - 1].low) or valued):
            continue
        words = {form for t in parse.toks[m.start : m.end] for form in word_forms(t.low)}
        if words & {singular(w) for w in split_identifier(m.t)}:
            continue  # the word names the table itself
        fks = [f for f in parse.schema.foreign_keys if f.ref_table == m.t]
        named = [f for f in fks if reference_words(f) and reference_words(f) <= words]
        roles = [f for f in named if not owner_reference(f, [g for g in fks if g.table == f.table])]
        if roles and not any(f.column.lower() in used for f in roles):
            out.append(" ".join(t.low for t in parse.toks[m.start : m.end]))
    return tuple(dict.fromkeys(out))


def _role_value(parse: Any, m: Any, used: set[str]) -> bool:
    """Whether a table mention's words are also spelt as a value of a column of that table the statement does not
    read ("bakers" for staff, reached as the role of ``batches.baker_id``, beside the role 'Baker'): used without
    that reference, the words may name those rows only, not every row of the table."""
    if m.kind != "table" or not m.t:
        return False
    hits = parse.eng.values.lookup(" ".join(t.sing for t in parse.toks[m.start : m.end]))
    return any(h.table == m.t and h.source == "exact" and h.column.lower() not in used for h in hits)


def _role_named(siblings: list[Any], parse: Any, linked: set[tuple[str, str]]) -> bool:
    """Whether a word of the question names one of several references to the same table: a link to it, or a
    verb its name is about ("won" and ``winner_id``)."""
    from .lexicon import names_verb

    if any((f.table, f.column) in linked for f in siblings):
        return True
    words = [t.low for t in parse.toks if t.low.isalpha()]
    return any(names_verb(w, low) for f in siblings for w in reference_words(f) for low in words)


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


def superlative_columns(parse: Any, links: tuple[Link, ...], tree: Any) -> tuple[str, ...]:
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


def uncounted(parse: Any, tree: Any) -> bool:
    """Whether "how many" is answered by a list of a column's values, with no aggregate, no limit and no
    filter that keeps one row (its key or its own name equal to a value): "how many people live in the
    coastal towns" shown as each town's population, where one figure was asked; or by aggregates none of which
    counts or adds up (a maximum beside it, the count dropped)."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    if not any(a == "how" and b in ("many", "much") for a, b in zip(lows, lows[1:], strict=False)):
        return False
    if not isinstance(tree, exp.Select) or tree.find(exp.Limit) is not None:
        return False
    if tree.find(exp.AggFunc) is not None:
        # "how many people live in Asia, and what is the largest GNP": a figure asked beside an extreme, answered
        # with the extreme alone (no count, no total, no average: "on average how many days" is one)
        shown = [a for e in tree.expressions for a in e.find_all(exp.AggFunc)]
        many = any(a == "how" and b == "many" for a, b in zip(lows, lows[1:], strict=False))
        return many and bool(shown) and all(isinstance(a, (exp.Max, exp.Min)) for a in shown)
    only = [t.name for t in tree.find_all(exp.Table) if t.find_ancestor(exp.Select) is tree]
    default = only[0] if len(set(only)) == 1 else ""
    where = tree.args.get("where")
    for eq in where.find_all(exp.EQ) if where is not None else ():
        if eq.find_ancestor(exp.Select) is not tree:
            continue  # a sub-query's condition keeps its own rows, not the ones listed
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
        dated = column is not None and column.family in DATE_FAMILIES
        if dated and past_participle(lows[x.start]) and not (x.start and lows[x.start - 1] in GROUP_LEADS):
            out.append(x.words)
    return tuple(dict.fromkeys(out))


def one_for_two(parse: Any, links: tuple[Link, ...], tables: list[str]) -> tuple[str, ...]:
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


def column_of_column(parse: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Column links no rule placed, followed by "of" ("the") and another such column link."""
    cols = sorted((x for x in links if x.kind == "column" and not x.used), key=lambda x: x.start)
    out = []
    for a, b in zip(cols, cols[1:], strict=False):
        between = [t.low for t in parse.toks[a.end : b.start]]
        if between in (["of"], ["of", "the"]) and (a.table, a.column) != (b.table, b.column):
            out.append(a.words)
    return tuple(out)


#: determiners between "of" and the table that owns a column ("the details of all students")
OF_DETERMINERS = frozenset({"the", "all", "every", "each", "its", "their"})


def foreign_columns(parse: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Column links right after a one-word link of another table ("the invoice amount") whose named table has
    columns of its own with a name word of the linked column ("amount" of net_amount, total_amount): the noun
    says whose figure it is, so a column of a related table is a guess, and which of the table's own is meant
    is not known. So is a column link before "of" and another table one of whose own columns has every word of
    the linked column's name ("the other details of all students" beside ``other_student_details``)."""
    from .lexicon import name_words

    tables = {x.end: x for x in links if x.kind == "table" and x.table and x.end - x.start == 1}
    after = {x.start: x for x in links if x.kind == "table" and x.table}
    lows = [t.low for t in parse.toks]
    out = []
    for x in links:
        if x.kind != "column" or not x.table or not x.column:
            continue
        said = set(name_words(x.column))
        named = tables.get(x.start)
        if named is not None and named.table != x.table:
            table = parse.schema.table(named.table)
            if table is not None and any(said & set(name_words(c.name)) for c in table.columns):
                out.append(x.words)
            continue
        if x.end < len(lows) and lows[x.end] == "of":
            k = x.end + 1
            while k < len(lows) and lows[k] in OF_DETERMINERS:
                k += 1
            owner = after.get(k)
            table = parse.schema.table(owner.table) if owner is not None and owner.table != x.table else None
            if table is not None and any(said <= set(name_words(c.name)) for c in table.columns):
                out.append(x.words)
    return tuple(out)


def two_entities(parse: Any, draft: Draft, links: tuple[Link, ...]) -> tuple[Link, ...]:
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


def dropped_rankings(parse: Any, tree: Any) -> tuple[str, ...]:
    """The superlatives ("largest", "most", "longest") beyond the first n, where n counts the statement's
    rankings: each ORDER BY and each MAX or MIN. "From highest to lowest" is one ordering."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    found = []
    for i, w in enumerate(lows):
        if not (w in SUPERLATIVE_WORDS or (w.endswith("est") and w in ADJ_COLUMNS)):
            continue
        back = [x for x in lows[max(0, i - 2) : i] if x not in ("the", "a")]
        if back[-1:] == ["at"]:
            continue  # "at least two": a bound, no ranking
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
    if not found:
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


def dropped_negation(parse: Any, sql: str, tree: Any = None) -> bool:
    """The question negates (``NEGATION_WORDS`` outside names and outside a comparison the parse used, as in
    "no more than 4", which is already the opposite comparison) and the statement negates nothing; or it negates
    a verb of its rows ("who doesn't keep a cat") and the statement tests a joined table's value against it
    (``pet_type <> 'cat'``: rows with some other pet, not rows with no cat)."""
    named = (_named(parse) - _determiner_negations(parse)) | _negated_comparisons(parse) | _negated_repeats(parse)
    named |= _compound_negations(parse)
    negates = any(t.low in NEGATION_WORDS for i, t in enumerate(parse.toks) if i not in named)
    if negates and not any(n in sql.upper() for n in NEGATION_SQL):
        return True
    return tree is not None and _negated_verb(parse) and _joined_inequality(tree)


def _negated_verb(parse: Any) -> bool:
    """Whether "not"/"never" negates a verb other than "be" that takes an object ("doesn't keep a cat")."""
    from lemminflect import getAllLemmas

    def verb(word: str) -> bool:
        lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
        return bool(lemmas) and "be" not in lemmas

    lows = [t.low for t in parse.toks]
    return any(
        lows[i] in HAVE_NEGATIONS and lows[i + 2] in OBJECT_DETERMINERS and verb(lows[i + 1])
        for i in range(len(lows) - 2)
    )


def _joined_inequality(tree: Any) -> bool:
    """Whether the statement tests a joined table's column (not its base's) with an inequality."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select):
        return False
    source = tree.args.get("from")
    base = source.this.name if source is not None and isinstance(source.this, exp.Table) else None
    return any(all(c.table and c.table != base for c in test.find_all(exp.Column)) for test in tree.find_all(exp.NEQ))


def _compound_negations(parse: Any) -> set[int]:
    """Positions of a negation word hyphened to the next one in words read together ("no-show" read as a
    flag's name): one noun, no negation of the statement."""
    lows = [t.low for t in parse.toks]
    used = getattr(parse, "used", set())
    return {
        i
        for i in range(len(lows) - 2)
        if lows[i] in NEGATION_WORDS and lows[i + 1] == "-" and {i, i + 1, i + 2} <= used
    }


def _determiner_negations(parse: Any) -> set[int]:
    """Positions of a negation word that opens a name read over a plural noun ("no flights" read as a flight
    number), or ends one read after a plural noun before a word ("plots no one rented" read as a plot number):
    beside a plural it is the determiner "no", whatever name it was read into."""
    out = set()
    toks = parse.toks
    for m in parse.mentions:
        first, last = toks[m.start], toks[m.end - 1]
        if m.end - m.start < 2:
            continue
        hyphenated = toks[m.start + 1].low == "-"  # "no-shows": one word
        if first.low in NEGATION_WORDS and last.low != last.sing and not hyphenated:
            out.add(m.start)
        before = toks[m.end - 2]
        if last.low == "no" and before.low != before.sing and m.end < len(toks) and toks[m.end].low.isalpha():
            out.add(m.end - 1)
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


def _one_figure_asked(parse: Any, i: int) -> bool:
    """Whether the figure word at ``i`` opens a column's name after "is the"/"was the" ("what was the total
    amount invoiced in 2024" with ``total_amt``): one figure is asked, so the column's values are summed."""
    lows = [t.low for t in parse.toks]
    return i >= 2 and lows[i - 1] == "the" and lows[i - 2] in ("is", "was") and any(
        m.kind == "column" and m.start == i for m in parse.mentions
    )


def dropped_measures(parse: Any, sql: str) -> tuple[str, ...]:
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
        elif tok.low in FIGURE_WORDS and _one_figure_asked(parse, i) and not any(a in upper for a in _AGGREGATES):
            out.append(tok.orig)  # "what was the total amount invoiced" (``total_amt``) answered with a list
        elif _count_noun(parse, i) and i not in named and "COUNT(" not in upper:
            out.append(tok.orig)  # "give me a count for each" answered with a list
        elif _share_of_rows(parse, i) and "/" not in upper:
            out.append(tok.orig)  # "percentage of new rentals that ..." read as a percent column averaged
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


def _share_of_rows(parse: Any, i: int) -> bool:
    """Whether the word at ``i`` asks for a share of rows: a percent word, "of", then (past determiners and
    adjectives) a table's noun ("percentage of new rentals"), not a column ("percentage of discount")."""
    lows = [t.low for t in parse.toks]
    if lows[i] not in PERCENT_LEADS or i + 1 >= len(lows) or lows[i + 1] not in ("of", *BE_FORMS):
        return False
    if any(m.start <= i < m.end and m.kind == "column" and max(w for *_, w in m.cands) >= WEAK for m in parse.mentions):
        return False  # "the share of TV series" with a share column: the column itself
    if lows[i + 1] != "of":
        return True  # "of the exams sat, what percentage were passed": a share of the rows named
    j = i + 2
    while j < len(lows) and not any(m.start == j for m in parse.mentions) and lows[j].isalpha() and j < i + 5:
        j += 1
    return any(m.start == j and m.kind == "table" for m in parse.mentions)


def _count_noun(parse: Any, i: int) -> bool:
    """Whether the word at ``i`` is "count" said as a noun ("a count for each", "the count of", "count by"), not
    the verb ("don't count refunds"), the end of a name ("page count": a column holding a count) nor the
    aggregated count a column holds ("the mean count of seats")."""
    lows = [t.low for t in parse.toks]
    before = lows[i - 1] if i else ""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i] != "count" or (i and any(m.start <= i - 1 < m.end for m in parse.mentions)):
        return False
    if before in AGG_WORDS:
        return False  # "the mean count of seats": an aggregate of a count the rows hold
    return before in ("a", "the") or after in ("of", "for", "by", "per")


def dropped_owners(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The row a column was asked of ("the oldest member and her age", "which hall is largest and what is its
    rent", "accounts in Leeds and what type they are") when the statement shows that column only: the row's own
    label was asked for too (its words, or its table's)."""
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
        # "and what type they are": the column asked of the rows named before by a question word and a pronoun
        asked = lows[x.start - 1] in WH_DETERMINERS and lows[x.end : x.end + 1] in (["they"], ["it"])
        if (lows[x.start - 1] not in OWNER_PRONOUNS and not asked) or not joined:
            continue
        if names == {x.column.lower()}:
            before = [y for y in links if y.kind == "table" and y.end <= joined[0]]
            out.append(before[-1].words if before else x.table or "")
    return tuple(w for w in out if w)


def _money_measure(parse: Any, i: int) -> bool:
    """Whether token ``i`` is a money word read as an amount: not counted ("many sales", "10 sales")."""
    if parse.toks[i].low not in MONEY_WORDS or i in getattr(parse, "modifiers", set()):
        return False  # "sales reps": the modifier of a table's noun, no amount
    before = parse.toks[i - 1] if i else None
    return before is None or not (before.low == "many" or before.num is not None or before.low.isdigit())


def dropped_groupings(parse: Any, tree: Any, base: str | None, links: tuple[Link, ...]) -> tuple[str, ...]:
    """Mentions right after a grouping word (``GROUP_LEADS`` but "by", which also orders) in a statement that
    aggregates but groups by no column of theirs (a share of revenue for each category answered with one
    total); "per" the base table's own rows ("average quantity per order item") needs no grouping. Also "each" or
    "every" before a period noun ("each month") in an aggregate that groups nothing: a figure per period was
    asked for, one figure answers; and "each one"/"each of" after the rows' noun ("singers and the number of shows
    each one sang in"): a figure per row was asked for; and "by" before a clause ("by where they came from") in a
    statement that groups nothing."""
    from sqlglot import exp

    lows = [t.low for t in parse.toks]
    by_clause = [
        f"by {lows[i + 1]}"
        for i in range(1, len(lows) - 1)
        if lows[i] == "by" and lows[i + 1] in CLAUSE_QUESTION_WORDS and lows[i - 1] not in ORDER_WORDS
    ]
    if by_clause and tree.find(exp.Group) is None:
        return tuple(by_clause[:1])  # "enquiries by where they came from": a grouping by what the clause says
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    if select is None or not any(e.find(exp.AggFunc) for e in select.expressions):
        return ()
    grouped = {(c.table.lower(), c.name.lower()) for g in tree.find_all(exp.Group) for c in g.find_all(exp.Column)}
    grouped_tables = {t for t, _ in grouped}
    grouped_columns = {c for _, c in grouped}
    out = []
    for x in links:
        lead = _grouping_lead(parse, x.start)
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
            if lows[i] == "each" and lows[i + 1] in ("one", "of") and i > 1:
                out.append(f"each {lows[i + 1]}")  # "singers and the number of shows each one sang in"
                break
    return tuple(out)


def _grouping_lead(parse: Any, start: int) -> str:
    """The word before a mention starting at ``start``, over up to two adjectives or modifiers of the noun
    ("each open apiary", "per active member", "for each revenue team": the grouping word still leads the
    noun)."""
    from lemminflect import getAllLemmas

    modifiers = getattr(parse, "modifiers", set())
    k = start - 1
    while (
        k >= 0
        and start - k <= 2
        and parse.toks[k].low not in GROUP_LEADS
        and (k in modifiers or parse.toks[k].low in MONEY_WORDS or "ADJ" in getAllLemmas(parse.toks[k].low))
    ):
        k -= 1
    return parse.toks[k].low if k >= 0 else ""


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


def code_guesses(parse: Any, links: tuple[Link, ...], base: str | None = None) -> tuple[str, ...]:
    """Values read from one short word typed in lower case (2-3 letters, no English word: a user's own
    abbreviation) as a code the data stores in capitals, of a table no other word names: "how many ppl" read
    as a department coded 'PPL'. So are the initials of several dictionary words read as such a code of a table
    other than the subject ``base`` ("spaces currently closed" as a payment method 'CC'; "finished goods" as a
    product type 'FG' of the products listed is the rows' own name). A code typed as stored ("flights from LHR")
    is no guess."""
    from lemminflect import getAllLemmas

    named = {x.table for x in links if x.kind in ("table", "column")}
    out = []
    for x in links:
        if x.kind != "value" or x.table in named:
            continue
        m = next((m for m in parse.mentions if m.kind == "value" and (m.start, m.end) == (x.start, x.end)), None)
        value = str(m.value) if m is not None and m.value is not None else ""
        if x.end - x.start > 1:
            words = [parse.toks[i].orig for i in range(x.start, x.end)]
            initials = "".join(w[:1] for w in words).upper()
            if value == initials and x.table != base and all(w.isalpha() and getAllLemmas(w.lower()) for w in words):
                out.append(" ".join(words))
            continue
        word = parse.toks[x.start].orig
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
        if lows[k] in BOUND_CLAUSE_SUBJECTS and lows[k + 1 : k + 2] in ([], ["has"], ["have"], ["had"], ["?"]):
            continue  # "... and how many it has": the rows counted, said again
        lemmas = getAllLemmas(lows[k])
        if "NOUN" in lemmas and "AUX" not in lemmas:
            out.append(parse.toks[k].orig)
    return tuple(out)


def unscoped_comparisons(parse: Any, tree: Any) -> tuple[str, ...]:
    """Words that keep the rows (a value, a state word) said again after the aggregate word of a comparison with
    a figure of all rows ("Buckfast hives with more frames than the average of Buckfast hives", "active members
    older than the average of active members"), when the statement's sub-query computing that figure keeps no
    rows: the figure was asked of the rows the words keep, not of the whole table. A table's own name said again
    ("products dearer than the average product") keeps nothing, so it is no such word."""
    from lemminflect import getAllLemmas
    from sqlglot import exp

    from .lexicon import singular

    subs = [
        s
        for cmp in tree.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE)
        for s in (cmp.this, cmp.expression)
        if isinstance(s, exp.Subquery)
        and isinstance(s.this, exp.Select)
        and not s.this.args.get("where")
        and s.this.find(exp.AggFunc) is not None
    ]
    if not subs:
        return ()
    lows = [t.low for t in parse.toks]
    at = next((k for k, w in enumerate(lows) if w in AGG_WORDS), None)
    if at is None:
        return ()
    schema_words = {i for m in parse.mentions if m.kind in ("table", "column") for i in range(m.start, m.end)}
    values = {i for m in parse.mentions if m.kind == "value" for i in range(m.start, m.end)}
    used = getattr(parse, "used", set())
    keeps = {
        singular(lows[i])
        for i in range(at)
        if i not in schema_words
        and lows[i].isalpha()
        and len(lows[i]) > 2
        # a value, or a content word a rule read (a state word: "current"), never "the"
        and (
            i in values or ((i in used or lows[i] in ROW_STATE_WORDS) and {"NOUN", "ADJ"} & set(getAllLemmas(lows[i])))
        )
    }
    keeps -= {*AGG_WORDS, *(IGNORABLE_WORDS - ROW_STATE_WORDS), *(w for phrase, _ in CMP_WORDS for w in phrase)}
    return tuple(
        dict.fromkeys(
            parse.toks[j].orig for j in range(at + 1, len(lows)) if j not in schema_words and singular(lows[j]) in keeps
        )
    )


def listed_with(parse: Any, tree: Any, links: tuple[Link, ...]) -> tuple[str, ...]:
    """The rows a plain list was asked of ("our kennels with the county they sit in") when the statement shows only the
    columns named after "with", none of them the rows' own label: the rows themselves were asked for as well, and
    are lost ("kennels with their names" shows the label, so the rows are there)."""
    from sqlglot import exp

    if not isinstance(tree, exp.Select) or tree.args.get("group") or tree.find(exp.AggFunc) is not None:
        return ()
    lows = [t.low for t in parse.toks]
    shown = [e.unalias() for e in tree.expressions]
    if not shown or not all(isinstance(e, exp.Column) for e in shown):
        return ()
    for x in links:
        if x.kind != "table" or "with" not in lows[x.end : x.end + 2]:
            continue
        at = lows.index("with", x.end)
        named = {(y.column or "").lower() for y in links if y.kind == "column" and y.table == x.table and y.start > at}
        labels = {c.lower() for c in parse.pl.label_columns(x.table)} if x.table else set()
        if all(e.name.lower() in named and e.name.lower() not in labels for e in shown):
            return (x.words,)
    return ()


def one_sided_events(parse: Any, tree: Any) -> tuple[str, ...]:
    """The verbs read as a two-sided event's table ("lent", "borrowed" for loans: :mod:`.sides`) whose side the
    table keeps in a column of two codes that the statement does not test: the reading answers for both sides
    where the verb said one."""
    from sqlglot import exp

    from .sides import one_sided

    tested = {c.name.lower() for node in tree.find_all(exp.Where) for c in node.find_all(exp.Column)}
    out = []
    for m in parse.mentions:
        table = parse.schema.table(m.t) if m.kind == "table" and m.t and m.end - m.start == 1 else None
        if table is None:
            continue
        word = parse.toks[m.start].low
        columns = one_sided(word, table, parse.eng.values, parse.eng.phrases)
        if columns and not any(c.lower() in tested for c in columns):
            out.append(word)
    return tuple(dict.fromkeys(out))


def hyphened_modifiers(parse: Any, tree: Any) -> tuple[str, ...]:
    """Words joined by a hyphen to a particle after them ("paid-for", "sold-out", "signed-off": a compound
    adjective saying which rows are meant) that the reading links to a column on their own, leaving the particle
    out, and tests nowhere: the reading shows, sums or ranks by the column where the compound kept some rows."""
    from sqlglot import exp

    from .patterns import STATE_PARTICLES, STATE_VERB_PARTICLES

    particles = STATE_VERB_PARTICLES | STATE_PARTICLES
    tested = {c.name.lower() for node in tree.find_all(exp.Where) for c in node.find_all(exp.Column)}
    toks = parse.toks
    out = []
    for m in parse.mentions:
        if m.kind != "column" or not m.c or m.end + 1 >= len(toks):
            continue
        if toks[m.end].low == "-" and toks[m.end + 1].low in particles and m.c.lower() not in tested:
            out.append(" ".join(t.low for t in toks[m.start : m.end + 2]).replace(" - ", "-"))
    return tuple(dict.fromkeys(out))
