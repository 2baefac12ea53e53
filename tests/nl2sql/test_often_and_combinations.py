"""Three ways of asking about the values rows hold, on a made-up animal shelter: the value ranked by how often it
occurs when a verb stands between it and "most often" ("which breed comes up most often"), "combinations" of the
columns listed, each pair once ("the breed and size combinations"), and a count of "types of" a column, each value
once."""

from __future__ import annotations

import pytest

from .conftest import assert_answers_with, engine_from_statements


@pytest.fixture(scope="module")
def shelter(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "shelter",
        [
            "CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, name TEXT, breed TEXT, size TEXT, colour TEXT)",
            "INSERT INTO animals VALUES (1,'Rex','Collie','large','black'),(2,'Nell','Collie','large','white'),"
            "(3,'Pip','Terrier','small','brown'),(4,'Taz','Collie','medium','black'),(5,'Bo','Beagle','small','black'),"
            "(6,'Mo','Terrier','small','white')",
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which breed occurs most often", "SELECT 'Collie'"),
        ("which colour appears most often among the animals", "SELECT 'black'"),
        ("which breed comes up most often?", "SELECT 'Collie'"),
        ("which breed is most common", "SELECT 'Collie'"),
    ],
)
def test_a_value_before_a_verb_and_most_often_is_ranked_by_count(shelter, question, expected):
    assert_answers_with(shelter, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "what combinations of breed and size do the animals have",
        "list the breed and size combinations of the animals",
    ],
)
def test_combinations_of_columns_list_each_pair_once(shelter, question):
    assert_answers_with(shelter, question, "SELECT DISTINCT breed, size FROM animals")


@pytest.mark.parametrize(
    "question", ["how many types of breed are there", "How many kinds of breed do the animals have?"]
)
def test_a_count_of_kinds_of_a_column_counts_its_values(shelter, question):
    assert_answers_with(shelter, question, "SELECT COUNT(DISTINCT breed) FROM animals")
