"""Intents raised by chat messages ("email me this every Monday", "alert me when orders drop below 50").

Every user message goes through ``detect``: when models are allowed, a classifier registered with
``hooks.set_intent_classifier``, else (with ``DATACHAT_ENGINE=llm`` and a provider configured) the model
(``datachat.llm.intents``, registered as ``hooks.model_intent_classifier``); otherwise, or when the model
fails, the rules of the registered intents.
The built-in intents and their slots:

| intent | slots |
| --- | --- |
| ``schedule_report`` | ``schedule`` (see ``automations.schedules``), ``channel``, ``metric``, ``email`` |
| ``alert_threshold`` | ``metric``, ``threshold`` ``{"op", "value"}``, ``schedule``, ``channel`` |
| ``export_data`` | ``format``, ``channel`` |
| ``contact_human`` | ``team``, ``channel`` |
| ``feedback`` | ``sentiment`` (``positive`` / ``negative``) |

``confirm`` adds one sentence per intent to the answer; ``raise_events`` records the events
``intent.<name>`` (and ``message.answered`` when anything listens) in the transaction that stores the messages.
"""

import logging
import re
from dataclasses import dataclass, field

from datachat import hooks
from datachat.automations.schedules import describe, parse_schedule
from datachat.conf import conf

logger = logging.getLogger("datachat.intents")

__all__ = ["Intent", "confirm", "detect", "raise_events"]


@dataclass
class Intent:
    name: str
    confidence: float
    slots: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"name": self.name, "confidence": round(self.confidence, 2), "slots": self.slots}


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LEAD = re.compile(
    r"^\s*(?:(?:please|pls|hey|hi|can|could|would|will)\s+)*(?:you\s+)?(?:(?:please)\s+)?"
    r"(?:send|email|e-mail|mail|deliver|post|share|give|get|report|text|ping|notify|alert|remind|warn|tell)"
    r"(?:\s+(?:me|us|the\s+team|it))?(?:\s+(?:with|about|on|the|a|an|of))*\s+",
    re.IGNORECASE,
)
_SCHEDULE_WORDS = re.compile(
    r"\b(?:every|each|on)\s+\w+(?:\s+(?:and|,)\s*\w+)*(?:\s+at\s+[\w:.]+(?:\s*(?:am|pm))?)?|\b(?:daily|weekly|"
    r"monthly|hourly)\b(?:\s+at\s+[\w:.]+(?:\s*(?:am|pm))?)?|\bat\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b|\bby\s+"
    r"(?:email|e-mail|mail|slack|webhook)\b|\bto\s+" + _EMAIL.pattern,
    re.IGNORECASE,
)


def _channel(text: str) -> str:
    lowered = text.lower()
    if "slack" in lowered:
        return "slack"
    if re.search(r"\b(e-?mail|mail|inbox)\b", lowered) or _EMAIL.search(text):
        return "email"
    if re.search(r"\b(sms|text me)\b", lowered):
        return "sms"
    return "webhook"


def _metric(text: str) -> str:
    metric = _LEAD.sub("", text, count=1)
    metric = _SCHEDULE_WORDS.sub("", metric)
    metric = re.sub(r"\s+", " ", metric).strip(" .,!?;:")
    return metric or text.strip(" .,!?")


def _report_slots(text: str) -> dict:
    slots = {"schedule": parse_schedule(text), "channel": _channel(text), "metric": _metric(text)}
    if email := _EMAIL.search(text):
        slots["email"] = email.group(0)
    return slots


_THRESHOLD = re.compile(
    r"\b(?:when|if|once|whenever)\s+(?P<metric>.+?)\s+(?:(?:is|are|goes|go|gets|get|falls?|drops?|dips?|rises?|"
    r"climbs?|jumps?|exceeds?|passes|crosses)\s+)?(?P<dir>below|under|less than|lower than|beneath|above|over|"
    r"more than|greater than|higher than|exceeds?|passes|beyond)\s+(?P<value>-?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|k\b)?",
    re.IGNORECASE,
)


def _alert_slots(text: str) -> dict:
    slots: dict = {"channel": _channel(text)}
    match = _THRESHOLD.search(text)
    if match:
        value = float(match.group("value").replace(",", ""))
        if (match.group("unit") or "").lower() == "k":
            value *= 1000
        below = match.group("dir").lower() in {"below", "under", "less than", "lower than", "beneath"}
        slots["metric"] = re.sub(r"^(?:the|our|my)\s+", "", match.group("metric").strip(), flags=re.IGNORECASE)
        slots["threshold"] = {"op": "<" if below else ">", "value": int(value) if value.is_integer() else value}
    else:
        slots["metric"] = _metric(text)
    slots["schedule"] = parse_schedule(text) or {"every": "day", "hour": 9, "minute": 0, "tz": "UTC",
                                                 "text": describe({"every": "day", "hour": 9, "minute": 0})}
    return slots


def _export_slots(text: str) -> dict:
    lowered = text.lower()
    fmt = "xlsx" if re.search(r"\b(excel|xlsx|spreadsheet)\b", lowered) else "json" if "json" in lowered else "csv"
    return {"format": fmt, "channel": _channel(text)}


def _contact_slots(text: str) -> dict:
    lowered = text.lower()
    team = next((t for t in ("sales", "support", "billing") if t in lowered), "support")
    return {"team": team, "channel": _channel(text)}


def _feedback_slots(text: str) -> dict:
    negative = re.search(r"\b(wrong|incorrect|not (?:right|correct|what i)|useless|bad|broken|doesn'?t make sense)\b",
                         text, re.IGNORECASE)
    return {"sentiment": "negative" if negative else "positive"}


def _confirm_report(slots: dict) -> str:
    schedule = (slots.get("schedule") or {}).get("text", "on a schedule")
    tz = (slots.get("schedule") or {}).get("tz", "UTC")
    channel = {"email": f"by email{' to ' + slots['email'] if slots.get('email') else ''}", "slack": "on Slack",
               "webhook": "to your connected apps", "sms": "by text message"}.get(slots.get("channel"), "")
    return f"I'll send you {slots.get('metric') or 'this report'} {schedule} ({tz}) {channel}.".replace("  ", " ")


def _confirm_alert(slots: dict) -> str:
    threshold = slots.get("threshold")
    if not threshold:
        return f"I'll keep an eye on {slots.get('metric') or 'this'}; tell me the level to alert you at."
    direction = "drops below" if threshold["op"] == "<" else "goes above"
    schedule = (slots.get("schedule") or {}).get("text", "every day")
    return (f"I'll check {slots.get('metric') or 'this'} {schedule} and alert you once when it {direction} "
            f"{threshold['value']}.")


_BUILTINS = [
    ("schedule_report",
     [r"\b(send|email|e-mail|mail|deliver|report|share|post)\b.*\b(every|each|daily|weekly|monthly|hourly|weekdays?)\b",
      r"\b(schedule|subscribe)\b.*\b(report|this|it|me)\b"],
     _report_slots, _confirm_report),
    ("alert_threshold",
     [r"\b(alert|notify|warn|tell|ping|let me know|message)\b.*\b(when|if|once|whenever)\b.*"
      r"\b(below|under|above|over|less than|more than|exceeds?|drops?|falls?)\b"],
     _alert_slots, _confirm_alert),
    ("export_data",
     [r"\b(export|download)\b", r"\b(as|in|to)\s+(a\s+)?(csv|excel|xlsx|spreadsheet)\b"],
     _export_slots, lambda s: f"I'm preparing an export of this data as {s['format'].upper()}; it will be sent "
                              "to your connected apps when it is ready."),
    ("contact_human",
     [r"\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|some|the\s+)?(human|person|someone|sales|support|agent|"
      r"representative|rep|team|people)\b",
      r"\b(contact|call)\s+(me|sales|support)\b", r"\b(human|real person)\b.*\bplease\b"],
     _contact_slots, lambda s: f"I've asked the {s['team']} team to get in touch with you."),
    ("feedback",
     [r"^\s*(thanks|thank you|great|perfect|awesome|nice)\b", r"\b(that'?s|this is|answer is)\s+(wrong|incorrect|"
      r"not right|useless)\b", r"\bnot what i (asked|meant|wanted)\b"],
     _feedback_slots, lambda s: "Thanks for the feedback!" if s["sentiment"] == "positive"
     else "Sorry about that; I've noted your feedback."),
]

_DESCRIPTIONS = {
    "schedule_report": "the user wants this data sent to them regularly (slots: schedule, channel, metric, email)",
    "alert_threshold": "the user wants an alert when a metric crosses a level (slots: metric, threshold, schedule)",
    "export_data": "the user wants to export or download the data (slots: format csv/xlsx/json)",
    "contact_human": "the user wants to talk to a person, sales or support (slots: team)",
    "feedback": "the user says the answer was good or wrong (slots: sentiment positive/negative)",
}

for _name, _patterns, _slots, _confirm in _BUILTINS:
    if hooks.get_intent(_name) is None:
        hooks.register_intent(_name, patterns=_patterns, slots=_slots, confirm=_confirm, builtin=True,
                              description=_DESCRIPTIONS[_name], standalone=_name == "contact_human")


def _by_rules(text: str) -> list[Intent]:
    found = []
    for spec in hooks.intents().values():
        hits = sum(1 for pattern in spec.compiled() if pattern.search(text))
        if not hits:
            continue
        slots = spec.slots(text) if spec.slots else {}
        confidence = min(0.95, 0.75 + 0.1 * hits)
        if spec.name == "alert_threshold" and "threshold" not in slots:
            confidence = 0.6
        found.append(Intent(spec.name, confidence, slots))
    names = {i.name for i in found}
    if "alert_threshold" in names:  # "alert me every day when ..." is an alert, not a report
        found = [i for i in found if i.name != "schedule_report"]
    if "export_data" in names and "schedule_report" in names:
        found = [i for i in found if i.name != "export_data"]
    return sorted(found, key=lambda i: -i.confidence)


def detect(text: str) -> list[Intent]:
    """Intents in one user message (rules, or the registered classifier when models are allowed).

    >>> [i.name for i in detect("send me revenue by country every Monday at 9")]
    ['schedule_report']
    >>> detect("alert me when daily orders drop below 50")[0].slots["threshold"]
    {'op': '<', 'value': 50}
    >>> detect("revenue by country")
    []
    """
    text = (text or "").strip()
    if not text:
        return []
    classifier = hooks.intent_classifier()
    if classifier is None and conf.ENGINE == "llm" and conf.INTENT_ENGINE != "rules":
        classifier = hooks.model_intent_classifier()
    if classifier is not None and conf.LLM_ENABLED:
        try:
            result = classifier(text)
        except Exception:
            logger.exception("intent classifier failed; using the rules")
            result = None
        if result is not None:
            known = hooks.intents()
            return [Intent(r["name"], float(r.get("confidence", 0.8)), dict(r.get("slots") or {}))
                    for r in result if r.get("name") in known]
    return _by_rules(text)


def confirm(content: str, intents: list[Intent]) -> str:
    """The answer text, plus a sentence confirming what each intent will do."""
    sentences = []
    for intent in intents:
        spec = hooks.get_intent(intent.name)
        if spec is None or not spec.confirm:
            continue
        try:
            sentence = spec.confirm(intent.slots) if callable(spec.confirm) else spec.confirm.format(**intent.slots)
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        if sentence and sentence not in content:
            sentences.append(sentence)
    return " ".join([content.strip(), *sentences]).strip() if sentences else content


def standalone(intents: list[Intent]) -> bool:
    """Whether the message only makes requests that need no query (e.g. "let me talk to sales")."""
    specs = [hooks.get_intent(intent.name) for intent in intents]
    return bool(specs) and all(spec is not None and spec.standalone for spec in specs)


def raise_events(session, question, answer, intents: list[Intent]) -> None:
    """Record one Event per intent in the current transaction; delivery happens after commit."""
    from datachat.automations.events import has_subscribers, record_event

    embed_id = session.embed_id
    base = {
        "embed_id": str(embed_id) if embed_id else None, "session_id": str(session.pk),
        "message_id": str(answer.pk), "question_id": str(question.pk), "question": question.content,
        "answer": answer.content, "sql": answer.sql or None, "user": session.user or None,
        "sub": session.identity_sub or None,  # the identified visitor; the token itself is never stored or sent
    }
    for intent in intents:
        record_event(f"intent.{intent.name}", {**base, "intent": intent.name, "confidence": intent.confidence,
                                               "slots": intent.slots}, embed_id=embed_id, source="chat")
    if has_subscribers("message.answered", embed_id):
        record_event("message.answered", {**base, "intents": [i.as_json() for i in intents],
                                          "error_code": answer.error_code or None}, embed_id=embed_id, source="chat")
