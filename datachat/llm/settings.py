"""The ``DATACHAT_LLM_*`` settings, read like ``datachat.conf``: Django setting first, then the environment.

| setting | default | meaning |
| --- | --- | --- |
| ``DATACHAT_LLM_PROVIDER`` | empty | ``openai`` or ``anthropic``: the provider used when none is stored |
| ``DATACHAT_LLM_BASE_URL`` | hosted API | e.g. ``http://127.0.0.1:11434/v1`` for Ollama |
| ``DATACHAT_LLM_MODEL`` | empty | model id sent to the provider |
| ``DATACHAT_LLM_API_KEY`` | empty | never logged, never shown |
| ``DATACHAT_LLM_TIMEOUT`` | 30 | seconds per HTTP call |
| ``DATACHAT_LLM_MAX_RETRIES`` | 2 | retries after 429, 5xx, timeouts and connection errors |
| ``DATACHAT_LLM_MAX_REPAIRS`` | 2 | new attempts after the guard or the database rejects the model's SQL |
| ``DATACHAT_LLM_MAX_TABLES`` | 8 | tables (before foreign-key neighbours) put in the prompt |
| ``DATACHAT_LLM_EXAMPLES`` | 3 | few-shot question/SQL pairs put in the prompt |
| ``DATACHAT_LLM_PRICES`` | ``{}`` | extra prices ``{"model prefix": [in, out]}`` in USD per million tokens |
| ``DATACHAT_LLM_EMBEDDINGS`` | empty | a sentence-transformers model name to rank tables by meaning (optional) |
"""

import json
import os
from typing import Any

from django.conf import settings


def llm_setting(name: str, default: Any) -> Any:
    full = f"DATACHAT_LLM_{name}"
    if hasattr(settings, full):
        return getattr(settings, full)
    value = os.environ.get(full)
    if value is None:
        return default
    if isinstance(default, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(value)
    if isinstance(default, float):
        return float(value)
    if name == "PRICES":
        return json.loads(value)
    return value


def max_repairs() -> int:
    return max(0, int(llm_setting("MAX_REPAIRS", 2)))


def max_tables() -> int:
    return max(1, int(llm_setting("MAX_TABLES", 8)))


def examples_count() -> int:
    return max(0, int(llm_setting("EXAMPLES", 3)))
