"""A translator that asks instead of guessing: the reply carries the question back, never SQL or data."""

import json

import pytest

from datachat.nl2sql import Clarification, Option, Translation
from datachat.services.guard import Scope
from datachat.services.pipeline import answer_question
from datachat.services.translators import Candidate

pytestmark = pytest.mark.django_db

OPTIONS = (Option("revenue by category", "revenue by category"), Option("units by category", "units by category"))


class Asking:
    """The injection seam of ``iter_answer``: a translator whose reading is ambiguous."""

    name = "asking"

    def translate(self, question, *, previous=None, history=None):
        return Candidate(Translation(clarification=Clarification("Which measure did you mean?", OPTIONS)))

    def suggestions(self, n=4):
        return []


@pytest.fixture
def scope(shop_path):
    return Scope(url=f"sqlite:///{shop_path}", dialect="sqlite")


def test_a_clarification_is_a_reply_without_sql_or_data(scope):
    reply = answer_question(scope, "sales by category", translator=Asking())
    assert reply.error is None
    assert reply.sql is None and reply.data is None and reply.chart is None
    assert reply.clarification == {"message": "Which measure did you mean?",
                                   "options": [o.to_dict() for o in OPTIONS]}
    assert reply.content == "Which measure did you mean?"
    line = reply.as_json("q1")
    assert line["clarification"]["options"][1]["question"] == "units by category"
    assert line["sql"] is None and line["error"] is None
    json.dumps(line)


def test_an_answer_says_what_it_computed(scope):
    reply = answer_question(scope, "number of orders by channel")
    assert reply.error is None and reply.clarification is None
    assert "channel" in reply.interpretation.lower()
    assert reply.as_json()["interpretation"] == reply.interpretation
