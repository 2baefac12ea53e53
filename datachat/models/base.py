"""Abstract base models from the seed's ``automate_core.base``.

Each adds one concern (timestamps, UUID keys, tenants, authorship, soft deletion, slugs, statuses,
metadata, ordering) and can be combined freely::

    class Report(TenantScopedModel, TimeStampedModel, SluggedModel):
        name = models.CharField(max_length=200)
"""

import uuid
from typing import Any, ClassVar

from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    """``created_at`` set on creation, ``updated_at`` on every save."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class UUIDModel(models.Model):
    """A random UUID4 primary key: ids that are safe to expose and unique across databases."""

    id = models.UUIDField(_("id"), primary_key=True, default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True


class TenantQuerySet(models.QuerySet):
    def for_tenant(self, tenant_id: str) -> "TenantQuerySet":
        """Rows of one tenant only (the field is the model's ``tenant_field``)."""
        return self.filter(**{self.model.tenant_field: tenant_id})


TenantManager = models.Manager.from_queryset(TenantQuerySet, "TenantManager")


class TenantScopedModel(models.Model):
    """Rows that belong to one tenant; ``Model.objects.for_tenant(id)`` selects them."""

    tenant_field: ClassVar[str] = "tenant_id"

    tenant_id = models.CharField(_("tenant"), max_length=100, blank=True, default="", db_index=True)

    objects = TenantManager()

    class Meta:
        abstract = True

    @classmethod
    def get_current_tenant(cls) -> str | None:
        """Override to resolve the tenant from the request context; None means unknown."""
        return None


class AuditableModel(models.Model):
    """Who created and who last modified the row (usernames).

    ``save(user="alice")`` records the user; without it ``get_current_user()`` is asked, which
    subclasses override to read it from their request context.
    """

    created_by = models.CharField(_("created by"), max_length=150, blank=True, default="")
    modified_by = models.CharField(_("modified by"), max_length=150, blank=True, default="")

    class Meta:
        abstract = True

    def get_current_user(self) -> str | None:
        return None

    def save(self, *args: Any, user: str | None = None, **kwargs: Any) -> None:
        user = user or self.get_current_user()
        if user:
            if self._state.adding and not self.created_by:
                self.created_by = user
            self.modified_by = user
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "modified_by"}
        super().save(*args, **kwargs)


class SoftDeleteQuerySet(models.QuerySet):
    def delete(self) -> tuple[int, dict[str, int]]:  # type: ignore[override]
        """Mark every row deleted instead of removing it."""
        count = self.update(is_deleted=True, deleted_at=timezone.now())
        return count, {self.model._meta.label: count}

    def hard_delete(self) -> tuple[int, dict[str, int]]:
        return super().delete()

    def restore(self) -> int:
        return self.update(is_deleted=False, deleted_at=None, deleted_by="")


class SoftDeleteManager(models.Manager.from_queryset(SoftDeleteQuerySet)):
    """Hides deleted rows; ``Model.all_objects`` sees them too."""

    def get_queryset(self) -> SoftDeleteQuerySet:
        return super().get_queryset().filter(is_deleted=False)


class SoftDeleteModel(models.Model):
    """``delete()`` hides the row, ``restore()`` brings it back, ``hard_delete()`` removes it."""

    is_deleted = models.BooleanField(_("deleted"), default=False, db_index=True)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    deleted_by = models.CharField(_("deleted by"), max_length=150, blank=True, default="")

    objects = SoftDeleteManager()
    all_objects = models.Manager.from_queryset(SoftDeleteQuerySet)()

    class Meta:
        abstract = True

    def delete(self, using: str | None = None, keep_parents: bool = False, user: str | None = None):
        self.is_deleted = True
        self.deleted_at = timezone.now()
        self.deleted_by = user or ""
        self.save(update_fields=["is_deleted", "deleted_at", "deleted_by"])
        return 1, {self._meta.label: 1}

    def restore(self) -> None:
        self.is_deleted = False
        self.deleted_at = None
        self.deleted_by = ""
        self.save(update_fields=["is_deleted", "deleted_at", "deleted_by"])

    def hard_delete(self, using: str | None = None, keep_parents: bool = False):
        return super().delete(using=using, keep_parents=keep_parents)


class SluggedModel(models.Model):
    """A unique URL-friendly ``slug`` made from ``slug_source_field`` when left blank."""

    slug_source_field: ClassVar[str] = "name"

    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = self._unique_slug(slugify(str(getattr(self, self.slug_source_field, "") or "")) or "item")
        super().save(*args, **kwargs)

    def _unique_slug(self, base: str) -> str:
        max_length = self._meta.get_field("slug").max_length
        base = base[: max_length - 8]
        taken = set(
            type(self)._base_manager.filter(slug__startswith=base).exclude(pk=self.pk).values_list("slug", flat=True)
        )
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate


class InvalidTransition(ValueError):
    """A status change that the model's ``TRANSITIONS`` do not allow."""


class StatusQuerySet(models.QuerySet):
    def by_status(self, status: str) -> "StatusQuerySet":
        return self.filter(status=status)

    def active(self) -> "StatusQuerySet":
        """Rows whose status is not one of the model's ``TERMINAL_STATUSES``."""
        return self.exclude(status__in=self.model.TERMINAL_STATUSES)


StatusManager = models.Manager.from_queryset(StatusQuerySet, "StatusManager")


class StatusModel(models.Model):
    """A small state machine on ``status``; every change records ``status_changed_at``.

    Subclasses set ``STATUS_CHOICES``, ``INITIAL_STATUS``, optionally ``TRANSITIONS``
    (``{from: {to, ...}}``; absent means any change is allowed) and ``TERMINAL_STATUSES``.
    """

    STATUS_CHOICES: ClassVar[list[tuple[str, str]]] = [("active", "Active"), ("inactive", "Inactive")]
    INITIAL_STATUS: ClassVar[str] = "active"
    TRANSITIONS: ClassVar[dict[str, set[str]] | None] = None
    TERMINAL_STATUSES: ClassVar[tuple[str, ...]] = ()

    status = models.CharField(_("status"), max_length=32, blank=True, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)

    objects = StatusManager()

    class Meta:
        abstract = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.status:
            self.status = self.INITIAL_STATUS
        self._loaded_status = self.status if not self._state.adding else None

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._loaded_status = instance.status
        return instance

    def can_transition(self, to: str) -> bool:
        if to not in {value for value, _label in self.STATUS_CHOICES}:
            return False
        return self.TRANSITIONS is None or to in self.TRANSITIONS.get(self.status, set())

    def transition_to(self, to: str, *, save: bool = True) -> None:
        """Move to status ``to`` or raise ``InvalidTransition``."""
        if to == self.status:
            return
        if not self.can_transition(to):
            raise InvalidTransition(f"{type(self).__name__}: cannot go from {self.status!r} to {to!r}")
        self.status = to
        if save:
            self.save()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.status != self._loaded_status:
            if self.status not in {value for value, _label in self.STATUS_CHOICES}:
                raise InvalidTransition(f"{type(self).__name__}: unknown status {self.status!r}")
            self.status_changed_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "status_changed_at"}
        super().save(*args, **kwargs)
        self._loaded_status = self.status


class MetadataModel(models.Model):
    """Free-form JSON ``metadata`` read and written with dotted keys (``"a.b.c"``)."""

    metadata = models.JSONField(_("metadata"), default=dict, blank=True)

    class Meta:
        abstract = True

    def get_meta(self, key: str, default: Any = None) -> Any:
        node: Any = self.metadata or {}
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def set_meta(self, key: str, value: Any, *, save: bool = False) -> None:
        """Set ``key`` (creating intermediate objects); ``save=True`` also writes the row."""
        if not isinstance(self.metadata, dict):
            self.metadata = {}
        node = self.metadata
        *parents, leaf = key.split(".")
        for part in parents:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node[leaf] = value
        if save:
            self.save(update_fields=["metadata"])


class OrderedQuerySet(models.QuerySet):
    pass


class OrderedManager(models.Manager.from_queryset(OrderedQuerySet)):
    """Rows come back in ``position`` order."""

    def get_queryset(self) -> OrderedQuerySet:
        return super().get_queryset().order_by("position", "pk")


class OrderedModel(models.Model):
    """An explicit ``position``; new rows go last, ``move_up/move_down/move_to`` reorder.

    ``order_with_respect_to_fields`` names fields that group rows into separate orderings
    (e.g. the steps of one workflow).
    """

    order_with_respect_to_fields: ClassVar[tuple[str, ...]] = ()

    position = models.PositiveIntegerField(_("position"), default=None, null=True, blank=True, db_index=True)

    objects = OrderedManager()

    class Meta:
        abstract = True

    def _siblings(self) -> models.QuerySet:
        scope = {name: getattr(self, name) for name in self.order_with_respect_to_fields}
        return type(self)._base_manager.filter(**scope)

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.position is None:
            last = self._siblings().aggregate(m=models.Max("position"))["m"]
            self.position = 0 if last is None else last + 1
        super().save(*args, **kwargs)

    def move_to(self, position: int) -> None:
        """Put this row at index ``position`` (clamped) and renumber its group 0..n-1."""
        with transaction.atomic():
            others = list(self._siblings().exclude(pk=self.pk).select_for_update().order_by("position", "pk"))
            position = max(0, min(int(position), len(others)))
            others.insert(position, self)
            for index, row in enumerate(others):
                if row.position != index:
                    row.position = index
                    type(self)._base_manager.filter(pk=row.pk).update(position=index)

    def _index(self) -> int:
        ordered = self._siblings().order_by("position", "pk").values_list("pk", flat=True)
        return list(ordered).index(self.pk)

    def move_up(self) -> None:
        """Swap with the row before (no-op at the top)."""
        index = self._index()
        if index:
            self.move_to(index - 1)

    def move_down(self) -> None:
        """Swap with the row after (no-op at the bottom)."""
        self.move_to(self._index() + 1)


class VersionedModel(models.Model):
    """Numbered versions of one owner, at most one of them live.

    ``versioned_by`` names the foreign key to the owner. A new row takes the next ``version`` number; saving a
    row with ``is_live`` set takes the flag from the owner's other versions in the same transaction. Concrete
    models declare ``version`` and ``is_live`` themselves (with the owner in their unique constraints).
    """

    versioned_by: ClassVar[str] = ""

    class Meta:
        abstract = True

    def _versions(self) -> models.QuerySet:
        return type(self)._base_manager.filter(**{self.versioned_by: getattr(self, self.versioned_by)})

    def save(self, *args: Any, **kwargs: Any) -> None:
        with transaction.atomic():
            if not self.version:
                last = self._versions().aggregate(n=models.Max("version"))["n"]
                self.version = (last or 0) + 1
            if self.is_live:
                self._versions().filter(is_live=True).exclude(pk=self.pk).update(is_live=False)
            super().save(*args, **kwargs)

    def make_live(self) -> None:
        """Make this the owner's live version."""
        self.is_live = True
        self.save()
