"""System checks: every ID, and that ``manage.py check`` runs them."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from datachat.checks import Codes, check_embeds, check_settings


def ids(errors):
    return sorted(error.id for error in errors)


def test_default_settings_pass():
    assert check_settings() == []


@pytest.mark.parametrize(
    "overrides, expected",
    [
        ({"DATACHAT_MAX_ROWS": 0}, [Codes.MAX_ROWS]),
        ({"DATACHAT_MAX_ROWS": "many"}, [Codes.MAX_ROWS]),
        ({"DATACHAT_QUERY_TIMEOUT": -1}, [Codes.QUERY_TIMEOUT]),
        ({"DATACHAT_DEFAULT_RATE_LIMIT": 0}, [Codes.RATE_LIMIT]),
        ({"DATACHAT_VISITOR_RATE_LIMIT": -5}, [Codes.RATE_LIMIT]),
        ({"DATACHAT_LLM": "maybe"}, [Codes.LLM_VALUE]),
        ({"DATACHAT_ENGINE": "magic"}, [Codes.ENGINE_VALUE]),
        ({"DEBUG": False, "SECRET_KEY": "dev-only-insecure-key-change-me"}, [Codes.SECRET_KEY]),
        ({"DATACHAT_LLM_PROVIDER": "gemini"}, [Codes.LLM_PROVIDER]),
        ({"DATACHAT_LLM_PROVIDER": "anthropic", "DATACHAT_LLM_API_KEY": ""}, [Codes.LLM_API_KEY]),
        ({"DATACHAT_LLM_PROVIDER": "openai", "DATACHAT_LLM_BASE_URL": "http://127.0.0.1:11434/v1"}, []),
        ({"DATACHAT_LLM_PROVIDER": "anthropic", "DATACHAT_LLM_API_KEY": "sk-ant-x"}, []),
    ],
)
def test_each_settings_check(overrides, expected):
    with override_settings(**overrides):
        assert ids(check_settings()) == expected


def test_cors_middleware_missing():
    from django.conf import settings

    middleware = [m for m in settings.MIDDLEWARE if "corsheaders" not in m]
    with override_settings(MIDDLEWARE=middleware):
        assert ids(check_settings()) == [Codes.CORS_MIDDLEWARE]


@pytest.mark.django_db
def test_embed_checks_need_the_database_flag(make_embed):
    make_embed(origins=[])
    make_embed(name="Bad", origins=["shop.example.com"])
    make_embed(name="Sly", origins=["https://foo*.example.com"])
    assert check_embeds() == []  # without --database, checks never touch the database
    with override_settings(DEBUG=False):
        assert ids(check_embeds(databases=["default"])) == [
            Codes.EMBED_BAD_ORIGIN, Codes.EMBED_BAD_ORIGIN, Codes.EMBED_NO_ORIGINS]


def test_ids_are_unique_and_namespaced():
    values = [v for k, v in vars(Codes).items() if not k.startswith("_")]
    assert len(values) == len(set(values))
    assert all(v.startswith("datachat.") for v in values)


def test_manage_check_runs_them():
    with override_settings(DATACHAT_MAX_ROWS=0), pytest.raises(Exception, match="datachat.E001"):
        call_command("check", stdout=StringIO(), stderr=StringIO())
    call_command("check", stdout=StringIO())
