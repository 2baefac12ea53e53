"""REST Hooks subscriptions (the Zapier shape, CONTRACT.md section 6), authenticated by the embed's secret key."""


from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema, Status
from pydantic import Field, field_validator

from datachat import hooks as registry
from datachat.auth import secret_key
from datachat.automations import webhooks
from datachat.errors import HookNotFound
from datachat.models.automation import WebhookEndpoint

from .paths import path_uuid
from .schemas import ErrorOut

router = Router(auth=secret_key, tags=["hooks"])

ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
OTHER_EVENTS = {"message.answered", "report.ready", "alert.triggered", "export.ready", "intent.*", "*"}


class HookIn(Schema):
    target_url: str = Field(..., max_length=2000, description="Where to POST the events (http or https).")
    event: str = Field(..., max_length=100,
                       description='e.g. "intent.schedule_report", "intent.*", "message.answered", "report.ready".')

    @field_validator("event")
    @classmethod
    def known_event(cls, value: str) -> str:
        value = value.strip()
        if value in OTHER_EVENTS or (value.startswith("intent.") and value[7:] in registry.intents()):
            return value
        raise ValueError(f"unknown event {value!r}")


class HookOut(Schema):
    id: str
    event: str
    target_url: str
    is_active: bool = True


class HookCreated(HookOut):
    secret: str = Field(..., description="The whsec_ signing secret; shown only in this response.")


def _json(endpoint: WebhookEndpoint) -> dict:
    return {"id": str(endpoint.pk), "event": endpoint.event, "target_url": endpoint.target_url,
            "is_active": endpoint.is_active}


@router.post("/hooks", response={201: HookCreated, **ERRORS}, summary="Subscribe to an event")
def subscribe(request: HttpRequest, payload: HookIn):
    endpoint, secret = webhooks.subscribe(request.auth, payload.target_url, payload.event)  # or TargetNotAllowed
    return Status(201, {**_json(endpoint), "secret": secret})


@router.get("/hooks", response={200: list[HookOut], **ERRORS}, summary="The embed's subscriptions")
def list_hooks(request: HttpRequest):
    return Status(200, [_json(e) for e in WebhookEndpoint.objects.filter(embed=request.auth).order_by("created_at")])


@router.delete("/hooks/{hook_id}", response={204: None, **ERRORS}, summary="Unsubscribe")
def unsubscribe(request: HttpRequest, hook_id: str):
    pk = path_uuid(hook_id)
    endpoint = WebhookEndpoint.objects.filter(pk=pk, embed=request.auth).first() if pk else None
    if endpoint is None:
        raise HookNotFound("Unknown subscription.")
    endpoint.delete()
    return HttpResponse(status=204)
