"""Semantic models in the app: versions with one live, the live model answering widget questions, the admin
(validation with lines, infer, export, accepting helpful answers) and the migration of annotations."""

import pytest
from django.urls import reverse

from datachat.demo import SHOP_MODEL_FILE, shop_model
from datachat.models import DataChatMessage, SemanticModelVersion
from datachat.semantic import read_osi
from datachat.services import semantic as semantic_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-123456"))
    return client


def test_one_live_version_per_source(make_source, shop_url):
    source = make_source(shop_url)
    first = semantic_service.save_version(source, shop_model(), note="first")
    second = semantic_service.save_version(source, shop_model(), note="second")
    first.refresh_from_db()
    assert (first.version, first.is_live, second.version, second.is_live) == (1, False, 2, True)
    assert semantic_service.live_model(source) == shop_model()


def test_the_live_model_answers_widget_questions(widget):
    session = widget.session()
    # without the model "completed" names no status of the data: the engine asks which status, never counts all
    before = widget.ask(session, "how many completed orders are there?").json()
    assert before["sql"] is None and before["clarification"] is not None
    everything = widget.ask(session, "how many orders are there?").json()
    semantic_service.save_version(widget.embed.data_source, shop_model())
    after = widget.ask(session, "how many completed orders are there?").json()
    assert "status = 'shipped'" in after["sql"]
    assert 0 < after["data"]["rows"][0][0] < everything["data"]["rows"][0][0]
    margin = widget.ask(session, "margin by category").json()
    assert "margin = (revenue - cost) / revenue" in margin["content"]


def test_admin_rejects_a_model_naming_the_line(staff, make_source, shop_url):
    source = make_source(shop_url)
    text = SHOP_MODEL_FILE.read_text().replace("source: orders", "source: order")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "- name: orders" in row)
    response = staff.post(reverse("admin:datachat_semanticmodelversion_add"),
                          {"data_source": source.pk, "yaml": text, "note": "", "is_live": "on"})
    assert response.status_code == 200
    assert f"line {line}: dataset &#x27;orders&#x27;: table &#x27;order&#x27; is not in the database" in \
        response.content.decode()
    assert not SemanticModelVersion.objects.exists()
    response = staff.post(reverse("admin:datachat_semanticmodelversion_add"),
                          {"data_source": source.pk, "yaml": SHOP_MODEL_FILE.read_text(), "is_live": "on"})
    assert response.status_code == 302
    assert semantic_service.live_model(source) == shop_model()


def test_admin_imports_a_dbt_manifest(staff, make_source, shop_url):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import FIXTURES

    source = make_source(shop_url)
    upload = SimpleUploadedFile("semantic_manifest.json", (FIXTURES / "shop_semantic_manifest.json").read_bytes())
    response = staff.post(reverse("admin:datachat_semanticmodelversion_add"),
                          {"data_source": source.pk, "yaml": "", "upload": upload, "is_live": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert semantic_service.live_model(source) == read_osi((FIXTURES / "shop_dbt_twin.yaml").read_text())


def test_admin_infers_a_draft_and_exports_it(staff, make_source, shop_url):
    source = make_source(shop_url)
    staff.post(reverse("admin:datachat_datasource_changelist"),
               {"action": "infer_semantic_model", "_selected_action": [source.pk]})
    draft = SemanticModelVersion.objects.get(data_source=source)
    assert not draft.is_live and draft.parsed().dataset("orders").default_time_dimension == "order_date"
    response = staff.post(reverse("admin:datachat_semanticmodelversion_changelist"),
                          {"action": "export_yaml", "_selected_action": [draft.pk]})
    assert response["Content-Type"].startswith("application/yaml")
    assert read_osi(response.content.decode()) == draft.parsed()


def test_helpful_answers_become_verified_questions_in_one_click(staff, widget):
    source = widget.embed.data_source
    semantic_service.save_version(source, shop_model())
    session = widget.session()
    widget.ask(session, "average order value by country")
    answer = DataChatMessage.objects.filter(role=DataChatMessage.ASSISTANT).latest("created_at")
    answer.helpful = True
    answer.save()
    [(candidate_answer, candidate)] = semantic_service.candidate_questions(source)
    assert candidate_answer == answer and candidate.question == "average order value by country"
    staff.post(reverse("admin:datachat_datachatmessage_changelist"),
               {"action": "accept_as_verified", "_selected_action": [answer.pk]})
    live = semantic_service.live_model(source)
    assert live.verified_questions[-1].question == "average order value by country"
    assert live.verified_questions[-1].sql == answer.sql
    assert semantic_service.candidate_questions(source) == []


@pytest.mark.django_db(transaction=True)
def test_migration_carries_annotations_into_a_live_model(shop_url):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("datachat", "0002_seed_default_prompts")])
    old = executor.loader.project_state([("datachat", "0002_seed_default_prompts")]).apps
    secret = old.get_model("datachat", "StoredSecret").objects.create(key="datasource:x", encrypted_value="-")
    old.get_model("datachat", "DataSource").objects.create(
        name="Old", slug="old", url_secret=secret, dialect="sqlite",
        annotations={"tables": {"orders": {"synonyms": ["sales"]}},
                     "columns": {"orders.status": {"synonyms": ["state"], "values": ["paid"]}},
                     "metrics": {"order count": "COUNT(DISTINCT orders.id)"}})
    executor = MigrationExecutor(connection)
    executor.migrate([("datachat", "0005_semantic_models")])
    executor.loader.build_graph()
    version = SemanticModelVersion.objects.get(data_source__slug="old")
    model = version.parsed()
    executor.migrate(executor.loader.graph.leaf_nodes())  # later tests expect the whole schema
    assert version.is_live and model.dataset("orders").synonyms == ("sales",)
    assert model.dataset("orders").field("status").sample_values == ("paid",)
    assert model.metric("order_count").expression == "COUNT(DISTINCT orders.id)"


def test_a_verified_question_still_goes_through_the_guard(shop_url):
    from dataclasses import replace

    from datachat.demo import SHOP_EXPOSED
    from datachat.semantic import VerifiedQuestion
    from datachat.services.guard import Scope
    from datachat.services.pipeline import answer_question

    model = replace(shop_model(), verified_questions=(
        VerifiedQuestion("list customer emails", "SELECT email FROM customers"),))
    scope = Scope(url=shop_url, dialect="sqlite", exposed=SHOP_EXPOSED, semantic=model, key="guarded")
    reply = answer_question(scope, "list customer emails")
    assert reply.error["code"] == "column_not_allowed" and reply.sql is None
    open_scope = replace(scope, exposed=None, key="open")
    assert answer_question(open_scope, "list customer emails").data["columns"][0]["name"] == "email"


def test_a_rephrasing_after_a_miss_becomes_a_synonym_in_one_click(staff, widget):
    source = widget.embed.data_source
    semantic_service.save_version(source, shop_model())
    session = widget.session()
    widget.ask(session, "revenue per storefront")
    missed = DataChatMessage.objects.filter(role=DataChatMessage.ASSISTANT).latest("created_at")
    missed.helpful = False
    missed.save()
    widget.ask(session, "revenue per channel")
    answer = DataChatMessage.objects.filter(role=DataChatMessage.ASSISTANT).latest("created_at")
    answer.helpful = True
    answer.save()
    assert [(ds, f, p) for _, ds, f, p in semantic_service.candidate_synonyms(source)] == [
        ("orders", "channel", "storefront")]
    staff.post(reverse("admin:datachat_datachatmessage_changelist"),
               {"action": "accept_as_verified", "_selected_action": [answer.pk]})
    live = semantic_service.live_model(source)
    assert "storefront" in live.dataset("orders").field("channel").synonyms
    assert semantic_service.candidate_synonyms(source) == []
    assert "channel" in widget.ask(session, "revenue per storefront").json()["sql"]


def test_a_clarification_the_visitor_resolved_becomes_a_candidate_synonym(widget):
    source = widget.embed.data_source
    semantic_service.save_version(source, shop_model())
    session = widget.session()
    widget.ask(session, "revenue per storefront")
    asked = DataChatMessage.objects.filter(role=DataChatMessage.ASSISTANT).latest("created_at")
    asked.error_code, asked.sql = "", ""  # as the engine stores a question asked back
    asked.clarification = {"message": "Which did you mean?", "options": [
        {"label": "revenue by channel", "question": "revenue per channel"},
        {"label": "revenue by country", "question": "revenue per country"}]}
    asked.save()
    widget.ask(session, "revenue per channel")  # the option's question, as the widget sends it
    assert [(ds, f, p) for _, ds, f, p in semantic_service.candidate_synonyms(source)] == [
        ("orders", "channel", "storefront")]


def test_a_rephrasing_not_offered_by_a_clarification_needs_a_helpful_mark(widget):
    source = widget.embed.data_source
    semantic_service.save_version(source, shop_model())
    session = widget.session()
    widget.ask(session, "revenue per storefront")
    asked = DataChatMessage.objects.filter(role=DataChatMessage.ASSISTANT).latest("created_at")
    asked.clarification = {"message": "Which did you mean?", "options": [
        {"label": "revenue by country", "question": "revenue per country"}]}
    asked.save()
    widget.ask(session, "revenue per channel")  # typed, not chosen: no signal without a helpful mark
    assert semantic_service.candidate_synonyms(source) == []
