"""The embed's admin form as people fill it: origins one per line, a small theme form, exposure and row
filters as checked lines, identity settings, and the ready-to-paste snippet after issuing or rotating keys."""

import pytest
from django.urls import reverse

from datachat.models import AuditLog, ChatEmbed, EmbedKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-123456"))
    return client


def form(source, **fields) -> dict:
    data = {"name": "Site", "data_source": source.pk, "allowed_domains": "https://site.example.com",
            "rate_limit": "60", "exposed": "", "row_filters": "", "engine": "", "monthly_token_budget": "",
            "tenant_id": "", "is_active": "on", "identity_public_key": "", "theme_primary": "#4f46e5",
            "theme_position": "right", "theme_title": "", "theme_greeting": "", "theme_launcher_icon": "chat",
            "theme_dark": "auto", "keys-TOTAL_FORMS": "0", "keys-INITIAL_FORMS": "0"}
    data.update(fields)
    return data


def test_lines_become_the_stored_values_and_the_snippet_is_shown_once(staff, make_source, shop_url):
    source = make_source(shop_url)
    response = staff.post(reverse("admin:datachat_chatembed_add"), form(
        source, allowed_domains="https://site.example.com\n\n  http://localhost:3000  \n",
        exposed="orders: *\ncustomers: id, country", row_filters="orders.customer_id = claim:customer_id",
        require_identity="on", theme_primary="#0f766e", theme_title="Ask us", theme_position="left"))
    assert response.status_code == 200, response.content[:500]
    embed = ChatEmbed.objects.get(name="Site")
    assert embed.allowed_domains == ["https://site.example.com", "http://localhost:3000"]
    assert embed.exposed == {"orders": "*", "customers": ["id", "country"]}
    assert embed.row_filters == {"orders": {"column": "customer_id", "claim": "customer_id"}}
    assert embed.require_identity is True
    assert embed.theme == {"primary": "#0f766e", "title": "Ask us", "position": "left"}  # only what differs
    page = response.content.decode()
    key = next(w for w in page.replace('"', " ").replace("&quot;", " ").split() if w.startswith("pk_"))
    assert EmbedKey.resolve(key, "pk").embed == embed
    assert "widget.js" in page and f"data-key=&quot;{key}&quot;" in page

    change = staff.get(reverse("admin:datachat_chatembed_change", args=[embed.pk])).content.decode()
    assert "https://site.example.com\nhttp://localhost:3000" in change
    assert "orders.customer_id = claim:customer_id" in change and key not in change


@pytest.mark.parametrize("field, value, message", [
    ("allowed_domains", "https://ok.example.com\nsite.example.com/path", "Line 2"),
    ("allowed_domains", "https://ok.example.com\n\nftp://x", "Line 3"),
    ("exposed", "orders: *\ncustomers id", "Line 2"),
    ("row_filters", "orders.customer_id claim:x", "Line 1"),
    ("row_filters", "orders.customer_id = claim:", "Line 1"),
    ("theme_primary", "blue", "A colour like"),
    ("identity_public_key", "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----", "not a PEM public key"),
])
def test_a_bad_line_is_named(staff, make_source, shop_url, field, value, message):
    response = staff.post(reverse("admin:datachat_chatembed_add"), form(make_source(shop_url), **{field: value}))
    assert response.status_code == 200 and not ChatEmbed.objects.filter(name="Site").exists()
    assert message in response.content.decode()


def test_rotation_and_identity_secret_show_once_with_the_snippet(staff, make_embed):
    embed, _ = make_embed()
    url = reverse("admin:datachat_chatembed_changelist")
    page = staff.post(url, {"action": "rotate_publishable", "_selected_action": [embed.pk]}).content.decode()
    new = EmbedKey.objects.filter(embed=embed, kind="pk").latest("created_at")
    assert f"data-key=&quot;pk_{new.lookup}" in page
    page = staff.post(url, {"action": "issue_identity_secret", "_selected_action": [embed.pk]}).content.decode()
    assert "dcid_" in page
    embed.refresh_from_db()
    assert embed.identity_secret and "dcid_" not in embed.identity_secret
    assert AuditLog.objects.filter(action="embed.identity_secret_issued", actor="admin").exists()
