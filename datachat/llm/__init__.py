"""The model engine: providers over httpx, prompts as data, schema retrieval, the repair loop, usage records.

Modules (private unless named here):

- ``clients``: ``ProviderSettings``, ``make_client`` (``openai``-compatible and ``anthropic`` chat clients).
- ``prompts``: the built-in ``text-to-sql`` prompt, ``live_template(slug)``; ``templates``: ``render_template``.
- ``context``: ``build_context`` (relevant tables + FK neighbours, values, history, examples).
- ``translator``: ``LLMTranslator``; ``intents``: the model's intent classifier. ``plugin.register()`` (called by
  ``DatachatConfig.ready()``) registers both in ``datachat.hooks``: the translator as ``llm``.
- ``pricing``, ``budget``, ``records``: cost table, monthly token budget, ``LLMRequest``/``LLMUsage`` records.
- ``admin``: the admin classes (imported by ``datachat.admin``).

Install with ``pip install datachat[llm]`` (httpx). ``DATACHAT_LLM=off`` disables every model call. The
``DATACHAT_LLM_*`` settings are read through ``datachat.conf.conf``.
"""

from .clients import Completion, ProviderSettings, make_client
from .errors import (
    BadResponse,
    BudgetExhausted,
    LLMError,
    ProviderNotConfigured,
    ProviderRateLimited,
    ProviderRejected,
    ProviderTimeout,
    ProviderUnavailable,
)

__all__ = [
    "BadResponse",
    "BudgetExhausted",
    "Completion",
    "LLMError",
    "ProviderNotConfigured",
    "ProviderRateLimited",
    "ProviderRejected",
    "ProviderSettings",
    "ProviderTimeout",
    "ProviderUnavailable",
    "make_client",
]
