"""The admin API: manage embeds and their keys under ``/api/v1/admin/embeds``.

Auth (either works, tried in this order):
1. ``Authorization: Bearer sk_...``: an embed's secret key. It sees and manages only its own embed (another
   embed's id is 404) and cannot create embeds (403).
2. A staff session of the Django admin (ninja checks its CSRF token on unsafe methods). It sees every embed;
   reading needs ``datachat.view_chatembed``, creating ``add_chatembed``, changing ``change_chatembed``.

Keys are returned once: by create (both) and rotate (the new one). Every change is audited by the services.
"""

import uuid
from datetime import datetime
from typing import Any, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field, field_validator

from datachat import keys
from datachat.auth import secret_key, staff
from datachat.errors import EmbedNotFound, Forbidden, InvalidRequest
from datachat.identity import row_filters_problem
from datachat.models import ChatEmbed, DataSource, EmbedKey
from datachat.models.sources import dialect_of
from datachat.origins import is_valid
from datachat.services import embeds as embed_service

from .paths import path_uuid
from .schemas import ErrorOut

router = Router(auth=[secret_key, staff], tags=["admin"])

ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
KINDS = {"pk": keys.PUBLISHABLE, "publishable": keys.PUBLISHABLE, "sk": keys.SECRET, "secret": keys.SECRET}


def _origins(value: list[str] | None) -> list[str] | None:
    if value is None:
        return None
    bad = [origin for origin in value if not is_valid(origin)]
    if bad:
        raise ValueError(f"not an origin (scheme://host[:port], wildcard only as *.domain): {', '.join(bad)}")
    return [origin.strip() for origin in value]


class KeyOut(Schema):
    kind: str
    prefix: str = Field(description="The public part of the key, e.g. pk_3fK9x2Lq_…; the rest is never shown.")
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class EmbedOut(Schema):
    id: uuid.UUID
    name: str
    data_source: str
    allowed_domains: list[str]
    rate_limit: int
    theme: dict[str, Any]
    is_active: bool
    row_filters: dict[str, Any] = Field(default_factory=dict, description='{"orders": {"column": "customer_id", '
                                        '"claim": "customer_id"}} (from the visitor\'s identity) or "value".')
    require_identity: bool = False
    identity_secret_set: bool = False
    created_at: datetime
    updated_at: datetime
    keys: list[KeyOut] = Field(description="Keys that still work (current ones and rotated ones in their grace).")


class EmbedCreatedOut(EmbedOut):
    publishable_key: str = Field(description="Goes in the snippet. Shown only in this response.")
    secret_key: str = Field(description="For servers and this API. Shown only in this response.")


class EmbedCreateIn(Schema):
    name: str = Field(..., min_length=1, max_length=200)
    allowed_domains: list[str] = Field(..., description='e.g. ["https://shop.example.com", "https://*.example.com"]')
    rate_limit: int | None = Field(None, ge=1, description="Calls per minute; default DATACHAT_DEFAULT_RATE_LIMIT.")
    theme: dict[str, Any] = Field(default_factory=dict)
    data_source_id: uuid.UUID | None = None
    database: str | None = Field(None, description="A database URL; its data source is created on first use.")

    @field_validator("allowed_domains")
    @classmethod
    def check_origins(cls, value):
        return _origins(value)


class EmbedUpdateIn(Schema):
    name: str | None = Field(None, min_length=1, max_length=200)
    allowed_domains: list[str] | None = None
    rate_limit: int | None = Field(None, ge=1)
    theme: dict[str, Any] | None = None
    is_active: bool | None = None
    row_filters: dict[str, Any] | None = None
    require_identity: bool | None = None

    @field_validator("allowed_domains")
    @classmethod
    def check_origins(cls, value):
        return _origins(value)

    @field_validator("row_filters")
    @classmethod
    def check_row_filters(cls, value):
        if value is not None and (problem := row_filters_problem(value)):
            raise ValueError(problem)
        return value


class IdentitySecretOut(Schema):
    identity_secret: str = Field(description="Signs visitor identity tokens (HS256). Shown only in this response.")


class RotateIn(Schema):
    kind: Literal["pk", "sk", "publishable", "secret"]
    grace_seconds: int | None = Field(None, ge=0, description="How long the old key keeps working; "
                                                               "default DATACHAT_KEY_ROTATION_GRACE (a day).")


class RotateOut(Schema):
    kind: str
    key: str = Field(description="The new key. Shown only in this response.")
    previous_keys_expire_at: datetime | None


class RevokeIn(Schema):
    kind: Literal["pk", "sk", "publishable", "secret"] | None = Field(None, description="Default: both kinds.")
    prefix: str | None = Field(None, description="Only the key with this public prefix (pk_<lookup>...).")


class RevokeOut(Schema):
    revoked: int


def _actor(request: HttpRequest) -> str:
    if isinstance(request.auth, ChatEmbed):
        return f"key:{getattr(request, 'datachat_key', '') or 'sk'}"
    return request.auth.get_username()


def _embeds(request: HttpRequest, perm: str) -> QuerySet:
    """The embeds the caller may ``perm`` (view/add/change)."""
    queryset = ChatEmbed.objects.select_related("data_source")
    if isinstance(request.auth, ChatEmbed):
        return queryset.filter(pk=request.auth.pk)
    if not request.auth.has_perm(f"datachat.{perm}_chatembed"):
        raise Forbidden(f"You may not {perm} embeds.")
    return queryset


def _embed(request: HttpRequest, embed_id: str, perm: str) -> ChatEmbed:
    embed = _embeds(request, perm).filter(pk=path_uuid(embed_id)).first()
    if embed is None:
        raise EmbedNotFound("Unknown embed.")
    return embed


def embed_json(embed: ChatEmbed) -> dict:
    live = EmbedKey.objects.usable().filter(embed=embed).order_by("kind", "-created_at")
    return {
        "id": embed.pk, "name": embed.name, "data_source": embed.data_source.name,
        "allowed_domains": embed.allowed_domains or [], "rate_limit": embed.rate_limit, "theme": embed.theme or {},
        "is_active": embed.is_active, "created_at": embed.created_at, "updated_at": embed.updated_at,
        "row_filters": embed.row_filters or {}, "require_identity": embed.require_identity,
        "identity_secret_set": bool(embed.identity_secret),
        "keys": [{"kind": k.kind, "prefix": k.display, "created_at": k.created_at, "expires_at": k.expires_at,
                  "revoked_at": k.revoked_at, "last_used_at": k.last_used_at} for k in live],
    }


@router.get("/admin/embeds", response={200: list[EmbedOut], **ERRORS}, summary="List embeds")
def list_embeds(request: HttpRequest):
    return [embed_json(embed) for embed in _embeds(request, "view")]


@router.post("/admin/embeds", response={201: EmbedCreatedOut, **ERRORS}, summary="Create an embed and its keys")
def create_embed(request: HttpRequest, payload: EmbedCreateIn):
    if isinstance(request.auth, ChatEmbed):
        raise Forbidden("A secret key manages its own embed only; creating embeds needs staff.")
    _embeds(request, "add")
    if payload.data_source_id:
        source = DataSource.objects.filter(pk=payload.data_source_id).first()
        if source is None:
            raise InvalidRequest("data_source_id: unknown data source")
    elif payload.database:
        try:
            dialect_of(payload.database)
        except DjangoValidationError as exc:
            raise InvalidRequest(f"database: {' '.join(exc.messages)}") from exc
        source = embed_service.data_source_for_url(payload.database)
    else:
        raise InvalidRequest("Give data_source_id or database.")
    embed, issued = embed_service.create_embed(
        name=payload.name, data_source=source, origins=payload.allowed_domains, rate_limit=payload.rate_limit,
        theme=payload.theme, actor=_actor(request),
    )
    return Status(201, {**embed_json(embed), "publishable_key": issued[keys.PUBLISHABLE],
                        "secret_key": issued[keys.SECRET]})


@router.get("/admin/embeds/{embed_id}", response={200: EmbedOut, **ERRORS}, summary="One embed")
def get_embed(request: HttpRequest, embed_id: str):
    return embed_json(_embed(request, embed_id, "view"))


@router.patch("/admin/embeds/{embed_id}", response={200: EmbedOut, **ERRORS},
              summary="Change origins, rate limit, theme, name or active")
def update_embed(request: HttpRequest, embed_id: str, payload: EmbedUpdateIn):
    embed = _embed(request, embed_id, "change")
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    return embed_json(embed_service.update_embed(embed, actor=_actor(request), **changes))


@router.post("/admin/embeds/{embed_id}/identity-secret", response={200: IdentitySecretOut, **ERRORS},
             summary="Issue a new identity secret; tokens signed with the old one stop working")
def issue_identity_secret(request: HttpRequest, embed_id: str):
    embed = _embed(request, embed_id, "change")
    return {"identity_secret": embed_service.issue_identity_secret(embed, actor=_actor(request))}


@router.post("/admin/embeds/{embed_id}/rotate", response={200: RotateOut, **ERRORS},
             summary="Issue a new key; the old one works for the grace period")
def rotate_key(request: HttpRequest, embed_id: str, payload: RotateIn):
    embed = _embed(request, embed_id, "change")
    kind = KINDS[payload.kind]
    value = embed_service.rotate_key(embed, kind, grace_seconds=payload.grace_seconds, actor=_actor(request))
    expiry = (EmbedKey.objects.filter(embed=embed, kind=kind, revoked_at__isnull=True, expires_at__isnull=False)
              .order_by("-expires_at").values_list("expires_at", flat=True).first())
    return {"kind": kind, "key": value, "previous_keys_expire_at": expiry}


@router.post("/admin/embeds/{embed_id}/revoke", response={200: RevokeOut, **ERRORS},
             summary="Revoke keys now (all, one kind, or one by prefix)")
def revoke_keys(request: HttpRequest, embed_id: str, payload: RevokeIn):
    embed = _embed(request, embed_id, "change")
    kind = KINDS[payload.kind] if payload.kind else None
    lookup = None
    if payload.prefix:
        parts = payload.prefix.strip().rstrip("…").rstrip("_").split("_")
        if len(parts) != 2 or parts[0] not in KINDS or len(parts[1]) != keys.LOOKUP_LENGTH:
            raise InvalidRequest("prefix: expected pk_<lookup> or sk_<lookup>")
        kind, lookup = KINDS[parts[0]], parts[1]
    return {"revoked": embed_service.revoke_keys(embed, kind, lookup=lookup, actor=_actor(request))}
