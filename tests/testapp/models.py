"""Concrete models of the abstract bases, only for their tests."""

from django.db import models

from datachat.models import (
    AuditableModel,
    MetadataModel,
    OrderedModel,
    SluggedModel,
    SoftDeleteModel,
    StatusModel,
    TenantScopedModel,
    TimeStampedModel,
    UUIDModel,
)


class Note(TimeStampedModel, UUIDModel, TenantScopedModel, AuditableModel, MetadataModel):
    text = models.CharField(max_length=100)


class Page(SluggedModel):
    title = models.CharField(max_length=100)
    slug_source_field = "title"


class Tag(SluggedModel):
    name = models.CharField(max_length=100)


class Document(SoftDeleteModel):
    title = models.CharField(max_length=100)


class Ticket(StatusModel):
    STATUS_CHOICES = [("pending", "Pending"), ("processing", "Processing"), ("processed", "Processed"),
                      ("failed", "Failed")]
    INITIAL_STATUS = "pending"
    TRANSITIONS = {"pending": {"processing"}, "processing": {"processed", "failed"}, "failed": {"pending"}}
    TERMINAL_STATUSES = ("processed",)


class Step(OrderedModel):
    group = models.CharField(max_length=20)
    name = models.CharField(max_length=50)
    order_with_respect_to_fields = ("group",)
