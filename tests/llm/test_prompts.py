"""Prompts are data: a live version on a fresh install, one live version at a time, edits reach the model."""

import pytest
from django.core.exceptions import ValidationError

from datachat.llm.prompts import REPAIR, TEXT_TO_SQL, live_template
from datachat.llm.templates import MissingVariable, render_template
from datachat.models import Prompt, PromptVersion
from datachat.services.pipeline import answer_question

from .conftest import reply


def test_render_is_one_pass():
    assert render_template("{{ a }}-{{b}}", {"a": "{{b}}", "b": "x"}) == "{{b}}-x"


def test_render_requires_variables():
    with pytest.raises(MissingVariable):
        render_template("{{ missing }}", {})


@pytest.mark.django_db
def test_fresh_install_has_live_versions():
    for slug in (TEXT_TO_SQL, REPAIR):
        prompt = Prompt.objects.get(slug=slug)
        assert prompt.live_version().version == 1


@pytest.mark.django_db
def test_created_on_first_use_when_missing():
    Prompt.objects.all().delete()
    assert live_template(TEXT_TO_SQL).version == 1
    assert PromptVersion.objects.filter(prompt__slug=TEXT_TO_SQL, is_live=True).count() == 1


@pytest.mark.django_db
def test_one_live_version():
    prompt = Prompt.objects.get(slug=TEXT_TO_SQL)
    v1 = prompt.live_version()
    v2 = PromptVersion.objects.create(prompt=prompt, system_template="S {{ schema }}", user_template="{{ question }}",
                                      variables=["schema", "question"], is_live=True)
    assert v2.version == 2
    v1.refresh_from_db()
    assert not v1.is_live
    v1.make_live()
    v2.refresh_from_db()
    assert not v2.is_live and prompt.live_version() == v1


@pytest.mark.django_db
def test_version_rejects_unknown_variables():
    version = PromptVersion(prompt=Prompt.objects.get(slug=TEXT_TO_SQL), user_template="{{ secret_stuff }}",
                            variables=["question"])
    with pytest.raises(ValidationError):
        version.clean()


@pytest.mark.django_db
def test_version_render():
    version = Prompt.objects.get(slug=REPAIR).live_version()
    system, user = version.render({"error": "column x is not allowed"})
    assert system == "" and "column x is not allowed" in user


@pytest.mark.django_db
def test_edited_live_version_is_what_the_model_gets(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    prompt = Prompt.objects.get(slug=TEXT_TO_SQL)
    PromptVersion.objects.create(prompt=prompt, system_template="CUSTOM RULES for {{ dialect }}\n{{ schema }}",
                                 user_template="Q: {{ question }}", variables=["dialect", "schema", "question"],
                                 is_live=True)
    openai_server.queue(reply("SELECT COUNT(*) FROM orders"))
    assert answer_question(shop_scope(), "How many orders?").error is None
    messages = openai_server.requests[0]["json"]["messages"]
    assert messages[0]["content"].startswith("CUSTOM RULES for sqlite")
    assert messages[1]["content"] == "Q: How many orders?"
    from datachat.models import LLMRequest

    assert LLMRequest.objects.get().prompt_version == 2
