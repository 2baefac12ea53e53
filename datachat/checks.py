"""System checks for misconfiguration (``manage.py check``). IDs, messages and hints live in one table."""

from django.conf import settings
from django.core.checks import Error, Warning
from django.db import DatabaseError

from datachat.conf import conf
from datachat.origins import is_valid


class Codes:
    MAX_ROWS = "datachat.E001"
    QUERY_TIMEOUT = "datachat.E002"
    RATE_LIMIT = "datachat.E003"
    LLM_VALUE = "datachat.E004"
    ENGINE_VALUE = "datachat.E005"
    CORS_MIDDLEWARE = "datachat.E006"
    EMBED_NO_ORIGINS = "datachat.W001"
    EMBED_BAD_ORIGIN = "datachat.E007"
    LLM_PROVIDER = "datachat.E008"
    SECRET_KEY = "datachat.W002"
    LLM_API_KEY = "datachat.W003"


class Messages:
    MAX_ROWS = "DATACHAT_MAX_ROWS must be a positive integer."
    QUERY_TIMEOUT = "DATACHAT_QUERY_TIMEOUT must be a positive number of seconds."
    RATE_LIMIT = "DATACHAT_DEFAULT_RATE_LIMIT and DATACHAT_VISITOR_RATE_LIMIT must be positive integers."
    LLM_VALUE = "DATACHAT_LLM must be 'auto' or 'off'."
    ENGINE_VALUE = "DATACHAT_ENGINE must be 'semantic' or 'llm'."
    CORS_MIDDLEWARE = "corsheaders.middleware.CorsMiddleware is not in MIDDLEWARE."
    EMBED_NO_ORIGINS = "Embed {name!r} has no allowed origins; its key works nowhere."
    EMBED_BAD_ORIGIN = "Embed {name!r} has an invalid origin {origin!r}."
    SECRET_KEY = "Stored secrets are encrypted with a development SECRET_KEY."
    LLM_PROVIDER = "DATACHAT_LLM_PROVIDER must be 'openai' or 'anthropic', not {value!r}."
    LLM_API_KEY = "DATACHAT_LLM_PROVIDER names a hosted API but DATACHAT_LLM_API_KEY is empty."


class Hints:
    MAX_ROWS = "Set it to e.g. 5000."
    QUERY_TIMEOUT = "Set it to e.g. 10."
    RATE_LIMIT = "Use calls per minute, e.g. 60; leave DATACHAT_VISITOR_RATE_LIMIT unset to disable it."
    LLM_VALUE = "Use 'off' to never call a model."
    ENGINE_VALUE = "The default 'semantic' engine needs no model."
    CORS_MIDDLEWARE = "Add it above CommonMiddleware, or widgets on other sites cannot call the API."
    EMBED_NO_ORIGINS = "Add origins such as https://shop.example.com in the admin."
    EMBED_BAD_ORIGIN = "Origins are scheme://host[:port], e.g. https://*.example.com; no path."
    SECRET_KEY = "Set DJANGO_SECRET_KEY (or DATACHAT_SECRET_KEY) to a long random value in production."
    LLM_PROVIDER = "Use 'openai' for any OpenAI-compatible server (set DATACHAT_LLM_BASE_URL for local ones)."
    LLM_API_KEY = "Set DATACHAT_LLM_API_KEY, or DATACHAT_LLM_BASE_URL for a local server that needs no key."


def _error(code: str, level=Error, **fmt) -> Error:
    return level(getattr(Messages, code).format(**fmt), hint=getattr(Hints, code), id=getattr(Codes, code))


def check_settings(app_configs=None, **kwargs) -> list:
    errors = []
    try:
        if conf.MAX_ROWS is None or conf.MAX_ROWS <= 0:
            errors.append(_error("MAX_ROWS"))
    except (TypeError, ValueError):
        errors.append(_error("MAX_ROWS"))
    try:
        if conf.QUERY_TIMEOUT <= 0:
            errors.append(_error("QUERY_TIMEOUT"))
    except (TypeError, ValueError):
        errors.append(_error("QUERY_TIMEOUT"))
    try:
        visitor = conf.VISITOR_RATE_LIMIT
        if conf.DEFAULT_RATE_LIMIT is None or conf.DEFAULT_RATE_LIMIT <= 0 or (visitor is not None and visitor <= 0):
            errors.append(_error("RATE_LIMIT"))
    except (TypeError, ValueError):
        errors.append(_error("RATE_LIMIT"))
    if conf.LLM not in {"auto", "off", "on", "0", "1", "false", "true", "no", "yes"}:
        errors.append(_error("LLM_VALUE"))
    if conf.ENGINE not in {"semantic", "llm"}:
        errors.append(_error("ENGINE_VALUE"))
    if "corsheaders.middleware.CorsMiddleware" not in settings.MIDDLEWARE:
        errors.append(_error("CORS_MIDDLEWARE"))
    if not settings.DEBUG and conf.SECRET_KEY.startswith("dev-only"):
        errors.append(_error("SECRET_KEY", Warning))
    errors.extend(_check_llm_environment())
    return errors


def _check_llm_environment() -> list:
    from datachat.llm.clients import PROVIDER_TYPES
    provider = conf.LLM_PROVIDER
    if not provider:
        return []
    if provider not in PROVIDER_TYPES:
        return [_error("LLM_PROVIDER", value=provider)]
    if not conf.LLM_API_KEY and not conf.LLM_BASE_URL:
        return [_error("LLM_API_KEY", Warning)]
    return []


def check_embeds(app_configs=None, databases=None, **kwargs) -> list:
    """Embed configuration; like every check that reads the database, it runs with ``check --database``."""
    from datachat.models import ChatEmbed

    if not databases:
        return []
    errors = []
    try:
        embeds = list(ChatEmbed.objects.filter(is_active=True).only("name", "allowed_domains"))
    except DatabaseError:  # not migrated yet
        return []
    for embed in embeds:
        if not embed.allowed_domains and not settings.DEBUG:
            errors.append(_error("EMBED_NO_ORIGINS", Warning, name=embed.name))
        for origin in embed.allowed_domains or []:
            if not isinstance(origin, str) or not is_valid(origin):
                errors.append(_error("EMBED_BAD_ORIGIN", name=embed.name, origin=origin))
    return errors
