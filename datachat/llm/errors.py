"""Errors of the model layer. One root, each subclass names what failed::

    LLMError
    ├── ProviderNotConfigured   no stored provider and no DATACHAT_LLM_PROVIDER
    ├── ProviderUnavailable     the provider is down: connection error, timeout, 5xx or 429 after retries
    │   ├── ProviderTimeout
    │   └── ProviderRateLimited
    ├── ProviderRejected        a 4xx other than 429 (bad key, unknown model, bad request)
    ├── BadResponse             the reply was not the JSON shape of the provider's API
    └── BudgetExhausted         the embed spent its monthly token budget

Messages never contain API keys; ``str()`` is safe to log.
"""

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


class LLMError(Exception):
    """Root of every model-layer error; ``status`` is the HTTP status when there was one."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


class ProviderNotConfigured(LLMError):
    pass


class ProviderUnavailable(LLMError):
    pass


class ProviderTimeout(ProviderUnavailable):
    pass


class ProviderRateLimited(ProviderUnavailable):
    pass


class ProviderRejected(LLMError):
    pass


class BadResponse(LLMError):
    pass


class BudgetExhausted(LLMError):
    pass
