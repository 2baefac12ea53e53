"""The select list follows what the question's words name: a column that only ranks or filters is not shown
unless asked for, and a plain listing of every row is no grouping."""

from __future__ import annotations

import re

import pytest


def shown(engine, question: str) -> str:
    """The select list of the translation, lower-cased, without quotes."""
    sql = engine.translate(question).sql
    assert sql, question
    return re.sub(r"\s+", " ", sql.split(" FROM ")[0].replace('"', "").lower())


# (fixture, question, words that must be in the select list, words that must not)
CASES = [
    ("shop", "names of the 3 products with the highest price", ["name"], ["price"]),
    ("shop", "name and price of the 2 most expensive products", ["name", "price"], []),
    ("chinook", "names of the 5 tracks with the longest milliseconds", ["name"], ["milliseconds"]),
    ("tiny", "full names of the 2 staff members with the highest salary", ["full_name"], ["salary"]),
    ("tiny", "full names and salaries of the 2 staff members with the highest salary", ["full_name", "salary"], []),
    ("library", "titles of the 3 books with the most pages", ["title"], ["pages"]),
    # "every"/"each" before the listed table: a plain listing, no count
    ("shop", "names and prices for every product", ["name", "price"], ["count"]),
    ("chinook", "names and composers for every track sorted by name", ["name", "composer"], ["count"]),
    ("library", "titles and pages for every book in descending order of pages", ["title", "pages"], ["count"]),
    ("tiny", "full names and salaries for each staff member", ["full_name", "salary"], ["count"]),
    # ... but a count or another table's rows still group
    ("chinook", "number of tracks for each genre", ["count"], []),
    ("tiny", "number of staff members for each department", ["count"], []),
]

# (fixture, question, a fragment the SQL must hold, one it must not)
RANKED = [  # counts: one per counted thing, or the order of a ranking
    # "the X with the largest number of Y" ranks the X: one row, the count only orders it
    ("chinook", "what is the name of the artist with the largest number of albums?", "LIMIT 1", 'AS "number_of'),
    ("shop", "which category has the largest number of products?", "LIMIT 1", 'AS "number_of'),
    ("tiny", "which department has the smallest number of staff members?", "LIMIT 1", 'AS "number_of'),
    # ... while "the largest number of Y per X" is the maximum of the counts
    ("chinook", "what is the largest number of tracks per album?", "MAX(", "LIMIT"),
    # "count the number of X" is one count, and a column whose name only contains "count" is no count column
    ("chinook", "count the number of different composers", "COUNT(DISTINCT", "COUNT(*)"),
    ("library", "count the number of distinct genres of books", "COUNT(DISTINCT", "COUNT(*)"),
    ("shop", "number of different countries of customers", "COUNT(DISTINCT", "SELECT DISTINCT"),
    ("tiny", "count the number of different cities of departments", "COUNT(DISTINCT", "COUNT(*)"),
    # "which X has the minimum Y" asks for the X, ranked by Y; "what is the maximum Y" for the number
    ("shop", "which product has the minimum price?", "LIMIT 1", "MIN("),
    ("library", "which book has the maximum pages?", "LIMIT 1", "MAX("),
    ("tiny", "which staff member has the maximum salary?", "LIMIT 1", "MAX("),
    ("shop", "what is the maximum price?", "MAX(", "LIMIT"),
]


@pytest.mark.parametrize(("db", "question", "present", "absent"), CASES)
def test_select_list_follows_the_words(request, db, question, present, absent):
    engine = request.getfixturevalue(db)[1]
    cols = shown(engine, question)
    for w in present:
        assert w in cols, (question, cols)
    for w in absent:
        assert w not in cols, (question, cols)


@pytest.mark.parametrize(("db", "question", "present", "absent"), RANKED)
def test_counts_and_ranked_counts(request, db, question, present, absent):
    sql = request.getfixturevalue(db)[1].translate(question).sql
    assert sql and present in sql and absent not in sql, (question, sql)
