"""Orderings spelled as a span: the span finder table-driven, then the rule end to end on three schemas."""

from __future__ import annotations

import pytest

from datachat.nl2sql.interpret import LinkedQuestion
from datachat.nl2sql.rules.order_span import find_order_span

# (words, tables by position, (first end, other end, direction, positions) or None)
SPANS = [
    ("list people from youngest to oldest", {1: "people"}, ("youngest", "oldest", "asc", {2, 3, 4, 5})),
    ("items from the most expensive to the cheapest", {}, ("expensive", "cheapest", "desc", set(range(1, 8)))),
    ("items from the least expensive to the most expensive", {}, ("expensive", "expensive", "asc", set(range(1, 9)))),
    ("from new to old", {}, ("newest", "oldest", "desc", {0, 1, 2, 3})),
    ("rows sorted from high to low", {}, ("highest", "lowest", "desc", {1, 2, 3, 4, 5})),
    ("cities from a to z", {}, ("a", "z", "asc", {1, 2, 3, 4})),
    ("cities from z to a", {}, ("z", "a", "desc", {1, 2, 3, 4})),
    ("items , cheapest first", {}, ("cheapest", None, "asc", {2, 3})),
    ("the oldest ones first", {}, ("oldest", None, "desc", {0, 1, 2, 3})),
    ("newest people first", {1: "people"}, ("newest", None, "desc", {0, 2})),
    ("from the most to the least", {}, ("highest", "lowest", "desc", set(range(6)))),
    ("from fewest to most", {}, ("lowest", "highest", "asc", {0, 1, 2, 3})),
    ("flights from boston to denver", {}, None),
    ("sales from 2020 to 2022", {}, None),
    ("from cheapest to cheapest", {}, None),
    ("from a to oldest", {}, None),
    ("first name of the oldest", {}, None),
    ("the cheapest item", {}, None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "tables", "span"), SPANS, ids=[s[0] for s in SPANS])
def test_find_order_span(words, tables, span):
    ws = tuple(words.split())
    found = find_order_span(LinkedQuestion(ws, frozenset(), tuple(tables.get(i) for i in range(len(ws)))))
    if span is None:
        assert found is None
    else:
        assert (found.first, found.last, found.direction, set(found.positions)) == span


def test_a_column_inside_x_first_belongs_to_the_span():
    ws = ("people", ",", "highest", "level", "first")
    columns = (None, None, None, ("people", "level"), None)
    found = find_order_span(LinkedQuestion(ws, frozenset(), ("people", None, None, None, None), columns))
    assert (found.first, found.last, found.direction, set(found.positions)) == ("highest", None, "desc", {2, 3, 4})


def _rows(source, sql):
    with source.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(sql).fetchall()]


def _count(source, table):
    return _rows(source, f'SELECT COUNT(*) FROM "{table}"')[0][0]


@pytest.mark.parametrize(
    ("db", "question", "table", "column", "descending"),
    [
        ("shop", "list products from cheapest to most expensive", "products", "price", False),
        ("shop", "products, cheapest first", "products", "price", False),
        ("shop", "products sorted from the most expensive to the cheapest", "products", "price", True),
        ("shop", "orders from newest to oldest", "orders", "order_date", True),
        ("shop", "customers from oldest to newest", "customers", "signup_date", False),  # a date's ends
        ("shop", "products from a to z", "products", "name", False),
        ("chinook", "employees from youngest to oldest", "Employee", "BirthDate", True),  # a birth date
        ("chinook", "list employees, oldest first", "Employee", "BirthDate", False),
        ("chinook", "tracks from longest to shortest", "Track", "Milliseconds", True),
        ("chinook", "albums from z to a", "Album", "Title", True),
        ("tiny", "staff members from highest to lowest salary", "staff_member", "salary", True),
        ("tiny", "projects from the biggest to the smallest budget", "project", "budget", True),
        # a column named inside "X first": that column, not a one-row maximum
        ("tiny", "staff members, highest salary first", "staff_member", "salary", True),
        ("tiny", "projects, smallest budget first", "project", "budget", False),
        ("shop", "products, highest price first", "products", "price", True),
    ],
)
def test_every_row_in_the_order_asked(request, db, question, table, column, descending):
    source, engine = request.getfixturevalue(db)
    t = engine.translate(question)
    assert t.sql and not t.unused, t.explanation
    order = t.frame.order
    assert [(o.field.table, o.field.column, o.direction) for o in order] == [
        (table, column, "desc" if descending else "asc")
    ]
    rows = _rows(source, t.sql)
    assert len(rows) == _count(source, table)  # every row, not the one at an end
    assert "sorted by" in t.explanation


@pytest.mark.parametrize(
    ("question", "descending"),
    [("genres from the most to the least tracks", True), ("media types from fewest to most tracks", False)],
)
def test_every_group_in_the_order_asked(chinook, question, descending):
    source, engine = chinook
    t = engine.translate(question)
    assert t.sql and not t.unused and t.frame.limit is None, t.explanation
    counts = [r[-1] for r in _rows(source, t.sql)]
    assert len(counts) > 3 and counts == sorted(counts, reverse=descending)


@pytest.mark.parametrize(
    ("db", "question", "words"),
    [
        ("shop", "list customers from youngest to oldest", {"youngest", "oldest"}),  # no age or birth date
        ("shop", "show orders, oldest first", {"oldest"}),  # an age word is not read as another date
        ("tiny", "staff members from youngest to oldest", {"youngest", "oldest"}),
    ],
)
def test_a_span_it_cannot_place_is_asked_about_not_dropped(request, db, question, words):
    t = request.getfixturevalue(db)[1].translate(question)
    assert t.sql is None
    assert words <= {w.lower() for w in t.unused}
