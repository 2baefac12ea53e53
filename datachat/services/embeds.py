"""Issuing, rotating and revoking embeds and their keys; every change is audited."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from datachat import keys
from datachat.conf import conf
from datachat.models import AuditLog, ChatEmbed, DataSource, EmbedKey


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
def create_embed(*, name: str, data_source: DataSource, origins: list[str], rate_limit: int | None = None,
                 actor: str = "", **fields) -> tuple[ChatEmbed, dict[str, str]]:
    """A new embed and its two keys ``{"pk": ..., "sk": ...}`` (the only time they are readable)."""
    embed = ChatEmbed.objects.create(
        name=name, data_source=data_source, allowed_domains=list(origins),
        rate_limit=rate_limit if rate_limit is not None else conf.DEFAULT_RATE_LIMIT, **fields,
    )
    issued = embed.issue_keys()
    AuditLog.record("embed.created", actor=actor, target=f"embed:{embed.pk}", origins=list(origins),
                    keys=[f"{k}_{keys.lookup_of(v)}" for k, v in issued.items()])
    return embed, issued


@transaction.atomic
def rotate_key(embed: ChatEmbed, kind: str, *, grace_seconds: int | None = None, actor: str = "") -> str:
    """Issue a new ``kind`` key; the current ones keep working for the grace period, then expire."""
    grace = conf.KEY_ROTATION_GRACE if grace_seconds is None else grace_seconds
    expires = timezone.now() + timedelta(seconds=grace)
    old = embed.keys.usable().filter(kind=kind)
    old.filter(expires_at__isnull=True).update(expires_at=expires)
    old.filter(expires_at__gt=expires).update(expires_at=expires)
    value = EmbedKey.issue(embed, kind)
    AuditLog.record("embed.key_rotated", actor=actor, target=f"embed:{embed.pk}", kind=kind,
                    new_key=f"{kind}_{keys.lookup_of(value)}", grace_seconds=grace)
    return value


@transaction.atomic
def revoke_keys(embed: ChatEmbed, kind: str | None = None, *, actor: str = "") -> int:
    """Revoke every usable key of the embed (or of one kind) at once."""
    usable = embed.keys.usable()
    if kind:
        usable = usable.filter(kind=kind)
    count = usable.update(revoked_at=timezone.now())
    AuditLog.record("embed.keys_revoked", actor=actor, target=f"embed:{embed.pk}", kind=kind or "all", count=count)
    return count
