"""The model engine through the widget API, helpful-answer feedback, and the admin never showing keys."""

import pytest

from datachat.models import DataChatMessage, LLMProvider, QueryExample
from datachat.services.pipeline import answer_question

from .conftest import reply, status

pytestmark = pytest.mark.django_db

KEY = "sk-live-VERYSECRET-987654"


@pytest.fixture
def llm_widget(widget, openai_server, make_provider):
    widget.embed.engine = "llm"
    widget.embed.save()
    make_provider(openai_server, api_key=KEY)
    return widget


def test_widget_answer_from_the_model(llm_widget, openai_server):
    openai_server.queue(reply("SELECT COUNT(*) AS orders FROM orders"))
    session = llm_widget.session()
    response = llm_widget.ask(session, "How many orders?")
    assert response.status_code == 200, response.content
    assert response.json()["data"]["columns"][0]["name"] == "orders"
    assert DataChatMessage.objects.get(role="assistant").engine == "llm"


def test_widget_records_the_fallback_engine(llm_widget, openai_server):
    openai_server.queue(status(500), status(500))
    session = llm_widget.session()
    response = llm_widget.ask(session, "how many orders")
    assert response.status_code == 200
    assert response.json()["error"] is None
    assert DataChatMessage.objects.get(role="assistant").engine == "semantic"


def test_follow_up_sends_earlier_turns(llm_widget, openai_server):
    openai_server.queue(reply("SELECT COUNT(*) FROM orders"), reply("SELECT status, COUNT(*) FROM orders GROUP BY 1"))
    session = llm_widget.session()
    llm_widget.ask(session, "How many orders?")
    llm_widget.ask(session, "and by status?")
    follow_up = openai_server.requests[1]["json"]["messages"][1]["content"]
    assert "User asked: How many orders?" in follow_up
    assert "Answered with SQL:" in follow_up


def test_helpful_answer_becomes_a_candidate_then_an_example(llm_widget, openai_server):
    openai_server.queue(reply("SELECT COUNT(*) AS paid FROM orders WHERE status = 'paid'"))
    session = llm_widget.session()
    answer = llm_widget.ask(session, "How many paid orders?").json()
    response = llm_widget.post(f"/messages/{answer['id']}/feedback", {"helpful": True})
    assert response.status_code == 200, response.content
    assert response.json() == {"id": answer["id"], "helpful": True}
    example = QueryExample.objects.get()
    assert example.status == QueryExample.CANDIDATE
    assert (example.question, example.sql) == ("How many paid orders?",
                                               "SELECT COUNT(*) AS paid FROM orders WHERE status = 'paid'")
    assert DataChatMessage.objects.get(pk=answer["id"]).helpful is True
    # candidates are not used; approved ones are
    openai_server.queue(reply("SELECT 1"), reply("SELECT 1"))
    llm_widget.ask(session, "How many paid orders last year?")
    assert "Examples of questions" not in openai_server.requests[-1]["json"]["messages"][0]["content"]
    example.status = QueryExample.APPROVED
    example.save()
    llm_widget.ask(session, "How many paid orders last year?")
    assert "Q: How many paid orders?" in openai_server.requests[-1]["json"]["messages"][0]["content"]


def test_unhelpful_answer_is_only_recorded(llm_widget, openai_server):
    openai_server.queue(reply("SELECT COUNT(*) FROM orders"))
    answer = llm_widget.ask(llm_widget.session(), "How many orders?").json()
    assert llm_widget.post(f"/messages/{answer['id']}/feedback", {"helpful": False}).status_code == 200
    assert DataChatMessage.objects.get(pk=answer["id"]).helpful is False
    assert not QueryExample.objects.exists()


@pytest.mark.parametrize("message_id", ["not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_feedback_on_unknown_message(llm_widget, message_id):
    response = llm_widget.post(f"/messages/{message_id}/feedback", {"helpful": True})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "message_not_found"


def test_feedback_on_another_embeds_message(llm_widget, openai_server, make_embed, client):
    from tests.conftest import WidgetClient

    openai_server.queue(reply("SELECT COUNT(*) FROM orders"))
    answer = llm_widget.ask(llm_widget.session(), "How many orders?").json()
    _, issued = make_embed(name="other")
    other = WidgetClient(client, issued["pk"])
    assert other.post(f"/messages/{answer['id']}/feedback", {"helpful": True}).status_code == 404


def test_examples_hiding_columns_are_skipped(openai_server, make_provider, shop_scope):
    make_provider(openai_server)
    QueryExample.objects.create(question="emails of customers", sql="SELECT email FROM customers")
    QueryExample.objects.create(question="customers per country",
                                sql="SELECT country, COUNT(*) FROM customers GROUP BY country")
    openai_server.queue(reply("SELECT COUNT(*) FROM customers"))
    answer_question(shop_scope(), "how many customers per city")
    system = openai_server.requests[0]["json"]["messages"][0]["content"]
    assert "customers per country" in system
    assert "email" not in system


class TestAdmin:
    def test_provider_list_and_form_never_show_the_key(self, admin_client, openai_server, make_provider):
        provider = make_provider(openai_server, api_key=KEY)
        listing = admin_client.get("/admin/datachat/llmprovider/")
        assert listing.status_code == 200
        assert KEY not in listing.content.decode() and "set" in listing.content.decode()
        form = admin_client.get(f"/admin/datachat/llmprovider/{provider.pk}/change/")
        assert form.status_code == 200
        assert KEY not in form.content.decode()
        assert KEY not in repr(provider) and KEY not in str(provider)

    def test_key_is_stored_encrypted_and_kept_when_left_empty(self, admin_client):
        data = {"name": "Ollama", "provider_type": "openai", "config": '{"base_url": "http://127.0.0.1:11434/v1"}',
                "api_key": KEY, "is_active": "on", "is_default": "on",
                "models-TOTAL_FORMS": "1", "models-INITIAL_FORMS": "0", "models-0-model_id": "llama3.2",
                "models-0-max_tokens": "400", "models-0-temperature": "0", "models-0-params": "{}",
                "models-0-is_default": "on"}
        response = admin_client.post("/admin/datachat/llmprovider/add/", data)
        assert response.status_code == 302, response.content.decode()[:3000]
        provider = LLMProvider.objects.get()
        assert provider.api_key == KEY
        assert KEY not in provider.api_key_secret.encrypted_value
        data.update({"api_key": "", "models-INITIAL_FORMS": "1",
                     "models-0-id": str(provider.models.get().pk), "models-0-provider": str(provider.pk)})
        admin_client.post(f"/admin/datachat/llmprovider/{provider.pk}/change/", data)
        provider.refresh_from_db()
        assert provider.api_key == KEY
        assert provider.settings_for().model == "llama3.2"

    def test_config_refuses_credentials(self, admin_client):
        response = admin_client.post("/admin/datachat/llmprovider/add/", {
            "name": "x", "provider_type": "openai", "config": '{"api_key": "sk-oops-1234567"}',
            "models-TOTAL_FORMS": "0", "models-INITIAL_FORMS": "0"})
        assert response.status_code == 200
        assert "Credentials do not belong in config" in response.content.decode()
        assert not LLMProvider.objects.exists()

    @pytest.mark.parametrize("path", ["prompt/", "promptversion/", "queryexample/", "llmrequest/", "llmusage/",
                                      "llmprovider/add/", "promptversion/add/"])
    def test_pages_render(self, admin_client, path):
        assert admin_client.get(f"/admin/datachat/{path}").status_code == 200

    def test_make_live_action(self, admin_client):
        from datachat.models import Prompt, PromptVersion

        prompt = Prompt.objects.get(slug="text-to-sql")
        v2 = PromptVersion.objects.create(prompt=prompt, user_template="{{ question }}", variables=["question"])
        admin_client.post("/admin/datachat/promptversion/", {"action": "make_live", "_selected_action": [v2.pk]})
        assert prompt.live_version() == v2


def test_widget_usage_is_charged_to_the_embed(llm_widget, openai_server):
    from datachat.models import LLMUsage

    llm_widget.embed.monthly_token_budget = 100
    llm_widget.embed.tenant_id = "acme"
    llm_widget.embed.save()
    openai_server.queue(reply("SELECT COUNT(*) FROM orders", tokens_in=90, tokens_out=20), reply("SELECT 1"))
    session = llm_widget.session()
    llm_widget.ask(session, "How many orders?")
    usage = LLMUsage.objects.get()
    assert (usage.embed_id, usage.tenant_id) == (llm_widget.embed.pk, "acme")
    assert "allowance" in llm_widget.ask(session, "How many orders again?").json()["content"]


def test_engine_chosen_per_data_source(client, openai_server, make_provider, make_source, make_embed, shop_url):
    from tests.conftest import WidgetClient

    make_provider(openai_server)
    _, issued = make_embed(source=make_source(shop_url, engine="llm"))
    widget = WidgetClient(client, issued["pk"])
    openai_server.queue(reply("SELECT COUNT(*) FROM orders"))
    widget.ask(widget.session(), "How many orders?")
    assert len(openai_server.requests) == 1
    assert DataChatMessage.objects.get(role="assistant").engine == "llm"


def test_embed_engine_overrides_the_data_source(client, openai_server, make_provider, make_source, make_embed,
                                                shop_url):
    from tests.conftest import WidgetClient

    make_provider(openai_server)
    _, issued = make_embed(source=make_source(shop_url, engine="llm"), engine="semantic")
    widget = WidgetClient(client, issued["pk"])
    widget.ask(widget.session(), "how many orders")
    assert openai_server.requests == []
    assert DataChatMessage.objects.get(role="assistant").engine == "semantic"
