"""Prices of hosted models and token estimates.

``PRICES`` maps a model id prefix to USD per million (input, output) tokens, as the vendors publish them;
the longest matching prefix wins. Unknown models (local servers) cost 0. Override or extend the table with
``DATACHAT_LLM_PRICES = {"my-model": [0.5, 1.5]}`` or per model with ``LLMModelConfig.params``
``{"price_in": 0.5, "price_out": 1.5}``.

    >>> cost_of("gpt-4o-mini-2024-07-18", 1_000_000, 0)
    Decimal('0.150000')
    >>> cost_of("llama3.2", 5000, 500)
    Decimal('0.000000')
    >>> estimate_tokens("SELECT COUNT(*) FROM orders")
    7
"""

from decimal import Decimal

from datachat.conf import conf

#: model id prefix -> (USD per 1M input tokens, USD per 1M output tokens)
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
    "claude-3-haiku": (0.25, 1.25),
    "claude-3-5-haiku": (0.80, 4.00),
    "claude-haiku-4": (1.00, 5.00),
    "claude-3-5-sonnet": (3.00, 15.00),
    "claude-3-7-sonnet": (3.00, 15.00),
    "claude-sonnet-4": (3.00, 15.00),
    "claude-3-opus": (15.00, 75.00),
    "claude-opus-4": (15.00, 75.00),
}

_MILLION = Decimal(1_000_000)
_PLACES = Decimal("0.000001")


def price_of(model: str, params: dict | None = None) -> tuple[float, float]:
    """(input, output) USD per million tokens for ``model``; (0, 0) when unknown."""
    params = params or {}
    if "price_in" in params or "price_out" in params:
        return float(params.get("price_in") or 0), float(params.get("price_out") or 0)
    table = {**PRICES, **{k: tuple(v) for k, v in conf.LLM_PRICES.items()}}
    low = (model or "").lower()
    best = max((prefix for prefix in table if low.startswith(prefix.lower())), key=len, default=None)
    return table[best] if best else (0.0, 0.0)


def cost_of(model: str, tokens_in: int, tokens_out: int, params: dict | None = None) -> Decimal:
    """Estimated cost in USD of one call, to six decimal places."""
    price_in, price_out = price_of(model, params)
    cost = (Decimal(str(price_in)) * tokens_in + Decimal(str(price_out)) * tokens_out) / _MILLION
    return cost.quantize(_PLACES)


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate: about four characters per token for English text and SQL."""
    return (len(text) + 3) // 4
