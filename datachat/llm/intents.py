"""Intent detection by the configured model (``DATACHAT_ENGINE=llm`` and a provider, see ``datachat.llm``).

The model names the intents and may fill slots; the rule-based slot extractors then normalise the built-in
slots (a schedule object, a threshold ``{"op", "value"}``), so automations get the same shapes either way.
Any failure (no provider, an error, a reply that is not JSON) returns None and the rules are used instead.
"""

import json
import logging
import re

from datachat import hooks

logger = logging.getLogger("datachat.intents")

__all__ = ["classify"]

SYSTEM = """You read one message sent to a chat assistant that answers questions about a company's data.
Say which of these intents the message carries (most carry none: a plain question has no intent).

{intents}

Reply with JSON only, no prose: {{"intents": [{{"name": "...", "confidence": 0.0-1.0, "slots": {{}}}}]}}.
Use an empty list when no intent applies."""


def _describe(spec) -> str:
    return f"- {spec.name}: {spec.description or spec.name.replace('_', ' ')}"


def classify(text: str) -> list[dict] | None:
    """``[{"name", "confidence", "slots"}]`` from the model, or None when no model can answer."""
    try:
        from .clients import Message, make_client
        from .providers import resolve_provider
    except ImportError:  # the llm extra is not installed
        return None
    resolved = resolve_provider()
    if resolved is None:
        return None
    specs = hooks.intents()
    client = make_client(resolved.settings)
    try:
        completion = client.complete(SYSTEM.format(intents="\n".join(_describe(s) for s in specs.values())),
                                     [Message("user", text)])
    except Exception as exc:
        logger.info("intent model unavailable (%s); using the rules", exc)
        return None
    finally:
        client.close()
    match = re.search(r"\{.*\}", completion.text, re.DOTALL)
    try:
        found = json.loads(match.group(0) if match else completion.text).get("intents", [])
    except (ValueError, AttributeError):
        logger.info("intent model reply is not JSON; using the rules")
        return None
    result = []
    for item in found if isinstance(found, list) else []:
        spec = specs.get(item.get("name")) if isinstance(item, dict) else None
        if spec is None:
            continue
        slots = dict(spec.slots(text)) if spec.slots else {}
        model_slots = item.get("slots") if isinstance(item.get("slots"), dict) else {}
        slots.update({k: v for k, v in model_slots.items() if slots.get(k) in (None, "", {}, [])})
        try:
            confidence = max(0.0, min(1.0, float(item.get("confidence", 0.8))))
        except (TypeError, ValueError):
            confidence = 0.8
        result.append({"name": spec.name, "confidence": confidence, "slots": slots})
    return result
