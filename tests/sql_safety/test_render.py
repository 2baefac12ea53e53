"""The rendered text is checked against the tree (sql_safety.render): a string the generator
would write out verbatim, a smuggled SELECT or a comment makes the statement fail closed."""

from __future__ import annotations

import pytest
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

from sql_safety import StatementNotAllowed, check
from sql_safety.render import render
from tests.sql_safety.helpers import policy


def column(name: str) -> exp.Column:
    return exp.Column(this=exp.to_identifier(name))


def select(*projections: exp.Expr) -> exp.Select:
    return exp.Select(expressions=list(projections), from_=exp.From(this=exp.to_table("t")))


def test_string_unit_turned_verbatim_is_caught():
    # sqlglot turns a string unit into verbatim text (here when the node is built; MySQL's
    # generator does it again with unit_to_var). The rules reject such a unit; render() is the
    # second line: the rendered text has a SELECT the tree does not.
    evil = exp.Literal.string("DAY) + (SELECT 1")
    tree = select(exp.DateAdd(this=column("d"), expression=exp.Literal.number(1), unit=evil))
    with pytest.raises(StatementNotAllowed, match="number of SELECTs"):
        render(tree, Dialect.get_or_raise("mysql"))


def test_string_that_lost_its_quotes_is_caught(monkeypatch):
    """If the generator ever wrote a string literal unquoted, the token accounting notices."""
    tree = select(exp.Alias(this=exp.Literal.string("a b"), alias=exp.to_identifier("x")))
    dialect = Dialect.get_or_raise("sqlite")
    original = dialect.generate

    def unquoting_generate(expression, **opts):
        return original(expression, **opts).replace("'a b'", "a b")

    monkeypatch.setattr(dialect, "generate", unquoting_generate)
    with pytest.raises(StatementNotAllowed, match="did not render as a string"):
        render(tree, dialect)


def test_var_smuggling_a_select_is_caught():
    tree = select(exp.Extract(this=exp.Var(this="EPOCH FROM d), (SELECT 1"), expression=column("d")))
    with pytest.raises(StatementNotAllowed, match="number of SELECTs"):
        render(tree, Dialect.get_or_raise("postgres"))


def test_quoted_name_written_verbatim_is_caught():
    tree = select(exp.Collate(this=column("a"), expression=exp.Var(this='x" , secret, "y')))
    # The Var is verbatim text with quotes inside; the tokens show an identifier the tree lacks.
    tree.expressions[0].set("expression", exp.Var(this='"x", (SELECT 1)'))
    with pytest.raises(StatementNotAllowed):
        render(tree, Dialect.get_or_raise("sqlite"))


def test_plain_rendering_passes():
    alias = exp.to_identifier("a b", quoted=True)
    tree = select(exp.Alias(this=exp.Literal.string("it's -- fine; /* */"), alias=alias))
    assert render(tree, Dialect.get_or_raise("sqlite")) == 'SELECT \'it\'\'s -- fine; /* */\' AS "a b" FROM t'


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "duckdb", "mysql"])
@pytest.mark.parametrize("value", ["'); DROP TABLE Invoice; --", "\\'", "*/ SELECT 1 /*", "$$ x $$", "%Y-%m\n"])
def test_hostile_strings_stay_strings(dialect, value):
    table = "`Invoice`" if dialect == "mysql" else '"Invoice"'
    sql = f"SELECT COUNT(*) FROM {table} WHERE 'x' = {exp.Literal.string(value).sql(dialect)}"
    safe = check(sql, policy("attack", dialect=dialect))
    tokens = Dialect.get_or_raise(dialect).tokenize(safe.sql)
    assert [t.text for t in tokens if t.token_type.name == "SELECT"] == ["SELECT", "SELECT"]
    assert value in [t.text for t in tokens if t.token_type.name == "STRING"]
