"""Engines turn a question into candidate SQL. ``semantic`` needs no model; ``llm`` is registered by
``datachat.llm`` when installed. Both return an ``nl2sql.Translation``; the pipeline guards the SQL.
"""

from collections.abc import Callable
from typing import Protocol

from datachat.conf import conf
from datachat.nl2sql import Translation, get_engine

from . import sources
from .guard import Scope


class Translator(Protocol):
    name: str

    def translate(self, question: str, *, previous: dict | None, history: list[dict]) -> Translation: ...

    def suggestions(self, n: int = 4) -> list[str]: ...


class SemanticTranslator:
    """The deterministic, offline engine of ``datachat.nl2sql``."""

    name = "semantic"

    def __init__(self, scope: Scope):
        # the process's pooled SQLAlchemy engine of the source, not a new one per message
        self.engine = get_engine(sources.get_engine(scope.url), include=scope.include,
                                 annotations=scope.annotations or None)

    def translate(self, question: str, *, previous: dict | None = None, history: list[dict] | None = None):
        return self.engine.translate(question, previous=previous)

    def suggestions(self, n: int = 4) -> list[str]:
        return self.engine.suggestions(n=n)


def _llm_translator(scope: Scope) -> Translator:
    """The model engine (``datachat.llm``); the semantic engine when httpx, the ``llm`` extra, is missing."""
    try:
        from datachat.llm.translator import LLMTranslator
    except ImportError:
        return SemanticTranslator(scope)
    return LLMTranslator(scope)


#: name -> factory(scope) -> Translator. Apps may register more.
ENGINES: dict[str, Callable[[Scope], Translator]] = {"semantic": SemanticTranslator, "llm": _llm_translator}


def translator_for(scope: Scope, name: str | None = None) -> Translator:
    """The engine to use: ``name``, else the scope's, else ``DATACHAT_ENGINE``; models only when allowed."""
    name = name or scope.engine or conf.ENGINE
    if name != "semantic" and not conf.LLM_ENABLED:
        name = "semantic"
    factory = ENGINES.get(name) or ENGINES["semantic"]
    return factory(scope)
