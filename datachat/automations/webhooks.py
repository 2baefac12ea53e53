"""Webhook subscriptions and their delivery, per Standard Webhooks (https://www.standardwebhooks.com/).

Each message is a POST of ``{"type", "timestamp", "data"}`` with the headers ``webhook-id`` (the same on every
retry), ``webhook-timestamp`` (Unix seconds of this attempt) and ``webhook-signature``: ``v1,<base64 HMAC-SHA256
of "{id}.{timestamp}.{body}">`` keyed by the base64-decoded part of the ``whsec_`` secret; during a secret rotation
one signature per valid secret, separated by spaces.

Answers: 2xx delivered; 410 disables the subscription; 429 and 5xx slow the endpoint down (``Retry-After`` is
honoured) and retry; anything else (including redirects, which are never followed) retries with exponential
backoff and jitter until ``DATACHAT_WEBHOOK_MAX_ATTEMPTS``; after ``DATACHAT_WEBHOOK_DISABLE_AFTER`` messages
given up in a row the subscription is disabled. Targets on loopback, private, link-local or reserved
addresses are refused unless ``DATACHAT_WEBHOOKS_ALLOW_PRIVATE`` is on, and the connection goes to the address
that was checked (no second DNS lookup that could be rebound).
"""

import base64
import fnmatch
import hashlib
import hmac
import ipaddress
import json
import logging
import random
import socket
import time
import uuid
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

import httpx
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from datachat.conf import conf
from datachat.errors import InvalidRequest
from datachat.keys import new_webhook_secret as new_secret
from datachat.models.automation import Event, WebhookDelivery, WebhookEndpoint

logger = logging.getLogger("datachat.webhooks")

__all__ = ["TargetNotAllowed", "check_target", "deliver", "fan_out", "new_secret", "pinned", "sign", "subscribe"]

USER_AGENT = "Datachat-Webhooks/1"


class TargetNotAllowed(InvalidRequest, ValueError):
    """The target URL is not http(s) or resolves to an address webhooks may not reach."""

    code = "target_not_allowed"


def sign(secret: str, msg_id: str, timestamp: int, body: str) -> str:
    """The ``v1,<signature>`` of one message.

    >>> sign("whsec_" + base64.b64encode(b"k" * 24).decode(), "msg_1", 1700000000, "{}")[:3]
    'v1,'
    """
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def check_target(url: str, *, allow_private: bool | None = None) -> list[str]:
    """Raise ``TargetNotAllowed`` unless ``url`` is http(s) on a public address (or private ones are allowed).

    Returns the checked addresses (empty when private targets are allowed: nothing to pin).
    """
    allow_private = conf.WEBHOOKS_ALLOW_PRIVATE if allow_private is None else allow_private
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise TargetNotAllowed("the target must be an http:// or https:// URL")
    if parts.username or parts.password:
        raise TargetNotAllowed("the target URL may not carry credentials")
    if allow_private:
        return []
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise TargetNotAllowed(f"the host {parts.hostname!r} does not resolve") from exc
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise TargetNotAllowed(f"the host {parts.hostname!r} resolves to a non-public address ({address})")
        addresses.append(str(address))
    return addresses


def pinned(url: str, addresses: list[str]) -> tuple[str, dict[str, str], dict[str, str]]:
    """The request that connects to the checked address itself, so a DNS answer that changes between the check
    and the connection (DNS rebinding) cannot redirect it: ``(url, extra headers, httpx extensions)``.

    >>> pinned("https://hooks.example.com:8443/in?x=1", ["93.184.216.34"])
    ('https://93.184.216.34:8443/in?x=1', {'host': 'hooks.example.com:8443'}, {'sni_hostname': 'hooks.example.com'})
    >>> pinned("http://h.example/in", [])
    ('http://h.example/in', {}, {})
    """
    if not addresses:
        return url, {}, {}
    parts = urlsplit(url)
    ip = addresses[0]
    host = f"[{ip}]" if ":" in ip else ip
    netloc = f"{host}:{parts.port}" if parts.port else host
    header = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"host": header}, extensions


def subscribe(embed, target_url: str, event: str) -> tuple[WebhookEndpoint, str]:
    """Create a subscription of ``embed``; returns it and its secret (shown once)."""
    check_target(target_url)
    value = new_secret()
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.create(embed=embed, target_url=target_url, event=event)
        endpoint.set_secret(value)
    return endpoint, value


def body_of(event: Event) -> str:
    return json.dumps({"type": event.type, "timestamp": event.created_at.isoformat().replace("+00:00", "Z"),
                       "data": event.payload}, separators=(",", ":"), default=str)


def fan_out(event: Event, *, now: datetime | None = None) -> list[WebhookDelivery]:
    """One pending delivery per active subscription of the event's embed to its type (in the caller's
    transaction); a second call for the same event creates nothing.
    """
    if event.embed_id is None:
        return []
    endpoints = WebhookEndpoint.objects.filter(embed_id=event.embed_id, is_active=True)
    body = body_of(event)
    created = []
    for endpoint in endpoints:
        if not fnmatch.fnmatchcase(event.type, endpoint.event):  # "intent.*" and "*" subscribe to many types
            continue
        if WebhookDelivery.objects.filter(endpoint=endpoint, event=event).exists():
            continue
        created.append(WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, message_id=f"msg_{uuid.uuid4().hex}", body=body,
            next_attempt_at=now or timezone.now()))
    return created


def _backoff(attempt: int) -> float:
    """Seconds before attempt ``attempt + 1``: base * 2^(attempt-1), ±20% jitter, at most a day."""
    return min(conf.WEBHOOK_BACKOFF * 2 ** (attempt - 1), 86400) * random.uniform(0.8, 1.2)


def _retry_after(response: httpx.Response, now: datetime) -> float:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return 0.0
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
    except (TypeError, ValueError):
        return 0.0


def claim(delivery_id: int, *, now: datetime, worker: str) -> bool:
    lease = now + timedelta(seconds=conf.STEP_LEASE)
    return bool(WebhookDelivery.objects.filter(
        pk=delivery_id, status=WebhookDelivery.PENDING, next_attempt_at__lte=now,
    ).update(status=WebhookDelivery.PROCESSING, claimed_by=worker, lease_expires_at=lease, status_changed_at=now))


def deliver(delivery_id: int, *, now: datetime | None = None, worker: str = "",
            client: httpx.Client | None = None) -> str | None:
    """Make one attempt at a due delivery; returns its new status, or None when it was not ours to make."""
    now = now or timezone.now()
    worker = worker or f"deliver-{uuid.uuid4().hex[:12]}"
    if not claim(delivery_id, now=now, worker=worker):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint", "event").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if not endpoint.is_active:
        return _finish(delivery, worker, now, WebhookDelivery.FAILED, error="subscription disabled", attempt=False)
    if endpoint.slow_until and endpoint.slow_until > now:
        return _finish(delivery, worker, now, WebhookDelivery.PENDING, retry_at=endpoint.slow_until, attempt=False)
    record = {"attempt": delivery.attempts + 1, "at": now.isoformat()}
    try:
        addresses = check_target(endpoint.target_url)
    except TargetNotAllowed as exc:
        record["error"] = str(exc)
        return _finish(delivery, worker, now, WebhookDelivery.FAILED, error=str(exc), record=record)
    msg_id = delivery.message_id
    timestamp = int(time.time())  # the wall clock: receivers reject stale timestamps
    signatures = " ".join(sign(s, msg_id, timestamp, delivery.body) for s in endpoint.signing_secrets(now))
    headers = {"content-type": "application/json", "user-agent": USER_AGENT, "webhook-id": msg_id,
               "webhook-timestamp": str(timestamp), "webhook-signature": signatures}
    started = time.perf_counter()
    own_client = client is None
    client = client or httpx.Client(follow_redirects=False, timeout=conf.WEBHOOK_TIMEOUT)
    try:
        url, extra, extensions = pinned(endpoint.target_url, addresses)
        response = client.post(url, content=delivery.body.encode(), headers={**headers, **extra},
                               extensions=extensions)
    except httpx.HTTPError as exc:
        response = None
        record["error"] = f"{type(exc).__name__}: {exc}"[:300]
    finally:
        if own_client:
            client.close()
    record["duration_ms"] = int((time.perf_counter() - started) * 1000)
    if response is None:
        return _retry(delivery, worker, now, record, error=record["error"])
    record["status"] = response.status_code
    if 200 <= response.status_code < 300:
        return _finish(delivery, worker, now, WebhookDelivery.PROCESSED, record=record, status_code=200)
    if response.status_code == 410:
        endpoint.disable("the receiver answered 410 Gone")
        return _finish(delivery, worker, now, WebhookDelivery.FAILED, record=record, error="410 Gone: unsubscribed",
                       status_code=410)
    slow = response.status_code == 429 or response.status_code >= 500
    return _retry(delivery, worker, now, record, error=f"HTTP {response.status_code}", status_code=response.status_code,
                  at_least=_retry_after(response, now) if slow else 0.0, slow=slow)


def _retry(delivery, worker, now, record, *, error, status_code=None, at_least=0.0, slow=False) -> str:
    if delivery.attempts + 1 >= conf.WEBHOOK_MAX_ATTEMPTS:
        return _finish(delivery, worker, now, WebhookDelivery.FAILED, record=record, error=f"gave up: {error}",
                       status_code=status_code)
    retry_at = now + timedelta(seconds=max(_backoff(delivery.attempts + 1), at_least))
    if slow:
        WebhookEndpoint.objects.filter(pk=delivery.endpoint_id).update(slow_until=retry_at)
    return _finish(delivery, worker, now, WebhookDelivery.PENDING, record=record, error=error, retry_at=retry_at,
                   status_code=status_code)


def _finish(delivery, worker, now, status, *, record=None, error="", retry_at=None, status_code=None,
            attempt=True) -> str | None:
    """Store the attempt's outcome, if the delivery is still ours (a lost lease means another worker has it)."""
    with transaction.atomic():
        current = WebhookDelivery.objects.select_for_update().filter(
            pk=delivery.pk, status=WebhookDelivery.PROCESSING, claimed_by=worker).first()
        if current is None:
            logger.warning("delivery %s: lease lost, result of this attempt dropped", delivery.message_id)
            return None
        if record is not None:
            current.log = [*current.log, record]
        if attempt:
            current.attempts += 1
        current.status = status
        current.error = error[:500]
        current.claimed_by = ""
        current.lease_expires_at = None
        if status_code is not None:
            current.response_status = status_code
        if retry_at is not None:
            current.next_attempt_at = retry_at
        if status == WebhookDelivery.PROCESSED:
            current.delivered_at = now
            WebhookEndpoint.objects.filter(pk=current.endpoint_id).update(
                failure_count=0, last_success_at=now, slow_until=None)
        elif status == WebhookDelivery.FAILED and attempt:
            WebhookEndpoint.objects.filter(pk=current.endpoint_id).update(failure_count=F("failure_count") + 1)
            endpoint = WebhookEndpoint.objects.get(pk=current.endpoint_id)
            if endpoint.is_active and endpoint.failure_count >= conf.WEBHOOK_DISABLE_AFTER:
                endpoint.disable(f"{endpoint.failure_count} messages in a row could not be delivered")
        current.save()
    return status

