"""Translators turn a question into candidate SQL. ``semantic`` needs no model; ``llm`` is registered in
``datachat.hooks`` by ``datachat.llm`` (see ``DatachatConfig.ready``). Both return an ``nl2sql.Translation``.
"""

from typing import Protocol

from datachat import hooks
from datachat.conf import conf
from datachat.nl2sql import Translation, get_engine

from .guard import Scope


class Translator(Protocol):
    name: str

    def translate(self, question: str, *, previous: dict | None, history: list[dict]) -> Translation: ...

    def suggestions(self, n: int = 4) -> list[str]: ...


class SemanticTranslator:
    """The deterministic, offline engine of ``datachat.nl2sql``."""

    name = "semantic"

    def __init__(self, scope: Scope):
        self.semantic_engine = get_engine(scope.url, include=scope.include, annotations=scope.annotations or None)

    def translate(self, question: str, *, previous: dict | None = None, history: list[dict] | None = None):
        return self.semantic_engine.translate(question, previous=previous)

    def suggestions(self, n: int = 4) -> list[str]:
        return self.semantic_engine.suggestions(n=n)


def translator_for(scope: Scope, name: str | None = None) -> Translator:
    """The engine to use: ``name``, else the scope's, else ``DATACHAT_ENGINE``; models only when allowed."""
    name = name or scope.translator or conf.ENGINE
    if name != "semantic" and not conf.LLM_ENABLED:
        name = "semantic"
    factory = hooks.translators().get(name) if name != "semantic" else None
    return (factory or SemanticTranslator)(scope)
