"""The widget API when the engine asks instead of guessing (CONTRACT.md section 4): the assistant message
carries ``clarification`` with options and null ``sql``/``data``; sending an option's question answers it."""

import pytest

pytestmark = pytest.mark.django_db

# (a question with a word the shop's data cannot place, that word)
ASKING = [
    ("number of customers by flavour", "flavour"),
    ("revenue per supplier", "supplier"),
]


@pytest.mark.parametrize(("question", "word"), ASKING)
def test_an_unplaced_word_gets_a_clarification_and_an_option_answers_it(widget, question, word):
    session = widget.session()
    response = widget.ask(session, question)
    assert response.status_code == 200, response.content
    message = response.json()
    assert message["sql"] is None and message["data"] is None
    clarification = message["clarification"]
    assert word in clarification["message"]
    assert 2 <= len(clarification["options"]) <= 4
    assert all(set(o) == {"label", "question"} and o["question"] for o in clarification["options"])

    for option in clarification["options"][:2]:
        answer = widget.ask(session, option["question"]).json()
        assert answer["clarification"] is None
        assert answer["sql"].upper().startswith(("SELECT", "WITH"))
        assert answer["data"]["columns"]

    history = widget.get(f"/sessions/{session}/messages").json()
    asked = [t for t in history if t["role"] == "assistant" and t.get("clarification")]
    assert asked and asked[0]["clarification"]["options"] == clarification["options"]


def test_a_question_whose_words_are_all_placed_still_answers(widget):
    message = widget.ask(widget.session(), "number of customers by segment").json()
    assert message["clarification"] is None and message["sql"]
