"""How sure the engine is of one reading: a score from its links and rules, with the reasons that lowered it.

``confidence(evidence) -> Score`` is pure: it reads an :class:`Evidence` (what linking and planning decided, how
close the alternatives were, what the statement leaves out; gathered by :func:`.doubts.gather`) and returns ``1``
minus one penalty per doubt (``PENALTIES``). The engine answers at or above ``THRESHOLD`` and otherwise asks, with
2-4 verified full questions built for its doubts (one per close reading, the schema's nearest names for an unknown
word, a dropped grouping, measure or column stated explicitly; see :mod:`.clarify`), or declines, naming them.
An ``unknown`` word never answers, whatever the score.

The doubts, all general (none names a word of a question):

- ``unknown`` (0.4, never answers): a noun-like content word no rule used and no list explains (see
  :mod:`.clarify`); ``loose_word`` (0.15-0.2): an unused verb or adverb ("placed", "signed up": the row is
  the event; a state adverb before a word left unused, "still owed", even where another state was tested); a
  word saying which state the rows are in ("current", "still", "former", "closed") left unused on
  a table with state columns (a flag, a short status code, a nullable end date: :mod:`.row_state`), an unused
  adjective on a subject with a flag or an end date, or an unused past participle or a noun after "on"/"in" that
  a status code of the subject may stand for ("refunded" beside 'R', "on hold" beside 'H':
  :func:`.row_state.may_code_state`), weighs as an ``unknown`` noun: a dropped filter;
- ``close_column`` / ``close_value`` (0.4): a column mention, or a value found in several columns, whose chosen
  (table, column) scored within ``CLOSE`` of another (the resolver's own scores: link weight, focus, owner,
  distance) that is no farther from the query's base (``nearer_wins``): two readings tie, so the engine asks;
- ``dropped_column`` / ``dropped_number`` / ``dropped_measure`` / ``dropped_negation`` / ``dropped_grouping``
  (0.4): a column mention, a number, an aggregate or money word (``MEASURE_SQL``, ``MONEY_WORDS``: a sum), a
  negation (``NEGATION_WORDS``) or a table or column after "each"/"per"/"every" in an aggregate (no GROUP BY on
  it) the statement does not express: the reading dropped a filter, a measure or a grouping it was asked for
  (a column a rule placed to show or group by counts too, when a later rule lost it: "which test centre has
  the worst pass rate" answered with one rate; so do "a count for each" with no count and "by where ..." with no
  grouping);
  a past participle that reaches a table only as the role a reference to it is named for ("students who are
  liked": ``likes.liked_id``) in a statement that uses no such reference is a ``dropped_column``
  (:func:`.dropped.unused_roles`), and so is a noun of such a role also spelt as a value of the table ("bakers"
  beside the role 'Baker': every row, or those with that value?); a negated verb with an object ("who doesn't
  keep a cat") read as an inequality on a joined table's column (some other pet) is a ``dropped_negation``;
  a quoted text no literal of the statement holds is a ``dropped_number`` too, and so is a comparison with a
  column or a figure ("more than their target") in a statement that compares nothing but dates; a word for one figure
  (``FIGURE_WORDS``: "total", "overall") in a statement with no aggregate (also when it opens a column's name after
  "is the"/"was the": "what was the total amount invoiced" with ``total_amt``), "what percentage were ..." with no
  division, and "how much" answered with a count only (``AMOUNT_QUESTION``: a sum of an amount was asked), are
  ``dropped_measure`` doubts ("only one"/"just one" is a number like any other, dropped when nothing counts); so
  are a generic money word read as a charge of its own kind no word names ("sales" as ``delivery_fee``:
  :func:`.shape.charge_for_money`) and "how many <table>" answered with a sum of another table's number
  (:func:`.shape.summed_for_count`);
- ``close_value`` also (0.4): a value read as the own name of a row ("the area of Jordan") that is the own name
  of rows of another table as well, when no word names either table and no column word only one of them has
  tells them apart;
- ``echo`` (0.4): every column the statement shows is held to one value by its own filter, so the answer
  only repeats a word of the question back (the reading lost what the question asks about that row);
- ``column_of_column`` (0.4): "the A of the B" with A and B both columns no rule placed: A is asked of the row B
  picks out (a nested question), not two columns side by side;
- ``foreign_column`` (0.4): a column word right after a table's noun ("the invoice amount") read as a column of
  another table while the named table has columns of its own whose names hold that word: the noun says whose
  figure it is, and which of its own columns is meant is not known; so is a column before "of" and a table one
  of whose own columns has every word of it ("the other details of all students" as the enrolments' details);
- ``one_for_two`` (0.4): a table named twice apart ("shops that supply the shop with the most staff") that the
  statement reads once: two rows of it were asked about and the reading took them for one;
- ``superlative_column`` (0.4): a column whose name is a superlative ("highest_score") shown by default for
  many rows: "the highest score" more likely ranks the rows than lists that column of each;
- ``dropped_ranking`` (0.4): more superlatives in the question ("the largest shop in the smallest town") than
  rankings in the statement (an ORDER BY, a MAX or MIN): the reading ranked once where it was asked to rank a
  second time, a nested question it cannot express; one superlative (not "at least"/"at most") in a statement
  that ranks nothing ("which model has the greatest horsepower" listed unranked); also "first" or "last" ending
  the question right after a verb ("which club closed first"), or "top"/"bottom" before a number ("top 3
  clients"), in a statement that ranks nothing; also a grouped statement with no limit and no grouping word
  that orders a minimum from the top or a maximum from the bottom (:func:`.shape.inverted_extremes`: "the
  lowest-earning player" as every group's minimum);
- ``constant_measure`` (0.4): a one-table statement counts the rows of the table it groups by primary key, or a
  joined one counts the distinct keys of the table it groups by that key, or counts the rows of its FROM table
  grouped by that table's key over joins that each reach one row, so every group counts 1 and the ranking
  or figure says nothing (the rows meant to be counted were lost);
- ``one_row_test`` (0.4): two values the question asks for together ("stores with tea and coffee", "tea but
  not coffee") that the statement tests on one row (``IN``, or ``= A AND <> A'``) of a table each answer row
  has several of (not reached from the subject by foreign keys to the rows they reference): the reading
  answers "either" where "both" or "one without the other" was asked (:func:`.doubts.one_row_tests`); so does
  "both <table> and <table>" (the two tables' rows in common) or "both" before two opposite comparisons
  ("founded both before 1990 and after 2000": two sets) in a statement that intersects nothing
  (:func:`.doubts.both_tables`), and tests no row passes (:func:`.shape.contradictions`): conditions no value of a
  column passes at once (``age > 40 AND age < 30``), an INTERSECT showing the column its two sides hold to
  different values, or a key kept IN its own rows where both sides hold one column of the same row apart; the
  statement returns nothing by construction;
- ``counted_amount`` (0.4): the statement counts the values of a number column that is no key nor reference
  ("how many seats does the hall have" as a count of seat figures): the column holds an amount itself; a
  question asking for different values ("how many different prices") is exempt;
- ``odd_measure`` (0.4): the statement sums or averages a column that holds no amount: a key or a reference, or
  a yes/no flag averaged where the question asks for no share, rate or average (:func:`.shape.odd_measures`);
- ``unnamed_ranking`` (0.4): the statement orders by a column, as it is, of a table other than the rows ranked
  that no word names ("the biggest spending customers" by their home store's floor area:
  :func:`.shape.unnamed_rankings`): the measure that ranks was invented;
- ``dropped_universal`` (0.5): the question asks that rows relate to every row of another table ("stayed at every
  one of our hostels") and the statement compares no count with that table's (:func:`.shape.dropped_universals`):
  rows related to any one would be answered;
- ``value_owner`` (0.4): a value reached through one table while another table of the statement, the one the
  question names right before it, refers to the value's table too ("players on teams based in the UK" through the
  player's country: :func:`.dropped.value_owners`): the condition is kept on other rows than those it describes;
  so is a value said right before the noun of the rows listed but found in a table each of them has many of
  ("active accounts" as the status of their orders' quarries: :func:`.dropped.fanned_adjectives`), and a verb in
  -ing matched to a state of a table no word names, two joins away and many per row ("equipment waiting to be
  repaired" as the site's waiting-list entries 'Waiting': :func:`.dropped.stray_values`);
- ``thing_for_who`` (0.4): a question opening with "who" answered with rows that are neither people nor a body of
  them while another table's rows are (:func:`.shape.things_for_who`): the people asked for were not found;
- ``rows_or_quantity`` (0.4, a close call): "how many tickets" counts the rows of a tickets table while an event
  table next to it records how many tickets each row holds (``num_tickets``): the rows counted and the quantity
  added up are both readings, so the engine asks with one option each (:mod:`.parse.quantities`); so are
  rows recording a number of each kind of the things ("adult_tickets", "child_tickets"): the rows or the sum;
- ``bare_key`` (0.4): the statement shows only a key (primary key or reference) that no word names ("which
  parcel was posted last" answered with parcel ids): the rows were found, what was asked of them was lost
  ("where is <row>" asks for its references, so is exempt);
- ``dropped_item`` (0.4): a table the question lists as a further item ("names of authors and the books
  they wrote", a list opening a sentence "... under offer? Site and plot number", "reps with the site they look
  after") that a list with no aggregate shows nothing of; also a column asked of a row after "and its"
  ("the oldest cat and its weight", ``OWNER_PRONOUNS``) shown alone, without the row's label;
- ``stray_grouping`` (0.4): a grouped statement groups by a column no rule placed (the select list took it by
  default) beside columns of another table ("loans of each branch" split by the loans' titles too): the
  groups are no longer the rows the question asks about; a column listed after a grouping word ("by
  category and segment") was asked for, and a reference counts for the row it references; also a column
  grouped by and summed or averaged at once (:func:`.shape.grouped_measures`): each group's figure is its own
  value, so the figure per group was lost; and a decimal column grouped after "per" ("price per litre",
  :func:`.shape.rate_units`): a rate was asked, not a figure for each amount;
- ``shown_flag`` (0.4): a yes/no column (``FLAG_PREFIXES``: "is_member") that an adjective names ("member
  customers") shown and never tested: the rows it holds for were asked for, not the flag of every row;
- ``uncounted`` (0.4): "how many" answered with a list of a column's values, with no aggregate, no limit and no
  filter on a key or own name that keeps one row: one figure was asked for;
- ``ungrouped_column`` (0.4): a column shown beside an aggregate in a statement with no GROUP BY: the figure is
  over all rows and the column one arbitrary row's value (what the figure was for was lost); also a column a
  grouped statement orders by that it neither groups by nor aggregates (each group placed by one arbitrary row);
- ``unasked_grouping`` (0.4): an aggregate grouped only by a column no rule placed, of a related table no word
  names, that is the rest of a noun compound whose first word a rule read as a column ("star rating": the
  stars averaged, split by each review's rating): one figure was asked; also a past participle read as a date
  column the figure is split by with no grouping word before it ("how many members are registered"):
  the verb says what happened to the rows counted (:func:`.doubts.participle_groupings`); and "how many" answered per
  period with no grouping word in the question ("how many annual passes": :func:`.doubts.counted_grains`);
- ``reference_choice`` (0.4): a join along one of two references of a table to the same table when a word
  of the question names the other one ("where members currently live" joined on the previous address) or both
  ("permanent address different from the current one": the reading relates one), or
  along one of three or more that no word names, to rows a value picks ("matches Moonshot played": home side,
  away side or winner); a pairing table's owner side ("student_id" beside "friend_id" in a friendships table)
  is its default. (Two references no word names stay a join choice: "flights landing in Aberdeen" is read by
  the rules for arrivals, and doubting every such pair lost four right Spider answers for one wrong);
- ``far_subject`` (0.4): the subject table is named by part of its name only and every value named may lie in one
  other table naming its own rows, ``FAR_SUBJECT`` joins or more away (:func:`.doubts.far_subject`): reading that table
  as the subject needs no join, so the long one is a guess;
- ``counted_label`` (0.4): no word names the subject and a plain count keeps its rows by one value of their own
  label (:func:`.doubts.counted_label`): the value's words likely named other rows to count;
- ``joined_period`` (0.4): a period filters a date column of a joined table that no word names while the base
  table has a date of its own ("patients seen in 2024": the visits' dates or the patients' own): a guess
  between two dates;
- ``thing_period`` (0.4): a period filters a date of a thing the measured rows refer to (a product's launch, a
  person's start) that no word names, while those rows have no date of their own and the thing is not the event
  they belong to (:func:`.shape.thing_periods`): the thing's date does not date the fact;
- ``unshown_choice`` (0.4): a question word right before a table's noun picks that table's rows ("members on
  which plan rode most": the plan) and the statement shows no column of it nor of a row it references (a column
  inside an aggregate shows no row: "the heaviest load, and on which ticket" answered with MAX alone);
- ``code_guess`` (0.4): a short word typed in lower case that no dictionary knows (2-3 letters: a user's own
  abbreviation) read as a capital code the data stores, of a table no other word names;
- ``name_guess`` (0.4): a common English word typed in lower case (one a dictionary knows, frequent in English
  text: "price", "young") read as a person's first, last or full name the data stores, of a table no other
  word names;
- ``uncounted_noun`` (0.4): the noun after "how many" (over adjectives and "different") that nothing read: the
  rows counted are another table's;
- ``fanned_ranking`` (0.4): a list of more than one row, grouped by nothing, ordered by a column of a table each
  shown row has several of ("top 3 clients" by one order's amount shows a client once per order); also one row
  ranked by an amount said after a verb and "most" ("which fitter has booked the most labour hours") and shown
  by a text attribute many rows share: the total per fitter was asked (:func:`.shape.summed_values`);
- ``unasked_count`` (0.4): a grouped statement counts rows (not the base of a share) though no word asks for a count
  or a ranking by one (``COUNT_ASK_WORDS`` outside a value, a number beside a HAVING, a grouping word after a
  plural noun or before a noun that is no period): "what does <row> cost per month" read as a count per month;
- ``remote_period`` (0.4): a grouping by period on the dates of a table no word names, that no aggregate
  measures and that no measured row references, or of a table whose one row a filter on its key or label keeps
  (a row's figure "per month" or "daily" is its rate, not a split by its own date);
- ``unnamed_join`` (0.4): ``UNNAMED_CHAIN`` or more joined tables no word names (no used or full-name link, no
  column the statement reads), read only in join conditions and joining no two needed tables, when no word
  names part of their names: a path that only multiplies rows or carries a stray filter;
- ``and_for_or`` (0.4): two values the question joins with "or" ("the red or the blue ones") that the statement
  tests each with "=" joined by AND and by no OR (both must hold of one row: the "or" was lost);
- ``unscoped_comparison`` (0.4): a comparison with a figure of all rows (a sub-query keeping no rows) when a word
  that keeps the rows (a value, a state word) is said again after the aggregate word ("Buckfast hives with more
  frames than the average of Buckfast hives"): the figure was asked of those rows only
  (:func:`.dropped.unscoped_comparisons`); ``one_sided_event`` (0.4): a verb read as a two-sided event's table
  ("lent" and "borrowed" both find loans) whose two-code side column the statement does not test
  (:func:`.dropped.one_sided_events`); ``hyphened_modifier`` (0.4): a word hyphened to a particle ("paid-for",
  "sold-out") read as a column alone that nothing tests (:func:`.dropped.hyphened_modifiers`); ``any_or_every``
  (0.4): a value compared with "any" of some rows ("larger than any country in Africa"), read as every row (the
  largest) while it may mean one (the smallest): the engine asks, offering "every" and "at least one";
- ``fanned_sum`` (0.4): a sum or an average of one table's column over a join to a table each summed row has
  several of: each row is added once per joined row;
- a breakdown word (``BREAKDOWN_WORDS``: "a colour breakdown") in a statement that groups nothing is a
  ``dropped_grouping``; ``constant_measure`` and ``bare_key`` read each select of a statement with sub-queries
  on its own; ``reference_choice`` reads only the words telling two references apart ("start", "end"), not a
  word both names share;
- ``unplaced_column`` (0.1 each): a column mention no rule gave a role (the select list takes it by default);
  ``loose_column`` (0.4) when only a loose link (weight below ``LOOSE``: the thing an "X_name" column names, a
  middle word of a long name) found it: the word is as good as unknown;
- ``kin_link`` (0.4): a table reached by a noun WordNet only relates to its name (a broad hypernym, a sister
  term, a noun of the same kind: "clients" for owners); the engine asks whether that table was meant;
- ``weak_link`` (0.1): a column or table reached by a partial name (one word of a longer name, a synonym, the
  sorted stems) rather than its name (link weight below ``WEAK``); ``fuzzy`` (0.1): a misspelling;
- ``join_choice`` (0.1): a table reached from the base by several shortest foreign-key paths;
- ``long_join`` (0.1): the statement joins ``LONG_JOIN`` (4) tables or more: a long chain of relations,
  each a way to read the question wrong (on Spider dev 4 of 19 such answers were right; none in the dev sets);
- ``implied_subject`` (0.1): no word names the table the query is about (it came from columns or values).

Calibration (``bench/bench_trust.py --thresholds ...``: one scoring pass per question, accuracy / precision in %
per threshold). On Spider dev answered questions with a ``dropped_*`` doubt are 0-15% right, with a close
reading 10-12%, an unknown word 23%, an unplaced column 61% (none: 83%); weak links (80%), join choices and
implied subjects (65-80%) only count together. With these penalties:

=========  =============  ============  ======  ========
threshold  Spider         reworded      shop    Chinook
=========  =============  ============  ======  ========
0.00       60.1 / 72.6    59.1 / 77.0   100     98.4
0.50       59.1 / 78.4    58.1 / 80.6   100     98.4
0.60       58.2 / 79.8    57.2 / 82.0   100     98.4
**0.65**   57.5 / 82.7    57.2 / 84.8   100     98.4
0.70       56.5 / 83.2    56.3 / 85.2   100     98.4
0.75       52.2 / 83.5    51.2 / 86.6   100     98.4
0.80       49.9 / 83.3    49.3 / 86.9   98.8    98.4
0.90       32.0 / 87.4    30.7 / 85.7   87.2    84.8
=========  =============  ============  ======  ========

(``bench/bench_trust.py --thresholds 0,0.5,0.6,0.65,0.7,0.75,0.8,0.9``; shop and Chinook: accuracy, their
precision is 100% at every threshold; Chinook's two misses are declines at any threshold.) ``THRESHOLD`` stays
0.65: it is where Spider and reworded precision pass 80% and 84%, and every step past it costs about a point of
accuracy or more for a fraction of a point of precision (0.75 gains 0.8 points of Spider precision for 5.3 of
accuracy). The doubts of the reading's shape (``one_row_test``, ``counted_amount``, ``bare_key``,
``dropped_item``, ``long_join``, ``stray_grouping``, ``shown_flag``, ``uncounted``, ``echo``, ``one_for_two``,
``column_of_column``, ``superlative_column``, ``dropped_ranking``) and an ``unshown`` word (see :mod:`.clarify`)
are what moved the curve: at 0.65 Spider went from 72.4% precision before them to 82.7%.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

#: a second reading within this resolution score of the chosen one is close
CLOSE = 0.1
#: a link weight below this is a partial match (one word of a column name, a synonym, a stem bag)
WEAK = 0.9
#: a link weight below this is a loose one (the thing an "X_name" column names, a middle word of a long name,
#: a rare sense's word): a column found only so and placed by no rule is a doubt (``loose_column``)
LOOSE = 0.55
PENALTIES = {
    "unknown": 0.4,
    "close_column": 0.4,
    "close_value": 0.4,
    "dropped_column": 0.4,
    "loose_column": 0.4,
    "dropped_number": 0.4,
    "dropped_measure": 0.4,
    "dropped_negation": 0.4,
    "dropped_grouping": 0.4,
    "constant_measure": 0.4,
    "one_row_test": 0.4,
    "counted_amount": 0.4,
    "odd_measure": 0.4,
    "rows_or_quantity": 0.4,
    "bare_key": 0.4,
    "dropped_item": 0.4,
    "dropped_ranking": 0.4,
    "echo": 0.4,
    "column_of_column": 0.4,
    "foreign_column": 0.4,
    "one_for_two": 0.4,
    "superlative_column": 0.4,
    "stray_grouping": 0.4,
    "shown_flag": 0.4,
    "uncounted": 0.4,
    "joined_period": 0.4,
    "thing_period": 0.4,
    "ungrouped_column": 0.4,
    "unasked_grouping": 0.4,
    "kin_link": 0.4,
    "reference_choice": 0.4,
    "value_owner": 0.4,
    "far_subject": 0.4,
    "unnamed_ranking": 0.4,
    "thing_for_who": 0.4,
    "dropped_universal": 0.5,
    "counted_label": 0.4,
    "unshown_choice": 0.4,
    "code_guess": 0.4,
    "name_guess": 0.4,
    "uncounted_noun": 0.4,
    "fanned_ranking": 0.4,
    "unasked_count": 0.4,
    "remote_period": 0.4,
    "unnamed_join": 0.4,
    "fanned_sum": 0.4,
    "and_for_or": 0.4,
    "unscoped_comparison": 0.4,
    "one_sided_event": 0.4,
    "hyphened_modifier": 0.4,
    "any_or_every": 0.4,
    "unplaced_column": 0.1,
    "weak_link": 0.1,
    "fuzzy": 0.1,
    "join_choice": 0.1,
    "long_join": 0.1,
    "implied_subject": 0.1,
}
THRESHOLD = 0.65


@dataclass(frozen=True)
class Link:
    """One mention as resolved: what it links to, how well, and the closest other reading."""

    kind: str  # table | column | value | metric
    start: int
    end: int
    text: str
    words: str  # the question's own words for it
    table: str | None
    column: str | None
    weight: float  # the link weight of the chosen candidate (1.0: the name itself)
    margin: float | None = None  # chosen score minus the best other (table, column)'s
    rival: tuple[str, str | None] | None = None
    fuzzy: bool = False
    used: bool = True  # a rule gave it a role
    kin: bool = False  # a noun WordNet only relates to the table's name (``kin_link``)


@dataclass(frozen=True)
class Evidence:
    """What the reading rests on (gathered by the engine; pure data)."""

    links: tuple[Link, ...] = ()
    #: content words no rule used that name something (nouns, adjectives, unknown tokens; see :mod:`.clarify`)
    unknown: tuple[str, ...] = ()
    #: unused words that only lower the score, with their weight (a verb naming the row's event, an adverb)
    loose: tuple[tuple[str, float], ...] = ()
    #: the subject table, named by part of its name only, when every value the question names lies in one other
    #: table with rows of its own name, a long join away (that table read as the subject needs no join)
    far_subject: str | None = None
    #: the unnamed subject whose rows a count keeps by one value of their own label (a lookup row counted)
    counted_label: str | None = None
    #: tables the statement joins that have several shortest foreign-key paths from its base
    join_choices: tuple[str, ...] = ()
    #: how many tables the statement joins when they are ``LONG_JOIN`` or more (else 0)
    long_join: int = 0
    implied_subject: bool = False
    #: the words of column mentions the statement does not read
    dropped: tuple[str, ...] = ()
    #: numbers of the question the statement does not contain
    dropped_numbers: tuple[str, ...] = ()
    #: aggregate words of the question whose aggregate the statement does not compute
    dropped_measures: tuple[str, ...] = ()
    #: words after a grouping word ("each category", "per city") that an aggregate statement does not group by
    dropped_groupings: tuple[str, ...] = ()
    #: the question negates something and the statement negates nothing
    dropped_negation: bool = False
    #: the table whose own rows the statement counts per row of that same table (always 1: no measure at all)
    constant_measure: str | None = None
    #: values asked together ("A and B", "A but not B") that the statement tests on one related row, where
    #: each answer row has several (see :func:`.doubts.one_row_tests`)
    one_row_tests: tuple[str, ...] = ()
    #: reference columns the statement joins on, of a table with another reference to the same table, that
    #: no word of the question names
    reference_choices: tuple[str, ...] = ()
    #: "both A and B" over two tables that the statement does not intersect (the words of B)
    both_tables: tuple[str, ...] = ()
    #: number columns whose distinct values the statement counts (a count of amounts: "how many seats")
    counted_amounts: tuple[str, ...] = ()
    #: columns the statement orders by of a table other than the rows ranked that no word names
    unnamed_rankings: tuple[str, ...] = ()
    #: the table a "who" question is answered with when its rows are no people while another table's are
    things_for_who: tuple[str, ...] = ()
    #: values kept through another table than the one the question names right before them
    value_owners: tuple[str, ...] = ()
    #: words asking that rows relate to every row of another table, when the statement compares no such count
    dropped_universals: tuple[str, ...] = ()
    #: key, reference or (averaged, with no share asked) yes/no flag columns the statement sums or averages
    odd_measures: tuple[str, ...] = ()
    #: counted nouns whose rows the statement counts while a related table records a number of them
    rows_or_quantity: tuple[str, ...] = ()
    #: the key column that is all the statement shows, when no word of the question names it
    bare_key: str | None = None
    #: tables the question lists after "and" ("authors and the books they wrote") that a plain list omits
    dropped_items: tuple[str, ...] = ()
    #: the row a column was asked of ("the oldest member and her age") when the statement shows that column only
    dropped_owners: tuple[str, ...] = ()
    #: unplaced column links named by a superlative, listed for many rows (their words)
    superlative_columns: tuple[str, ...] = ()
    #: tables named twice apart that the statement reads once
    one_for_two: tuple[str, ...] = ()
    #: "the A of the B", both column words no rule placed (the words of A)
    column_of_column: tuple[str, ...] = ()
    #: column words after a table's noun read as another table's column, the named table having its own (words)
    foreign_columns: tuple[str, ...] = ()
    #: the statement only shows columns it filters to one value (the question's own words back)
    echo: bool = False
    #: superlatives of the question beyond the rankings the statement makes
    dropped_rankings: tuple[str, ...] = ()
    #: values that name rows of two tables (each one's own name column) when the question names neither table
    two_entities: tuple[Link, ...] = ()
    #: words of unplaced column links an aggregate statement groups by beside columns of another table
    stray_groupings: tuple[str, ...] = ()
    #: words of unplaced column links naming a yes/no column the statement shows instead of testing
    shown_flags: tuple[str, ...] = ()
    #: "how many" answered with a list of values of rows no filter narrows to one (no count, no sum)
    uncounted: bool = False
    #: a date column of a joined table no word names that a period filters, when the base has dates of its own
    joined_periods: tuple[str, ...] = ()
    #: a date of a thing the measured rows name (a product's launch) that a period filters, when they have no
    #: date of their own and no word names it
    thing_periods: tuple[str, ...] = ()
    #: columns shown beside an aggregate in a statement with no GROUP BY (one arbitrary row's value)
    ungrouped_columns: tuple[str, ...] = ()
    #: words of unplaced column links of an unnamed related table that are all an aggregate statement groups by
    unasked_groupings: tuple[str, ...] = ()
    #: past participles read as a date column that an aggregate statement groups by, no grouping word before
    participle_groupings: tuple[str, ...] = ()
    #: a breakdown word ("breakdown", "split") of a statement that groups nothing
    dropped_breakdowns: tuple[str, ...] = ()
    #: "how many" answered per period when no word asks for a grouping (the period's words, e.g. an adjective)
    counted_grains: tuple[str, ...] = ()
    #: tables a question word picks ("tenants in which building") that the statement shows nothing of (their words)
    unshown_choices: tuple[str, ...] = ()
    #: short lower-case words that are no English word, read as a stored capital code of a table no word names
    code_guesses: tuple[str, ...] = ()
    #: common English words typed in lower case read as a person's stored name, of a table no word names
    name_guesses: tuple[str, ...] = ()
    #: the noun after "how many" that nothing read (the rows counted are another table's)
    uncounted_nouns: tuple[str, ...] = ()
    #: a column of a table the shown rows have several of, ordering a list of more than one row with no grouping
    fanned_rankings: tuple[str, ...] = ()
    #: the statement counts rows though no word asks for a count or a ranking by one
    unasked_count: bool = False
    #: date columns a statement groups by period, of a table no word names and nothing measured lies in, or
    #: of a table whose one row the question names
    remote_periods: tuple[str, ...] = ()
    #: tables the statement joins that no word names and nothing needs (leaves of the join, or links to them)
    unnamed_joins: tuple[str, ...] = ()
    #: tables a sum's rows have several of that the statement joins (each summed row counted once per row)
    fanned_sums: tuple[str, ...] = ()
    #: columns "how many" is answered per (no grouping word) that no word the reading used names
    uncalled_groupings: tuple[str, ...] = ()
    #: values the question joins with "or" that the statement tests together, each with "=" under one AND
    and_for_or: tuple[str, ...] = ()
    #: words keeping the rows said again after a comparison's aggregate word whose sub-query keeps no rows
    unscoped_comparisons: tuple[str, ...] = ()
    #: verbs read as a two-sided event's table whose side column the statement does not test (:mod:`.sides`)
    one_sided_events: tuple[str, ...] = ()
    #: a word hyphened to a particle ("paid-for") read as a column alone and tested nowhere
    hyphened_modifiers: tuple[str, ...] = ()
    #: comparisons with "any" of some rows ("larger than any"), read as every row ("larger than all")
    open_quantifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    code: str
    penalty: float
    detail: str = ""
    link: Link | None = None


@dataclass(frozen=True)
class Score:
    value: float
    reasons: tuple[Reason, ...] = field(default=())
    links: tuple[Link, ...] = ()

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(r.detail for r in self.reasons if r.code == "unknown")

    @property
    def loose_words(self) -> tuple[str, ...]:
        return tuple(r.detail for r in self.reasons if r.code == "loose_word")

    def close(self) -> tuple[Reason, ...]:
        """The doubts between two readings of one mention, closest first."""
        found = [r for r in self.reasons if r.code in ("close_column", "close_value")]
        return tuple(sorted(found, key=lambda r: r.link.margin if r.link and r.link.margin is not None else 0))

    def answers(self, threshold: float = THRESHOLD) -> bool:
        return not self.unknown_words and self.value >= threshold - 1e-9


#: what the evidence gives for one doubt: its (detail, link) pairs
Found = Callable[[Evidence], Iterable[tuple[str, Link | None]]]


def _each(name: str) -> Found:
    """One doubt per word (or name) listed in the evidence field ``name``."""
    return lambda e: ((detail, None) for detail in getattr(e, name))


def _one(name: str) -> Found:
    """One doubt when the evidence field ``name`` holds a name."""
    return lambda e: ((getattr(e, name), None),) if getattr(e, name) else ()


def _flag(name: str, detail: str = "") -> Found:
    """One doubt, with a fixed detail, when the evidence field ``name`` is true."""
    return lambda e: ((detail, None),) if getattr(e, name) else ()


#: the doubts of the reading's evidence beyond its words and links, in the order a score lists them: each
#: doubt's code (its penalty in ``PENALTIES``) and the (detail, link) pairs the evidence gives for it
EVIDENCE_DOUBTS: tuple[tuple[str, Found], ...] = (
    ("dropped_column", _each("dropped")),
    ("dropped_measure", _each("dropped_measures")),
    ("dropped_negation", _flag("dropped_negation")),
    ("constant_measure", _one("constant_measure")),
    ("dropped_item", _each("dropped_items")),
    ("dropped_item", _each("dropped_owners")),
    ("bare_key", _one("bare_key")),
    ("counted_amount", _each("counted_amounts")),
    ("odd_measure", _each("odd_measures")),
    ("unnamed_ranking", _each("unnamed_rankings")),
    ("thing_for_who", _each("things_for_who")),
    ("dropped_universal", _each("dropped_universals")),
    ("rows_or_quantity", _each("rows_or_quantity")),
    ("one_row_test", _each("one_row_tests")),
    ("one_row_test", _each("both_tables")),
    ("close_value", lambda e: ((link.text, link) for link in e.two_entities)),
    ("superlative_column", _each("superlative_columns")),
    ("stray_grouping", _each("stray_groupings")),
    ("shown_flag", _each("shown_flags")),
    ("uncounted", _flag("uncounted", "how many")),
    ("joined_period", _each("joined_periods")),
    ("thing_period", _each("thing_periods")),
    ("ungrouped_column", _each("ungrouped_columns")),
    ("unasked_grouping", _each("unasked_groupings")),
    ("unasked_grouping", _each("participle_groupings")),
    ("unasked_grouping", _each("counted_grains")),
    ("unasked_grouping", _each("uncalled_groupings")),
    ("one_for_two", _each("one_for_two")),
    ("column_of_column", _each("column_of_column")),
    ("foreign_column", _each("foreign_columns")),
    ("echo", _flag("echo")),
    ("dropped_ranking", _each("dropped_rankings")),
    ("dropped_grouping", _each("dropped_groupings")),
    ("dropped_grouping", _each("dropped_breakdowns")),
    ("unshown_choice", _each("unshown_choices")),
    ("code_guess", _each("code_guesses")),
    ("name_guess", _each("name_guesses")),
    ("uncounted_noun", _each("uncounted_nouns")),
    ("fanned_ranking", _each("fanned_rankings")),
    ("unasked_count", _flag("unasked_count", "count")),
    ("remote_period", _each("remote_periods")),
    ("unnamed_join", _each("unnamed_joins")),
    ("fanned_sum", _each("fanned_sums")),
    ("and_for_or", _each("and_for_or")),
    ("unscoped_comparison", _each("unscoped_comparisons")),
    ("one_sided_event", _each("one_sided_events")),
    ("hyphened_modifier", _each("hyphened_modifiers")),
    ("any_or_every", _each("open_quantifiers")),
    ("dropped_number", _each("dropped_numbers")),
    ("reference_choice", _each("reference_choices")),
    ("value_owner", _each("value_owners")),
    ("join_choice", _each("join_choices")),
    ("far_subject", _one("far_subject")),
    ("counted_label", _one("counted_label")),
    ("long_join", lambda e: ((str(e.long_join), None),) if e.long_join else ()),
    ("implied_subject", _flag("implied_subject")),
)


def confidence(evidence: Evidence, penalties: dict[str, float] | None = None) -> Score:
    """The score of one reading and every reason that lowered it (see the module docstring)."""
    pen = {**PENALTIES, **(penalties or {})}
    reasons: list[Reason] = []
    for word in evidence.unknown:
        reasons.append(Reason("unknown", pen["unknown"], word))
    for word, weight in evidence.loose:
        reasons.append(Reason("loose_word", weight, word))
    for link in evidence.links:
        reasons.extend(_link_reasons(link, evidence, pen))
    for code, found in EVIDENCE_DOUBTS:
        reasons.extend(Reason(code, pen[code], detail, link) for detail, link in found(evidence))
    return Score(1.0 - sum(r.penalty for r in reasons), tuple(reasons), evidence.links)


def _link_reasons(link: Link, evidence: Evidence, pen: dict[str, float]) -> list[Reason]:
    """The doubts of one link: a kin word read for a table, unplaced (a column no rule used), a close rival
    reading, a misspelling, a weak name."""
    if link.kin:
        return [Reason("kin_link", pen["kin_link"], link.words, link)]
    if not link.used:
        if link.fuzzy and link.kind == "table":
            # a misspelt or shortened table name the reading stands on (its subject) is as weak as a used one
            return [Reason("fuzzy", pen["fuzzy"], link.text, link)]
        unplaced = link.kind == "column" and link.words not in evidence.dropped
        if unplaced and link.weight < LOOSE:
            # only a loose link found the column and no rule used it: the word is as good as unknown
            return [Reason("loose_column", pen["loose_column"], link.text, link)]
        return [Reason("unplaced_column", pen["unplaced_column"], link.text, link)] if unplaced else []
    out = []
    if link.margin is not None and link.margin < CLOSE and link.rival is not None:
        code = "close_value" if link.kind == "value" else "close_column"
        out.append(Reason(code, pen[code], link.text, link))
    if link.fuzzy:
        out.append(Reason("fuzzy", pen["fuzzy"], link.text, link))
    elif link.kind in ("column", "table", "value") and link.weight < WEAK:
        out.append(Reason("weak_link", pen["weak_link"], link.text, link))
    return out
