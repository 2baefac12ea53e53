"""Issuing, rotating and revoking embeds and their keys; every change is audited (never a key's secret part).

Rotation: ``rotate_key`` issues a new key of one kind and gives the embed's current keys of that kind an
``expires_at`` of now + ``DATACHAT_KEY_ROTATION_GRACE`` seconds (default 86400, one day; ``grace_seconds``
overrides it per call, 0 ends them at once). A day lets a site owner deploy the new snippet and lets
browsers and CDNs drop pages cached with the old one, while bounding how long a leaked key stays useful.
A key that must stop *now* is revoked (``revoke_keys``), which takes effect on the next request.

Key resolution (``resolve_key``) keeps each resolved key, with its embed, in Django's cache for
``KEY_CACHE_SECONDS`` (10), so a busy embed costs one database query per key per 10 seconds instead of one per
call. Rotation, revocation and updates made here drop the cached entries at once, and so does saving an embed
or a key anywhere (the signal receivers here, connected at start-up through ``datachat.cors``); with a shared
cache (Redis) that reaches every process. Other changes (queryset ``update()`` calls, direct database edits,
or a per-process local-memory cache in a multi-process deployment) are seen within ``KEY_CACHE_SECONDS``.
"""

import time
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from datachat import keys
from datachat.conf import conf
from datachat.models import AuditLog, ChatEmbed, DataSource, EmbedKey

KEY_CACHE_SECONDS = 10
TOUCH_SECONDS = 60


def _key_cache_name(lookup: str) -> str:
    return f"datachat:key:{lookup}"


def resolve_key(value: str, kind: str) -> EmbedKey | None:
    """The usable ``kind`` key matching ``value``, with its embed and data source loaded, or None.

    Same answer as ``EmbedKey.resolve`` (the digest compared in constant time, expiry and revocation checked
    on every call), from the cache when the key was looked up in the last ``KEY_CACHE_SECONDS``.
    """
    lookup = keys.lookup_of(value or "")
    if lookup is None or keys.kind_of(value) != kind:
        return None
    name = _key_cache_name(lookup)
    key = cache.get(name)
    if key is None:
        key = EmbedKey.objects.select_related("embed", "embed__data_source").filter(lookup=lookup).first()
        if key is None:
            return None
        cache.set(name, key, KEY_CACHE_SECONDS)
    now = timezone.now()
    usable = key.revoked_at is None and (key.expires_at is None or key.expires_at > now)
    if key.kind != kind or not usable or not key.embed.is_active or not keys.matches(value, key.digest):
        return None
    return key


_touched: dict[str, float] = {}  # lookup -> monotonic time this process last asked the cache


def touch_key(key: EmbedKey) -> None:
    """Record that ``key`` was used: at most one database write per key per minute across processes (the cache
    decides), and at most one cache round trip per key per minute from each process."""
    now = time.monotonic()
    if now - _touched.get(key.lookup, -TOUCH_SECONDS) < TOUCH_SECONDS:
        return
    _touched[key.lookup] = now
    if cache.add(f"datachat:touched:{key.lookup}", 1, TOUCH_SECONDS):
        EmbedKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())


def forget_keys(embed: ChatEmbed) -> None:
    """Drop the cached keys of ``embed`` now and again when the current transaction commits."""
    names = [_key_cache_name(lookup) for lookup in EmbedKey.objects.filter(embed=embed).values_list("lookup",
                                                                                                   flat=True)]
    cache.delete_many(names)
    transaction.on_commit(lambda: cache.delete_many(names))


@receiver(post_save, sender=ChatEmbed)
@receiver(post_delete, sender=ChatEmbed)
def _embed_changed(sender, instance, **kwargs) -> None:
    """An embed saved anywhere (admin, shell, code) takes effect on the next call, not after the cache TTL."""
    forget_keys(instance)


@receiver(post_save, sender=EmbedKey)
def _key_changed(sender, instance, **kwargs) -> None:
    cache.delete(_key_cache_name(instance.lookup))


def data_source_for_url(url: str, *, name: str | None = None) -> DataSource:
    """The data source with this URL, created on first use."""
    for source in DataSource.objects.all():
        if source.url == url:
            return source
    source = DataSource(name=name or url.rsplit("/", 1)[-1] or "database")
    source.url = url
    source.save()
    return source


@transaction.atomic
def create_embed(
    *, name: str, data_source: DataSource, origins: list[str], rate_limit: int | None = None, actor: str = "", **fields
) -> tuple[ChatEmbed, dict[str, str]]:
    """A new embed and its two keys ``{"pk": ..., "sk": ...}`` (the only time they are readable)."""
    embed = ChatEmbed.objects.create(
        name=name,
        data_source=data_source,
        allowed_domains=list(origins),
        rate_limit=rate_limit if rate_limit is not None else conf.DEFAULT_RATE_LIMIT,
        **fields,
    )
    return embed, issue_first_keys(embed, actor=actor)


def issue_first_keys(embed: ChatEmbed, *, actor: str = "") -> dict[str, str]:
    """The first publishable and secret key of a just-saved embed (the admin's add form ends here)."""
    issued = embed.issue_keys()
    AuditLog.record(
        "embed.created",
        actor=actor,
        target=f"embed:{embed.pk}",
        origins=list(embed.allowed_domains),
        rate_limit=embed.rate_limit,
        keys=[f"{k}_{keys.lookup_of(v)}" for k, v in issued.items()],
    )
    return issued


UPDATABLE = ("name", "allowed_domains", "rate_limit", "theme", "is_active", "row_filters", "require_identity",
             "identity_public_key")


@transaction.atomic
def update_embed(embed: ChatEmbed, *, actor: str = "", **changes) -> ChatEmbed:
    """Change the ``UPDATABLE`` fields given; the audit entry lists the old and new values."""
    unknown = set(changes) - set(UPDATABLE)
    if unknown:
        raise ValueError(f"not updatable: {', '.join(sorted(unknown))}")
    diff = {name: [getattr(embed, name), value] for name, value in changes.items() if getattr(embed, name) != value}
    for name, (_old, new) in diff.items():
        setattr(embed, name, new)
    if diff:
        embed.save(update_fields=[*diff, "updated_at"])
        forget_keys(embed)
        AuditLog.record("embed.updated", actor=actor, target=f"embed:{embed.pk}", **diff)
    return embed


@transaction.atomic
def issue_identity_secret(embed: ChatEmbed, *, actor: str = "") -> str:
    """A new HS256 secret for the embed's visitor identity tokens (stored encrypted; returned once).

    Tokens signed with the previous secret stop verifying at once.
    """
    from datachat.identity import new_secret
    from datachat.models.secrets import encrypt

    value = new_secret()
    embed.identity_secret = encrypt(value)
    embed.save(update_fields=["identity_secret", "updated_at"])
    forget_keys(embed)
    AuditLog.record("embed.identity_secret_issued", actor=actor, target=f"embed:{embed.pk}")
    return value


def embed_json(embed: ChatEmbed) -> dict:
    """An embed's public description (no key or secret values): what ``embed show``/``update`` print."""
    live = EmbedKey.objects.usable().filter(embed=embed).order_by("kind", "-created_at")
    return {
        "id": str(embed.pk), "name": embed.name, "data_source": embed.data_source.name,
        "allowed_domains": list(embed.allowed_domains or []), "rate_limit": embed.rate_limit,
        "is_active": embed.is_active, "theme": embed.resolved_theme, "exposed": embed.exposed or {},
        "row_filters": embed.row_filters or {}, "require_identity": embed.require_identity,
        "identity_secret_set": bool(embed.identity_secret),
        "identity_public_key_set": bool(embed.identity_public_key),
        "keys": [{"prefix": k.display, "expires_at": k.expires_at and k.expires_at.isoformat()} for k in live],
    }


@transaction.atomic
def rotate_key(embed: ChatEmbed, kind: str, *, grace_seconds: int | None = None, actor: str = "") -> str:
    """Issue a new ``kind`` key; the current ones keep working for the grace period, then expire."""
    grace = conf.KEY_ROTATION_GRACE if grace_seconds is None else grace_seconds
    expires = timezone.now() + timedelta(seconds=grace)
    old = embed.keys.usable().filter(kind=kind)
    old.filter(expires_at__isnull=True).update(expires_at=expires)
    old.filter(expires_at__gt=expires).update(expires_at=expires)
    value = EmbedKey.issue(embed, kind)
    forget_keys(embed)
    from .seeding import remember_rotated_key  # the demo page follows its embed's rotations

    remember_rotated_key(embed, kind, value)
    AuditLog.record(
        "embed.key_rotated",
        actor=actor,
        target=f"embed:{embed.pk}",
        kind=kind,
        new_key=f"{kind}_{keys.lookup_of(value)}",
        grace_seconds=grace,
    )
    return value


@transaction.atomic
def revoke_keys(embed: ChatEmbed, kind: str | None = None, *, lookup: str | None = None, actor: str = "") -> int:
    """Revoke, at once, every usable key of the embed, or those of one ``kind``, or the one with ``lookup``."""
    usable = embed.keys.usable()
    if kind:
        usable = usable.filter(kind=kind)
    if lookup:
        usable = usable.filter(lookup=lookup)
    revoked = [f"{k}_{lk}" for k, lk in usable.values_list("kind", "lookup")]
    count = usable.update(revoked_at=timezone.now())
    forget_keys(embed)
    AuditLog.record("embed.keys_revoked", actor=actor, target=f"embed:{embed.pk}", kind=kind or "all",
                    count=count, keys=revoked)
    return count
