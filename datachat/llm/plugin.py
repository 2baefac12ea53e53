"""How ``datachat.llm`` plugs into the layers below it; ``DatachatConfig.ready()`` calls ``register()``.

``datachat.services`` never imports this package: it finds the ``llm`` translator and the model's intent
classifier in ``datachat.hooks``.
"""

from datachat import hooks

from .intents import classify


def llm_translator(scope):
    """The model translator for ``scope``; the semantic one when httpx (the ``llm`` extra) is missing."""
    try:
        from .translator import LLMTranslator
    except ImportError:
        from datachat.services.translators import SemanticTranslator

        return SemanticTranslator(scope)
    return LLMTranslator(scope)


def register() -> None:
    hooks.register_translator("llm", llm_translator)
    hooks.set_model_intent_classifier(classify)
