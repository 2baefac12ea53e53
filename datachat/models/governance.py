"""Governance records (the seed's ``automate_governance``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import TimeStampedModel


class AuditLog(TimeStampedModel):
    """Who did what to which object; never holds a secret."""

    actor = models.CharField(_("actor"), max_length=200, blank=True, default="")
    action = models.CharField(_("action"), max_length=100, db_index=True)
    target = models.CharField(_("target"), max_length=200, blank=True, default="", db_index=True)
    changes = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    origin = models.CharField(_("origin"), max_length=300, blank=True, default="")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.action} {self.target}"

    @classmethod
    def record(cls, action: str, *, actor: str = "", target: object = "", request=None, **changes) -> "AuditLog":
        ip = origin = ""
        if request is not None:
            ip = request.META.get("REMOTE_ADDR") or ""
            origin = (request.headers.get("Origin") or "")[:300]
        return cls.objects.create(action=action, actor=actor[:200], target=str(target)[:200], changes=changes,
                                  ip=ip or None, origin=origin)
