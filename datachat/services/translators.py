"""Translators turn a question into candidate SQL. ``semantic`` needs no model; ``llm`` is registered in
``datachat.hooks`` by ``datachat.llm`` (see ``DatachatConfig.ready``). Both return a ``Candidate``: the
``nl2sql.Translation``, plus the guarded statement when the translator already proved its SQL for the scope
(the model's repair loop must), so that the pipeline guards every statement exactly once.
"""

from dataclasses import dataclass, field
from typing import Any, Protocol

import sql_safety
from datachat import hooks
from datachat.conf import conf
from datachat.nl2sql import Translation, get_engine

from .guard import Scope
from .sources import sa_engine


@dataclass(frozen=True)
class Candidate:
    """A translator's answer to one question.

    ``safe`` is set when the translator ran ``sql_safety.check`` on ``translation.sql`` for ``guarded_for``; the
    pipeline runs it as is on that scope and guards every other candidate itself. ``meta`` is the translator's
    own account (attempts, repairs, why it fell back), never read by the pipeline's safety logic.
    """

    translation: Translation
    safe: sql_safety.SafeQuery | None = None
    guarded_for: Scope | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class Translator(Protocol):
    name: str

    def translate(self, question: str, *, previous: dict | None, history: list[dict]) -> Candidate: ...

    def suggestions(self, n: int = 4) -> list[str]: ...


class SemanticTranslator:
    """The deterministic, offline engine of ``datachat.nl2sql``."""

    name = "semantic"

    def __init__(self, scope: Scope):
        hints = None
        self.linker = None
        if scope.semantic is not None:
            from datachat.semantic import to_engine_hints
            from datachat.semantic.linking import Linker

            hints = to_engine_hints(scope.semantic)
            self.linker = Linker(scope.semantic)
        # the process's pooled SQLAlchemy engine of the source, not a new one per message
        self.semantic_engine = get_engine(sa_engine(scope.url), include=scope.include, annotations=hints,
                                          max_age=conf.CATALOG_TTL)

    def translate(self, question: str, *, previous: dict | None = None, history: list[dict] | None = None):
        if self.linker is not None:
            from datachat.semantic.translate import translate_with_model

            return Candidate(translate_with_model(self.semantic_engine, self.linker, question, previous=previous))
        return Candidate(self.semantic_engine.translate(question, previous=previous))

    def suggestions(self, n: int = 4) -> list[str]:
        return self.semantic_engine.suggestions(n=n)


def translator_for(scope: Scope, name: str | None = None) -> Translator:
    """The engine to use: ``name``, else the scope's, else ``DATACHAT_ENGINE``; models only when allowed."""
    name = name or scope.translator or conf.ENGINE
    if name != "semantic" and not conf.LLM_ENABLED:
        name = "semantic"
    factory = hooks.translators().get(name) if name != "semantic" else None
    return (factory or SemanticTranslator)(scope)
