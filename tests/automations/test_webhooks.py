"""Standard Webhooks delivery against real receivers on loopback: signatures, retries, 410, 429, redirects."""

from datetime import timedelta

import pytest
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from datachat.automations import webhooks
from datachat.automations.events import record_event
from datachat.automations.runtime import run_due
from datachat.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscription(make_embed, receiver, allow_loopback):
    embed, _keys = make_embed()
    endpoint, secret = webhooks.subscribe(embed, receiver.url(), "intent.contact_human")
    return embed, endpoint, secret


def raise_event(embed, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return record_event("intent.contact_human", {"intent": "contact_human", "slots": {"team": "sales"}, **data},
                            embed_id=embed.pk, source="test")


def headers_of(request):
    return {k.lower(): v for k, v in request["headers"].items()}


def test_delivery_is_signed_per_standard_webhooks(subscription, receiver, django_capture_on_commit_callbacks):
    embed, endpoint, secret = subscription
    event = raise_event(embed, django_capture_on_commit_callbacks, question="talk to sales")
    [request] = receiver.requests
    headers = headers_of(request)
    assert headers["webhook-id"].startswith("msg_")
    assert headers["webhook-signature"].startswith("v1,")
    body = Webhook(secret).verify(request["body"], headers)
    assert body == {"type": "intent.contact_human", "timestamp": body["timestamp"],
                    "data": {"intent": "contact_human", "slots": {"team": "sales"}, "question": "talk to sales"}}
    assert body["timestamp"].startswith(event.created_at.strftime("%Y-%m-%dT%H:%M"))
    with pytest.raises(WebhookVerificationError):
        Webhook(webhooks.new_secret()).verify(request["body"], headers)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.PROCESSED and delivery.attempts == 1
    assert delivery.log[0]["status"] == 200


def test_fails_twice_then_succeeds_with_one_accepted_delivery(subscription, receiver,
                                                              django_capture_on_commit_callbacks):
    embed, endpoint, secret = subscription
    receiver.respond(500, 503, 200)
    raise_event(embed, django_capture_on_commit_callbacks)
    assert len(receiver.requests) == 1
    now = timezone.now()
    for hour in range(1, 6):
        run_due(now=now + timedelta(hours=hour))
    assert len(receiver.requests) == 3
    ids = {headers_of(r)["webhook-id"] for r in receiver.requests}
    assert len(ids) == 1  # the same message, retried
    for request in receiver.requests:  # every attempt is signed afresh and verifies
        Webhook(secret).verify(request["body"], headers_of(request))
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.PROCESSED and delivery.attempts == 3
    assert [entry["status"] for entry in delivery.log] == [500, 503, 200]
    assert WebhookDelivery.objects.filter(status=WebhookDelivery.PROCESSED).count() == 1
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 0 and endpoint.slow_until is None


def test_gone_disables_the_subscription(subscription, receiver, django_capture_on_commit_callbacks):
    embed, endpoint, _secret = subscription
    receiver.respond(410)
    raise_event(embed, django_capture_on_commit_callbacks)
    endpoint.refresh_from_db()
    assert not endpoint.is_active and "410" in endpoint.disabled_reason
    assert WebhookDelivery.objects.get().status == WebhookDelivery.FAILED
    raise_event(embed, django_capture_on_commit_callbacks)
    run_due(now=timezone.now() + timedelta(days=1))
    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.count() == 1


def test_too_many_requests_slows_the_endpoint_down(subscription, receiver, django_capture_on_commit_callbacks):
    embed, endpoint, _secret = subscription
    receiver.respond((429, {"Retry-After": "600"}))
    before = timezone.now()
    raise_event(embed, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.PENDING
    assert delivery.next_attempt_at >= before + timedelta(seconds=600)
    endpoint.refresh_from_db()
    assert endpoint.slow_until == delivery.next_attempt_at
    run_due(now=before + timedelta(seconds=300))
    assert len(receiver.requests) == 1  # not before Retry-After
    run_due(now=before + timedelta(seconds=700))
    assert len(receiver.requests) == 2
    assert WebhookDelivery.objects.get().status == WebhookDelivery.PROCESSED


def test_redirects_are_not_followed(subscription, receiver, django_capture_on_commit_callbacks):
    from tests.automations.conftest import Receiver

    elsewhere = Receiver()
    try:
        embed, _endpoint, _secret = subscription
        receiver.respond((302, {"Location": elsewhere.url()}))
        raise_event(embed, django_capture_on_commit_callbacks)
        assert elsewhere.requests == []
        delivery = WebhookDelivery.objects.get()
        assert delivery.status == WebhookDelivery.PENDING and delivery.response_status == 302
    finally:
        elsewhere.close()


def test_gives_up_after_the_last_attempt(subscription, receiver, settings, django_capture_on_commit_callbacks):
    settings.DATACHAT_WEBHOOK_MAX_ATTEMPTS = 2
    embed, endpoint, _secret = subscription
    receiver.respond(500, 500, 500)
    raise_event(embed, django_capture_on_commit_callbacks)
    run_due(now=timezone.now() + timedelta(hours=2))
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.FAILED and delivery.attempts == 2
    assert delivery.error.startswith("gave up")
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 1 and endpoint.is_active
    settings.DATACHAT_WEBHOOK_DISABLE_AFTER = 2
    receiver.respond(500, 500)
    raise_event(embed, django_capture_on_commit_callbacks)
    for hour in (4, 6):  # the endpoint was slowed down by the 500s; then the retry
        run_due(now=timezone.now() + timedelta(hours=hour))
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 2 and not endpoint.is_active and "in a row" in endpoint.disabled_reason


def test_rotation_signs_with_both_secrets(subscription, receiver, django_capture_on_commit_callbacks):
    embed, endpoint, old = subscription
    new = endpoint.rotate_secret(grace=timedelta(hours=1))
    raise_event(embed, django_capture_on_commit_callbacks)
    [request] = receiver.requests
    headers = headers_of(request)
    assert len(headers["webhook-signature"].split(" ")) == 2
    Webhook(old).verify(request["body"], headers)
    Webhook(new).verify(request["body"], headers)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.0.0.8/hook", "http://169.254.169.254/latest",
    "http://[::1]/hook", "ftp://example.com/hook", "http://user:pw@example.com/hook",
])
def test_private_and_odd_targets_are_refused_by_default(url):
    with pytest.raises(webhooks.TargetNotAllowed):
        webhooks.check_target(url)


def test_loopback_allowed_by_setting(settings):
    settings.DATACHAT_WEBHOOKS_ALLOW_PRIVATE = True
    webhooks.check_target("http://127.0.0.1:9/hook")


def test_target_turned_private_fails_the_delivery(subscription, receiver, settings,
                                                  django_capture_on_commit_callbacks):
    embed, _endpoint, _secret = subscription
    settings.DATACHAT_WEBHOOKS_ALLOW_PRIVATE = False
    raise_event(embed, django_capture_on_commit_callbacks)
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.FAILED and "non-public" in delivery.error


def test_other_embeds_and_event_types_get_nothing(make_embed, receiver, allow_loopback,
                                                  django_capture_on_commit_callbacks):
    mine, _ = make_embed()
    theirs, _ = make_embed(name="Other")
    webhooks.subscribe(mine, receiver.url(), "intent.feedback")
    webhooks.subscribe(theirs, receiver.url(), "intent.contact_human")
    raise_event(mine, django_capture_on_commit_callbacks)
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()
    assert WebhookEndpoint.objects.count() == 2


def test_pinned_request_keeps_the_host_name(receiver):
    import httpx

    port = receiver.server.server_address[1]
    url, headers, extensions = webhooks.pinned(f"http://localhost:{port}/pinned", ["127.0.0.1"])
    assert url == f"http://127.0.0.1:{port}/pinned"
    with httpx.Client(follow_redirects=False) as client:
        assert client.post(url, content=b"{}", headers=headers, extensions=extensions).status_code == 200
    assert {k.lower(): v for k, v in receiver.requests[0]["headers"].items()}["host"] == f"localhost:{port}"


def test_public_targets_resolve_to_the_addresses_to_pin():
    assert webhooks.check_target("http://93.184.216.34/hook") == ["93.184.216.34"]


def test_wildcard_subscriptions(make_embed, receiver, allow_loopback, django_capture_on_commit_callbacks):
    embed, _ = make_embed()
    webhooks.subscribe(embed, receiver.url("/intents"), "intent.*")
    with django_capture_on_commit_callbacks(execute=True):
        record_event("intent.feedback", {}, embed_id=embed.pk)
        record_event("report.ready", {}, embed_id=embed.pk)
    assert [b["type"] for b in receiver.bodies()] == ["intent.feedback"]
