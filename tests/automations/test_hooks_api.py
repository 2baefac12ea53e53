"""The REST Hooks subscription API (CONTRACT.md section 6)."""

import pytest

from datachat.models import StoredSecret, WebhookEndpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(make_embed, secret_client):
    embed, issued = make_embed()
    client = secret_client(issued["sk"])
    client.embed = embed
    return client


def test_subscribe_list_unsubscribe(api, allow_loopback):
    created = api.post("/hooks", {"target_url": "http://127.0.0.1:9/in", "event": "intent.schedule_report"})
    assert created.status_code == 201, created.content
    body = created.json()
    assert set(body) >= {"id", "event", "target_url", "secret"}
    assert body["event"] == "intent.schedule_report" and body["target_url"] == "http://127.0.0.1:9/in"
    assert body["secret"].startswith("whsec_")
    endpoint = WebhookEndpoint.objects.get(pk=body["id"])
    assert endpoint.secret == body["secret"]
    assert body["secret"] not in StoredSecret.objects.get(key=f"webhook:{endpoint.pk}").encrypted_value

    listed = api.get("/hooks")
    assert listed.status_code == 200
    assert listed.json() == [{"id": body["id"], "event": "intent.schedule_report",
                              "target_url": "http://127.0.0.1:9/in", "is_active": True}]
    assert "secret" not in listed.json()[0]

    assert api.delete(f"/hooks/{body['id']}").status_code == 204
    assert api.get("/hooks").json() == []
    assert not StoredSecret.objects.filter(key__startswith=f"webhook:{endpoint.pk}").exists()
    assert api.delete(f"/hooks/{body['id']}").status_code == 404


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"target_url": "http://127.0.0.1:9/in", "event": "intent.nope"}, 422, "invalid_request"),
    ({"target_url": "http://127.0.0.1:9/in"}, 422, "invalid_request"),
    ({"target_url": "http://127.0.0.1:9/in", "event": "message.answered"}, 422, "target_not_allowed"),
    ({"target_url": "file:///etc/passwd", "event": "message.answered"}, 422, "target_not_allowed"),
])
def test_rejections(api, body, status, code):
    response = api.post("/hooks", body)
    assert response.status_code == status, response.content
    assert response.json()["error"]["code"] == code


def test_needs_the_secret_key(client, make_embed, secret_client):
    embed, issued = make_embed()
    assert client.get("/api/v1/hooks").status_code == 401
    assert secret_client(issued["pk"]).get("/api/v1/hooks".removeprefix("/api/v1")).status_code == 401
    assert client.get("/api/v1/hooks", headers={"X-Datachat-Key": issued["pk"]}).status_code == 401


def test_embeds_see_only_their_own(api, make_embed, secret_client, allow_loopback):
    created = api.post("/hooks", {"target_url": "http://127.0.0.1:9/in", "event": "message.answered"}).json()
    _other, issued = make_embed(name="Other")
    other = secret_client(issued["sk"])
    assert other.get("/hooks").json() == []
    assert other.delete(f"/hooks/{created['id']}").status_code == 404
    assert WebhookEndpoint.objects.filter(pk=created["id"]).exists()
