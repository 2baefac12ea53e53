"""Errors of the model layer. One root, each subclass names what failed::

    LLMError
    ├── ProviderNotConfigured   no stored provider and no DATACHAT_LLM_PROVIDER
    ├── ProviderUnavailable     the provider is down: connection error, timeout, 5xx or 429 after retries
    │   ├── ProviderTimeout
    │   └── ProviderRateLimited
    ├── ProviderRejected        a 4xx other than 429 (bad key, unknown model, bad request)
    ├── BadResponse             the reply was not the JSON shape of the provider's API
    └── BudgetExhausted         the embed spent its monthly token budget

Messages never contain API keys; ``str()`` is safe to log. ``LLMError`` is a ``datachat.errors.DatachatError``;
each subclass has its own stable ``code``.
"""

from datachat.errors import DatachatError

__all__ = [
    "BadResponse",
    "BudgetExhausted",
    "LLMError",
    "ProviderNotConfigured",
    "ProviderRateLimited",
    "ProviderRejected",
    "ProviderTimeout",
    "ProviderUnavailable",
]


class LLMError(DatachatError):
    """Root of every model-layer error; ``status`` is the HTTP status when there was one."""

    code = "llm_error"

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


class ProviderNotConfigured(LLMError):
    code = "provider_not_configured"


class ProviderUnavailable(LLMError):
    code = "provider_unavailable"


class ProviderTimeout(ProviderUnavailable):
    code = "provider_timeout"


class ProviderRateLimited(ProviderUnavailable):
    code = "provider_rate_limited"


class ProviderRejected(LLMError):
    code = "provider_rejected"


class BadResponse(LLMError):
    code = "bad_response"


class BudgetExhausted(LLMError):
    code = "budget_exhausted"
