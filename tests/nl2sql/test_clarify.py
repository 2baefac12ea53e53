"""Ask, don't guess: questions with a word the engine cannot place get a clarification (or a decline), never
SQL that silently drops the word; questions whose every word is accounted for still answer."""

from __future__ import annotations

import pytest

from datachat.nl2sql.clarify import word_kinds

# (question, the unknown word the clarification names)
SHOP_ASKS = [
    ("number of customers by flavour", "flavour"),
    ("revenue per supplier", "supplier"),
    ("orders by weather", "weather"),
    ("how many orders per sentiment", "sentiment"),
]
TINY_ASKS = [
    ("average salary per favourite", "favourite"),
    ("staff members by mood", "mood"),
    ("number of projects by colour", "colour"),
]
SHOP_ANSWERS = [
    "How many orders were placed in 2025?",  # a verb naming the event the rows record
    "Which customers come from Canada?",
    "number of orders by channel",
    "average price of products",
    "total revenue by catgory",  # a misspelt schema word the linker reads
]
TINY_ANSWERS = [
    "total budget of projects by status",
    "projects led by Ada King",
    "average wage of staff members",  # a synonym of a column
]
DECLINES = [("average price of gizmos", "gizmos")]  # nothing to offer but the question without the word


def _assert_asks(engine, question, word):
    t = engine.translate(question)
    assert t.sql is None and t.frame is None, f"{question!r} answered {t.sql}"
    c = t.clarification
    assert c is not None, f"{question!r}: {t.error}"
    assert word in c.message
    assert 2 <= len(c.options) <= 4
    assert len({o.question for o in c.options}) == len(c.options)
    for option in c.options:
        answer = engine.translate(option.question)
        assert answer.sql and answer.clarification is None, option
        assert option.label


@pytest.mark.parametrize(("question", "word"), SHOP_ASKS)
def test_shop_questions_with_an_unplaced_word_ask(shop, question, word):
    _assert_asks(shop[1], question, word)


@pytest.mark.parametrize(("question", "word"), TINY_ASKS)
def test_a_schema_made_up_here_asks_too(tiny, question, word):
    _assert_asks(tiny[1], question, word)


@pytest.mark.parametrize("question", SHOP_ANSWERS)
def test_shop_questions_whose_words_are_all_placed_answer(shop, question):
    t = shop[1].translate(question)
    assert t.sql and t.clarification is None
    assert t.score is not None and t.score.answers()


def test_a_count_of_other_rows_is_not_answered(tiny):
    """ "work" may read as the projects staff work on: a count of projects for "how many staff members" counts
    rows the question did not name (``uncounted_noun``); the staff members in Oslo, or no answer."""
    t = tiny[1].translate("how many staff members work in Oslo")
    assert t.sql is None or 'COUNT(*) AS "number_of_staff_members"' in t.sql, t.sql


@pytest.mark.parametrize("question", TINY_ANSWERS)
def test_tiny_questions_whose_words_are_all_placed_answer(tiny, question):
    t = tiny[1].translate(question)
    assert t.sql and t.clarification is None


@pytest.mark.parametrize(("question", "word"), DECLINES)
def test_with_fewer_than_two_options_it_declines_naming_the_word(shop, question, word):
    t = shop[1].translate(question)
    assert t.sql is None and t.clarification is None
    assert word in t.error
    assert t.suggestions and shop[1].translate(t.suggestions[0]).sql


def test_ask_false_returns_the_engines_own_reading(shop):
    t = shop[1].translate("number of customers by flavour", ask=False)
    assert t.sql and "flavour" in t.unused


def test_followups_are_left_to_the_conversation_rules(shop):
    first = shop[1].translate("number of orders by channel")
    t = shop[1].translate("only in 2025", previous=first)
    assert t.clarification is None


KINDS = [
    ("projects led by Ada King", "led", "covered"),  # lemma "lead" names the lead_id column read
    ("names of staff members employed in the Research department", "employed", "relation"),  # the join says it
]


@pytest.mark.parametrize(("question", "word", "kind"), KINDS)
def test_word_kinds_sort_relation_verbs_and_covered_words(tiny, question, word, kind):
    engine = tiny[1]
    t = engine.translate(question, ask=False)
    kinds = {k.word.lower(): k.kind for k in word_kinds(t, engine, question)}
    assert kinds[word] == kind
    assert engine.translate(question).sql


def test_a_complete_question_inside_a_conversation_asks_too(shop):
    first = shop[1].translate("number of orders by channel")
    t = shop[1].translate("number of customers by flavour", previous=first)
    assert t.sql is None and t.clarification is not None and "flavour" in t.clarification.message


REQUESTS = ["alert me when daily orders drop below 50", "email me the number of orders by status every Monday at 9"]


@pytest.mark.parametrize("question", REQUESTS)
def test_a_delivery_request_is_answered_as_read(shop, question):
    assert shop[1].translate(question).sql


# (fixture, question, the doubt it holds, a word every reading's options name): doubts other than an unknown
# word or two close readings ask too, each option a full question that answers
DOUBT_ASKS = [
    ("shop", "what is the maximum price and the average for products", "dropped_measure", "average"),
    ("shop", "city and segment and email of customers who signed up in 2024 with 3 orders", "dropped_number", "of"),
]


@pytest.mark.parametrize(("fixture", "question", "code", "word"), DOUBT_ASKS)
def test_a_dropped_measure_or_number_asks_with_readings_that_answer(request, fixture, question, code, word):
    engine = request.getfixturevalue(fixture)[1]
    t = engine.translate(question)
    assert t.sql is None and t.score is not None and code in {r.code for r in t.score.reasons}
    c = t.clarification
    assert c is not None, t.error
    assert 2 <= len(c.options) <= 4 and len(c.message) < 120
    sqls = set()
    for option in c.options:
        answer = engine.translate(option.question)
        assert answer.sql and answer.clarification is None and answer.score.answers(), option
        sqls.add(answer.sql)
    assert len(sqls) == len(c.options)  # each option reads differently
    assert t.score is not None and engine.translate(question, ask=False).sql not in sqls  # never the doubted one
    assert any(word in o.question.lower() for o in c.options)


def test_an_unknown_word_after_by_is_offered_the_subjects_few_valued_columns(shop):
    c = shop[1].translate("orders by colour").clarification
    assert c is not None and "colour" in c.message
    assert {"orders by channel", "orders by status"} <= {o.question for o in c.options}


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    """A one-table schema made up here: a column named for an act ("directed_by"), a number, a few-valued text."""
    import sqlalchemy as sa

    from .conftest import engine_for

    path = tmp_path_factory.mktemp("films") / "films.db"
    with sa.create_engine(f"sqlite:///{path}").begin() as c:
        c.exec_driver_sql(
            "CREATE TABLE film (id INTEGER PRIMARY KEY, title TEXT, directed_by TEXT, runtime INTEGER, genre TEXT)"
        )
        c.exec_driver_sql(
            "INSERT INTO film VALUES (1,'Arc','Ann Lee',90,'drama'),(2,'Bay','Bo Ray',120,'comedy'),"
            "(3,'Cove','Ann Lee',100,'drama'),(4,'Dune','Cy Diaz',95,'comedy')"
        )
    return engine_for(f"sqlite:///{path}")[1]


# (question, the word or doubt named, a question among the options)
FILM_ASKS = [
    # "director" is the agent of directed_by (a loose link, tests/nl2sql/test_lexical_links.py): shown by default
    # and placed by no rule it is a doubt, and an option names the column
    ("titles of films and their director", "director", "directed by"),
    ("films by mood", "mood", "films by genre"),  # a few-valued column of the subject after "by"
]


@pytest.mark.parametrize(("question", "named", "option"), FILM_ASKS)
def test_options_come_from_the_schemas_nearest_names_and_every_one_answers(films, question, named, option):
    t = films.translate(question)
    c = t.clarification
    assert t.sql is None and c is not None, t.error
    assert named in c.message
    assert any(option in o.question for o in c.options), c.options
    assert 2 <= len(c.options) <= 4
    for o in c.options:
        assert films.translate(o.question).sql, o


def test_nothing_near_an_unknown_word_declines_naming_it_with_answerable_suggestions(films):
    t = films.translate("average girth of films by weather")
    assert t.sql is None and t.clarification is None
    assert "girth" in t.error or "weather" in t.error
    assert all(films.translate(s).sql for s in t.suggestions)


# (fixture, question, a question among the suggestions): a doubt with one reading besides the doubted one
# declines, suggesting that reading (never the doubted reading, which leaves the doubt out)
ONE_READING_DECLINES = [
    ("tiny", "the highest salary and the average for staff members", "the highest salary and the average salary"),
    ("films", "the longest runtime and the average for films", "the longest runtime and the average runtime for films"),
]


@pytest.mark.parametrize(("fixture", "question", "suggested"), ONE_READING_DECLINES)
def test_one_reading_besides_the_doubted_one_declines_suggesting_it(request, fixture, question, suggested):
    engine = request.getfixturevalue(fixture)
    engine = engine[1] if isinstance(engine, tuple) else engine
    t = engine.translate(question)
    doubted = engine.translate(question, ask=False).sql
    assert t.sql is None and t.clarification is None and t.error
    assert any(s.startswith(suggested) for s in t.suggestions)
    for s in t.suggestions:
        answer = engine.translate(s)
        assert answer.sql and answer.sql != doubted, s


# (fixture, question): every clarification is one short sentence, its options answer with different SQL, none
# is the doubted reading, and no option shows a raw name (underscores) or a word twice in a row
CLARIFIED = [
    ("shop", "what is the maximum price and the average for products"),
    ("shop", "number of customers by flavour"),
    ("shop", "orders by colour"),
    ("tiny", "staff members by mood"),
    ("tiny", "number of projects by colour"),
]


@pytest.mark.parametrize(("fixture", "question"), CLARIFIED)
def test_a_clarification_is_one_sentence_with_distinct_answerable_natural_options(request, fixture, question):
    import re

    engine = request.getfixturevalue(fixture)[1]
    c = engine.translate(question).clarification
    assert c is not None
    assert len(re.findall(r"[.?!:](\s|$)", c.message)) == 1 and len(c.message.split()) <= 25, c.message
    doubted = engine.translate(question, ask=False).sql
    sqls = set()
    for o in c.options:
        answer = engine.translate(o.question)
        assert answer.sql and answer.sql != doubted, o
        sqls.add(answer.sql)
        for text in (o.label, o.question):
            words = re.findall(r"[\w']+", text.lower())
            assert "_" not in text and all(a != b for a, b in zip(words, words[1:], strict=False)), text
            assert "not used" not in text
    assert len(sqls) == len(c.options) >= 2


# (table, column, how an option names it): a column by its table's words, each word once
READING_WORDS = [
    ("customer", "city", "customer city"),
    ("order_items", "order_item_price", "order_item_price"),
    ("ref_item_types", "item_type_code", "ref item type code"),
    ("staff_member", None, "staff member"),
]


@pytest.mark.parametrize(("table", "column", "words"), READING_WORDS)
def test_reading_words_name_a_column_once(table, column, words):
    from datachat.nl2sql.clarify import _reading_words

    assert _reading_words(table, column) == words.replace("_", " ")


# (table, how a question names its rows)
TABLE_PLURALS = [
    ("order_item", "order items"),
    ("cars_data", "cars data"),
    ("category", "categories"),
    ("shop", "shops"),
]


@pytest.mark.parametrize(("table", "plural"), TABLE_PLURALS)
def test_a_table_is_named_in_the_plural_once(table, plural):
    from datachat.nl2sql.clarify import _table_plural

    assert _table_plural(table) == plural


# (fixture, a question the engine declines): every question a decline suggests is answered when sent
DECLINED = [
    ("films", "average girth of films by weather"),
    ("tiny", "the highest salary and the average for staff members"),
    ("shop", "what is the meaning of life"),
]


@pytest.mark.parametrize(("fixture", "question"), DECLINED)
def test_a_decline_suggests_only_questions_the_engine_answers(request, fixture, question):
    engine = request.getfixturevalue(fixture)
    engine = engine[1] if isinstance(engine, tuple) else engine
    t = engine.translate(question)
    assert t.sql is None and t.clarification is None and t.suggestions
    for s in t.suggestions:
        assert engine.translate(s).sql, s
