"""The embed's admin fields as people write them: one origin per line, a small theme form, and exposure and row
filters as short lines, each checked with a message naming the bad line. JSON (as the API takes it) is accepted
too, so pasting an existing value works."""

import json
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from datachat.identity import public_key_problem, row_filters_problem
from datachat.models import ChatEmbed
from datachat.models.chat import DEFAULT_THEME
from datachat.origins import is_valid

NAME = r"[A-Za-z_][A-Za-z0-9_$]*"
_EXPOSED_LINE = re.compile(rf"^({NAME})\s*:\s*(\*|{NAME}(\s*,\s*{NAME})*)$")
_FILTER_LINE = re.compile(rf"^({NAME})\.({NAME})\s*=\s*(.+)$")


def _lines(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate((text or "").splitlines(), 1)
            if line.strip() and not line.strip().startswith("#")]


def _json(text: str, kind: type):
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise forms.ValidationError(_("Not valid JSON: %(error)s") % {"error": exc}) from exc
    if not isinstance(value, kind):
        raise forms.ValidationError(_("Expected a JSON %(kind)s.") % {"kind": "list" if kind is list else "object"})
    return value


def parse_origins(text: str) -> list[str]:
    """One origin per line (or a JSON list).

    >>> parse_origins("https://shop.example.com\\n\\nhttp://localhost:3000")
    ['https://shop.example.com', 'http://localhost:3000']
    """
    items = list(enumerate(_json(text, list), 1)) if (text or "").strip().startswith("[") else _lines(text)
    origins = []
    for number, origin in items:
        if not isinstance(origin, str) or not is_valid(origin):
            raise forms.ValidationError(
                _("Line %(n)d, %(origin)r, is not an origin: write scheme://host[:port] with no path, e.g. "
                  "https://shop.example.com or https://*.example.com.") % {"n": number, "origin": origin})
        if origin not in origins:
            origins.append(origin)
    return origins


def parse_exposed(text: str) -> dict:
    """``TABLE: *`` or ``TABLE: col1, col2`` per line (or a JSON object); empty = the whole data source.

    >>> parse_exposed("orders: *\\ncustomers: id, country")
    {'orders': '*', 'customers': ['id', 'country']}
    """
    if (text or "").strip().startswith("{"):
        return _json(text, dict)
    exposed: dict = {}
    for number, line in _lines(text):
        match = _EXPOSED_LINE.match(line)
        if not match:
            raise forms.ValidationError(
                _("Line %(n)d, %(line)r: write TABLE: * or TABLE: column, column.") % {"n": number, "line": line})
        columns = match.group(2)
        exposed[match.group(1)] = "*" if columns == "*" else [c.strip() for c in columns.split(",")]
    return exposed


def parse_row_filters(text: str) -> dict:
    """``TABLE.COLUMN = claim:NAME`` (the visitor's identity claim) or ``TABLE.COLUMN = VALUE`` per line.

    >>> parse_row_filters("orders.customer_id = claim:customer_id\\nstores.region = 7")
    {'orders': {'column': 'customer_id', 'claim': 'customer_id'}, 'stores': {'column': 'region', 'value': 7}}
    """
    if (text or "").strip().startswith("{"):
        filters = _json(text, dict)
        if problem := row_filters_problem(filters):
            raise forms.ValidationError(problem)
        return filters
    filters = {}
    for number, line in _lines(text):
        match = _FILTER_LINE.match(line)
        value = match.group(3).strip() if match else ""
        if not match or value == "claim:":
            raise forms.ValidationError(
                _("Line %(n)d, %(line)r: write TABLE.COLUMN = claim:NAME or TABLE.COLUMN = VALUE.")
                % {"n": number, "line": line})
        table, column = match.group(1), match.group(2)
        if value.startswith("claim:"):
            filters[table] = {"column": column, "claim": value.removeprefix("claim:").strip()}
        else:
            value = value.strip("'\"") if value[:1] in "'\"" else value
            filters[table] = {"column": column, "value": int(value) if re.fullmatch(r"-?\d+", value) else value}
    return filters


def origins_text(origins: list) -> str:
    return "\n".join(origins or [])


def exposed_text(exposed: dict) -> str:
    return "\n".join(f"{t}: {'*' if c == '*' else ', '.join(c)}" for t, c in (exposed or {}).items())


def row_filters_text(filters: dict) -> str:
    lines = []
    for table, spec in (filters or {}).items():
        target = f"claim:{spec['claim']}" if spec.get("claim") else spec.get("value")
        lines.append(f"{table}.{spec.get('column')} = {target}")
    return "\n".join(lines)


THEME_CHOICES = {
    "position": [("right", _("bottom right")), ("left", _("bottom left"))],
    "launcher_icon": [("chat", _("chat bubble")), ("chart", _("chart"))],
    "dark": [("auto", _("follow the visitor's system")), ("light", _("always light")), ("dark", _("always dark"))],
}
THEME_KEYS = ["primary", "position", "title", "greeting", "launcher_icon", "dark"]


class ChatEmbedForm(forms.ModelForm):
    allowed_domains = forms.CharField(
        label=_("allowed origins"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: https://shop.example.com, http://localhost:3000, https://*.example.com. "
                    "A page on any other origin cannot use this chat."))
    exposed = forms.CharField(
        label=_("exposed tables and columns"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One table per line: orders: * (every column) or customers: id, country. "
                    "Empty: everything the data source exposes."))
    row_filters = forms.CharField(
        label=_("row filters"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line. orders.customer_id = claim:customer_id scopes orders to the visitor's signed "
                    "identity claim (visitors without it are refused); orders.region = 7 fixes a value."))

    theme_primary = forms.CharField(label=_("theme: colour"), required=False, max_length=7,
                                    widget=forms.TextInput(attrs={"type": "color"}))
    theme_position = forms.ChoiceField(label=_("theme: position"), required=False, choices=THEME_CHOICES["position"])
    theme_title = forms.CharField(label=_("theme: title"), required=False, max_length=80)
    theme_greeting = forms.CharField(label=_("theme: greeting"), required=False, max_length=300)
    theme_launcher_icon = forms.ChoiceField(label=_("theme: launcher icon"), required=False,
                                            choices=THEME_CHOICES["launcher_icon"])
    theme_dark = forms.ChoiceField(label=_("theme: dark mode"), required=False, choices=THEME_CHOICES["dark"])

    class Meta:
        model = ChatEmbed
        fields = ["name", "data_source", "allowed_domains", "rate_limit", "exposed", "row_filters",
                  "require_identity", "identity_public_key", "engine", "monthly_token_budget", "tenant_id",
                  "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if not self.is_bound:
            theme = instance.resolved_theme if instance.pk else DEFAULT_THEME
            for name in THEME_KEYS:
                self.initial[f"theme_{name}"] = theme.get(name, DEFAULT_THEME[name])
            self.initial["allowed_domains"] = origins_text(instance.allowed_domains)
            self.initial["exposed"] = exposed_text(instance.exposed)
            self.initial["row_filters"] = row_filters_text(instance.row_filters)

    def clean_allowed_domains(self):
        return parse_origins(self.cleaned_data["allowed_domains"])

    def clean_exposed(self):
        return parse_exposed(self.cleaned_data["exposed"])

    def clean_row_filters(self):
        return parse_row_filters(self.cleaned_data["row_filters"])

    def clean_identity_public_key(self):
        pem = (self.cleaned_data.get("identity_public_key") or "").strip()
        if pem and (problem := public_key_problem(pem)):
            raise forms.ValidationError(problem)
        return pem

    def clean_theme_primary(self):
        value = self.cleaned_data.get("theme_primary") or ""
        if value and not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            raise forms.ValidationError(_("A colour like #4f46e5."))
        return value

    def save(self, commit=True):
        theme = dict(self.instance.theme or {})
        for name in THEME_KEYS:
            value = self.cleaned_data.get(f"theme_{name}")
            if value and value != DEFAULT_THEME[name]:
                theme[name] = value
            else:
                theme.pop(name, None)
        self.instance.theme = theme
        return super().save(commit=commit)

