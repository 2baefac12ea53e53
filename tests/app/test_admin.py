"""The Django admin: every Datachat model has working pages; embeds show their keys once."""

import pytest
from django.contrib import admin
from django.urls import reverse

from datachat.models import ChatEmbed, DataSource, EmbedKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-123456")
    client.force_login(user)
    return client


def datachat_models():
    return [model for model in admin.site._registry if model._meta.app_label == "datachat"]


def test_every_datachat_model_is_registered():
    names = {model.__name__ for model in datachat_models()}
    assert {"DataSource", "ChatEmbed", "DataChatSession", "DataChatMessage", "AuditLog"} <= names


def test_changelists_load(staff, widget):
    session = widget.session()
    widget.ask(session, "how many orders are there?")
    for model in datachat_models():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        assert staff.get(url).status_code == 200, url


def test_data_source_url_is_encrypted_and_masked(staff, shop_path):
    url = f"sqlite:///{shop_path}"
    response = staff.post(reverse("admin:datachat_datasource_add"), {
        "name": "Warehouse", "slug": "", "url": url, "exposed": "{}", "annotations": "{}", "engine": "",
        "max_rows": "", "is_active": "on"})
    assert response.status_code == 302, response.content[:2000]
    source = DataSource.objects.get(name="Warehouse")
    assert source.url == url and source.dialect == "sqlite"
    assert url not in source.url_secret.encrypted_value
    page = staff.get(reverse("admin:datachat_datasource_change", args=[source.pk])).content.decode()
    assert "sqlite:///" in page  # masked display keeps the scheme


def test_data_source_bad_url_is_a_form_error(staff):
    response = staff.post(reverse("admin:datachat_datasource_add"), {
        "name": "Broken", "url": "not a url", "exposed": "{}", "annotations": "{}", "is_active": "on"})
    assert response.status_code == 200 and not DataSource.objects.filter(name="Broken").exists()


def test_embed_created_in_admin_shows_keys_once(staff, make_source, shop_url):
    source = make_source(shop_url)
    response = staff.post(reverse("admin:datachat_chatembed_add"), {
        "name": "Site", "data_source": source.pk, "allowed_domains": '["https://site.example.com"]',
        "rate_limit": "60", "theme": "{}", "exposed": "{}", "row_filters": "{}", "engine": "",
        "monthly_token_budget": "", "tenant_id": "", "is_active": "on",
        "keys-TOTAL_FORMS": "0", "keys-INITIAL_FORMS": "0"}, follow=True)
    assert response.status_code == 200
    embed = ChatEmbed.objects.get(name="Site")
    shown = [str(m) for m in response.context["messages"]]
    assert any("pk_" in m and "sk_" in m for m in shown)
    words = [word for m in shown for word in m.replace("<", " ").replace(">", " ").split()]
    key_values = [word for word in words if word.startswith(("pk_", "sk_"))]
    assert len(key_values) == 2
    for value in key_values:
        assert EmbedKey.resolve(value, value[:2]).embed == embed
    again = staff.get(reverse("admin:datachat_chatembed_change", args=[embed.pk])).content.decode()
    assert not any(value in again for value in key_values)


def test_embed_with_bad_origin_is_a_form_error(staff, make_source, shop_url):
    source = make_source(shop_url)
    response = staff.post(reverse("admin:datachat_chatembed_add"), {
        "name": "Bad", "data_source": source.pk, "allowed_domains": '["site.example.com/path"]',
        "rate_limit": "60", "theme": "{}", "exposed": "{}", "row_filters": "{}",
        "keys-TOTAL_FORMS": "0", "keys-INITIAL_FORMS": "0"})
    assert response.status_code == 200 and not ChatEmbed.objects.filter(name="Bad").exists()
