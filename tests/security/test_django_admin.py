"""The Django admin, as a superuser: creating an embed shows its keys once, rotation too, revoke works."""

import pytest
from django.urls import reverse

from datachat.models import AuditLog, ChatEmbed, EmbedKey

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:datachat_chatembed_changelist"


def shown_keys(response) -> list[str]:
    text = response.content.decode().replace("<", " ").replace(">", " ")
    return sorted({word for word in text.split() if word.startswith(("pk_", "sk_")) and len(word) > 30})


def add_embed(client, source, **fields):
    data = {"name": "Site", "data_source": source.pk, "allowed_domains": '["https://site.example.com"]',
            "rate_limit": "60", "theme": "{}", "exposed": "{}", "row_filters": "{}", "engine": "",
            "monthly_token_budget": "", "tenant_id": "", "is_active": "on",
            "keys-TOTAL_FORMS": "0", "keys-INITIAL_FORMS": "0", **fields}
    return client.post(reverse("admin:datachat_chatembed_add"), data)


def test_create_shows_both_keys_once_and_stores_none(admin_client_logged_in, make_source, shop_url):
    client = admin_client_logged_in
    response = add_embed(client, make_source(shop_url))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    embed = ChatEmbed.objects.get(name="Site")
    issued = shown_keys(response)
    assert len(issued) == 2
    assert {EmbedKey.resolve(value, value[:2]).embed for value in issued} == {embed}
    # never parked anywhere: not in a cookie, not in the session, not on any later page
    assert not any(value in str(client.cookies) for value in issued)
    session = client.session
    assert not any(value in str(dict(session.items())) for value in issued)
    for url in (reverse(CHANGELIST), reverse("admin:datachat_chatembed_change", args=[embed.pk])):
        page = client.get(url).content.decode()
        assert not any(value in page for value in issued)
    assert AuditLog.objects.get(action="embed.created").actor == "root"


def test_bad_origin_is_a_form_error(admin_client_logged_in, make_source, shop_url):
    response = add_embed(admin_client_logged_in, make_source(shop_url), allowed_domains='["https://foo*.example.com"]')
    assert response.status_code == 200 and not ChatEmbed.objects.filter(name="Site").exists()


@pytest.mark.parametrize("action, kind", [("rotate_publishable", "pk"), ("rotate_secret", "sk")])
def test_rotate_action_shows_the_new_key_once(admin_client_logged_in, make_embed, action, kind):
    embed, issued = make_embed()
    response = admin_client_logged_in.post(reverse(CHANGELIST), {"action": action, "_selected_action": [embed.pk]})
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    new = shown_keys(response)
    assert len(new) == 1 and new[0].startswith(kind + "_") and new[0] != issued[kind]
    assert EmbedKey.resolve(new[0], kind).embed == embed
    assert EmbedKey.resolve(issued[kind], kind).expires_at is not None  # the old one is in its grace period
    assert AuditLog.objects.get(action="embed.key_rotated").actor == "root"


def test_revoke_action(admin_client_logged_in, make_embed):
    embed, issued = make_embed()
    response = admin_client_logged_in.post(reverse(CHANGELIST), {"action": "revoke_all",
                                                                "_selected_action": [embed.pk]}, follow=True)
    assert response.status_code == 200
    assert EmbedKey.resolve(issued["pk"], "pk") is None and EmbedKey.resolve(issued["sk"], "sk") is None


def test_editing_an_embed_is_audited(admin_client_logged_in, make_embed):
    embed, _issued = make_embed()
    data = {"name": embed.name, "data_source": embed.data_source_id,
            "allowed_domains": '["https://other.example.com"]', "rate_limit": "5", "theme": "{}", "exposed": "{}",
            "row_filters": "{}", "engine": "", "monthly_token_budget": "", "tenant_id": "", "is_active": "on",
            "keys-TOTAL_FORMS": "2", "keys-INITIAL_FORMS": "2", "keys-MIN_NUM_FORMS": "0",
            "keys-MAX_NUM_FORMS": "1000"}
    for index, key in enumerate(embed.keys.all()):
        data[f"keys-{index}-id"] = key.pk
        data[f"keys-{index}-embed"] = embed.pk
    response = admin_client_logged_in.post(reverse("admin:datachat_chatembed_change", args=[embed.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    embed.refresh_from_db()
    assert embed.rate_limit == 5
    assert set(AuditLog.objects.get(action="embed.updated").changes["fields"]) >= {"allowed_domains", "rate_limit"}
