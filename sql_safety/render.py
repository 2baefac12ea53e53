"""Render the rewritten tree and prove the text says what the tree says.

sqlglot's generator sometimes writes a node's text verbatim (units such as ``DAY``, collations,
function names) and, for some functions, turns a string argument into such a verbatim word. If a
query could smuggle SQL inside a string that the generator then wrote out unquoted, the rendered
statement would no longer be the checked tree. The rules already require verbatim text to be one
plain word; this module checks the rendered text once more, on its tokens (about half the cost
of a parse):

* no comments and no statement separators;
* every string literal of the tree that is not a plain word or number is still a string token, as many
  times as the tree has it, and likewise every quoted identifier;
* as many SELECT keywords as the tree has SELECT nodes (no smuggled subquery).
"""

from __future__ import annotations

from collections import Counter

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.time import format_time
from sqlglot.tokens import TokenType

from sql_safety.errors import StatementNotAllowed
from sql_safety.rules.reject_unsafe_constructs import HARMLESS_TEXT, PLAIN_WORD
from sql_safety.tree import all_nodes

__all__ = ["render"]

_STRING_TOKENS = frozenset(
    getattr(TokenType, name)
    for name in ("STRING", "NATIONAL_STRING", "RAW_STRING", "NATIONAL_RAW_STRING", "HEREDOC_STRING",
                 "UNICODE_STRING", "BIT_STRING", "HEX_STRING", "BYTE_STRING")
    if hasattr(TokenType, name)
)


def _unsafe(reason: str) -> StatementNotAllowed:
    return StatementNotAllowed(f"the query cannot be rewritten safely: {reason}")


def _format_token(node: exp.Literal, dialect: Dialect) -> str:
    """The string a time-format argument renders as (the generator maps it to the dialect's
    format codes on the SQL text); it must still be exactly one string token."""
    rendered = format_time(
        dialect.generate(node, copy=True), dialect.INVERSE_TIME_MAPPING, dialect.INVERSE_TIME_TRIE
    )
    tokens = dialect.tokenize(rendered or "")
    if len(tokens) != 1 or tokens[0].token_type not in _STRING_TOKENS:
        raise _unsafe(f"time format {node.this!r} is not allowed")
    return tokens[0].text


def _fingerprint(expression: exp.Expr, dialect: Dialect) -> tuple[Counter, Counter, int]:
    strings: Counter = Counter()
    identifiers: Counter = Counter()
    selects = 0
    for node in all_nodes(expression):
        cls = type(node)
        if cls is exp.Literal:
            if node.is_string:
                value = node.this
                if node.arg_key == "format" and dialect.INVERSE_TIME_MAPPING:
                    value = _format_token(node, dialect)
                if not HARMLESS_TEXT.fullmatch(value):
                    strings[value.casefold()] += 1
        elif cls is exp.Identifier:
            if node.quoted and not PLAIN_WORD.fullmatch(node.this):
                identifiers[node.this.casefold()] += 1
        elif cls is exp.Select:
            selects += 1
    return strings, identifiers, selects


def _limit_outside_set_operation(expression: exp.Expr, dialect: Dialect) -> exp.Expr:
    """ClickHouse cannot put a LIMIT on a UNION / INTERSECT / EXCEPT; its generator wraps the set
    operation in ``SELECT * FROM (...)``. Do that in the tree, so the text and the tree still agree."""
    if type(dialect).__name__ != "ClickHouse" or not isinstance(expression, exp.SetOperation):
        return expression
    limit = expression.args.get("limit")
    if limit is None:
        return expression
    expression.set("limit", None)
    outer = exp.Select(expressions=[exp.Star()]).from_(
        exp.Subquery(this=expression, alias=exp.TableAlias(this=exp.to_identifier("_l_0"))), copy=False
    )
    outer.set("limit", limit)
    return outer


def render(expression: exp.Expr, dialect: Dialect) -> str:
    """Generate SQL for ``expression`` in ``dialect`` and verify the text against the tree.

    Args:
        expression: the rewritten tree (it may be modified by the generator).
        dialect: the policy's dialect object.

    Returns:
        The SQL text. Raises :class:`StatementNotAllowed` when the text does not match the tree.

    >>> import sqlglot
    >>> d = Dialect.get_or_raise("sqlite")
    >>> render(sqlglot.parse_one("SELECT 'a b' AS \\"x y\\" -- note"), d)
    'SELECT \\'a b\\' AS "x y"'
    """
    expression = _limit_outside_set_operation(expression, dialect)
    strings, identifiers, selects = _fingerprint(expression, dialect)
    try:
        # RAISE: a construct the dialect cannot express must not be silently dropped.
        text = dialect.generate(expression, copy=False, comments=False, unsupported_level=ErrorLevel.RAISE)
        tokens = dialect.tokenize(text)
    except SqlglotError as error:
        raise _unsafe(" ".join(str(error).split())) from None
    out_strings: Counter = Counter()
    out_identifiers: Counter = Counter()
    out_selects = 0
    for token in tokens:
        kind = token.token_type
        if token.comments:
            raise _unsafe("the rendered SQL contains a comment")
        if kind in _STRING_TOKENS:
            out_strings[token.text.casefold()] += 1
        elif kind is TokenType.IDENTIFIER:
            out_identifiers[token.text.casefold()] += 1
        elif kind is TokenType.SELECT:
            out_selects += 1
        elif kind is TokenType.SEMICOLON:
            raise _unsafe("the rendered SQL contains a statement separator")
    for value, count in strings.items():
        if out_strings[value] < count:
            raise _unsafe(f"string {value!r} did not render as a string")
    for value, count in identifiers.items():
        if out_identifiers[value] < count:
            raise _unsafe(f"name {value!r} did not render as a quoted name")
    if out_selects != selects:
        raise _unsafe("the rendered SQL has a different number of SELECTs than the checked query")
    return text
