"""The model engine: providers over httpx, prompts as data, schema retrieval, the repair loop, usage records.

Modules (private unless named here):

- ``clients``: ``ProviderSettings``, ``make_client`` (``openai``-compatible and ``anthropic`` chat clients).
- ``prompts``: ``render_template``, the built-in ``text-to-sql`` prompt, ``live_template(slug)``.
- ``context``: ``build_context`` (relevant tables + FK neighbours, values, history, examples).
- ``translator``: ``LLMTranslator``, registered as engine ``llm`` in ``datachat.services.translators.TRANSLATORS``.
- ``pricing``, ``budget``, ``records``: cost table, monthly token budget, ``LLMRequest``/``LLMUsage`` records.
- ``admin``: the admin classes (imported by ``datachat.admin``).

Install with ``pip install datachat[llm]`` (httpx). ``DATACHAT_LLM=off`` disables every model call.
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
