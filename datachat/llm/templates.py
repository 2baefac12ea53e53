"""``{{ name }}`` templates, filled in one pass: a value is inserted verbatim and never scanned for further
placeholders, so user text cannot pull other variables into a prompt. Pure Python (the models validate with it).

    >>> render_template("Answer in {{ dialect }}: {{question}}", {"dialect": "sqlite", "question": "{{dialect}}?"})
    'Answer in sqlite: {{dialect}}?'
"""

import re

__all__ = ["MissingVariable", "placeholders", "render_template"]

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class MissingVariable(KeyError):
    """A template names a variable the caller did not give."""


def placeholders(template: str) -> list[str]:
    """The variable names a template uses, in order of first use."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(template or "")))


def render_template(template: str, variables: dict) -> str:
    """Replace each ``{{ name }}`` with ``str(variables[name])``; raise ``MissingVariable`` when one is absent."""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in variables:
            raise MissingVariable(name)
        value = variables[name]
        return "" if value is None else str(value)

    return _PLACEHOLDER.sub(replace, template or "")
