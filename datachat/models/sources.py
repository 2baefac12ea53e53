"""DataSource: a database people may ask questions about."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .base import SluggedModel, TimeStampedModel, UUIDModel
from .secrets import StoredSecret

ENGINE_CHOICES = [("", _("default")), ("semantic", _("semantic (no LLM)")), ("llm", _("LLM"))]

#: SQLAlchemy backend names to the sqlglot dialects the guard parses with.
DIALECTS = {"sqlite": "sqlite", "postgresql": "postgres", "postgres": "postgres", "duckdb": "duckdb",
            "mysql": "mysql", "mariadb": "mysql", "clickhouse": "clickhouse", "clickhousedb": "clickhouse",
            "chdb": "clickhouse", "trino": "trino", "bigquery": "bigquery", "snowflake": "snowflake"}


def dialect_of(url: str) -> str:
    """The sqlglot dialect of an SQLAlchemy URL, or ValidationError when it is not one we support."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError as exc:
        raise ValidationError(_("Not a database URL: %(error)s"), params={"error": exc}) from exc
    if backend not in DIALECTS:
        raise ValidationError(_("Unsupported database %(backend)s"), params={"backend": backend})
    return DIALECTS[backend]


def masked(url: str) -> str:
    """The URL with its password hidden, fit for logs and admin lists."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid url>"


class DataSource(UUIDModel, TimeStampedModel, SluggedModel):
    """A database reached through an SQLAlchemy URL (kept encrypted in a StoredSecret).

    ``exposed`` limits what may be seen: ``{"Table": "*", "Other": ["col", ...]}``; empty exposes every table.
    What the data means (metrics, synonyms, dates, segments) is its semantic model: ``semantic_versions``.
    """

    name = models.CharField(_("name"), max_length=200)
    url_secret = models.ForeignKey(StoredSecret, on_delete=models.PROTECT, related_name="+", editable=False)
    dialect = models.CharField(_("dialect"), max_length=20, editable=False)
    exposed = models.JSONField(_("exposed tables and columns"), default=dict, blank=True)
    engine = models.CharField(_("engine"), max_length=20, choices=ENGINE_CHOICES, blank=True, default="")
    max_rows = models.PositiveIntegerField(_("row cap"), null=True, blank=True,
                                           help_text=_("Empty: DATACHAT_MAX_ROWS."))
    max_scan_rows = models.PositiveBigIntegerField(
        _("cost ceiling (rows read)"), null=True, blank=True,
        help_text=_("A query the database estimates to read more rows is refused before it runs. "
                    "Empty: DATACHAT_MAX_SCAN_ROWS."))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("data source")

    def __str__(self) -> str:
        return self.name

    @property
    def url(self) -> str:
        return self.url_secret.get_value()

    @url.setter
    def url(self, value: str) -> None:
        self.dialect = dialect_of(value)
        if self.url_secret_id:
            self.url_secret.set_value(value)
        else:
            secret = StoredSecret(key=f"datasource:{uuid.uuid4()}")
            secret.set_value(value)
            self.url_secret = secret

    def save(self, *args, **kwargs) -> None:
        if self.url_secret_id is None and getattr(self, "url_secret", None) is None:
            raise ValidationError(_("A data source needs a URL."))
        self.url_secret.save()
        self.url_secret = self.url_secret  # refresh the FK id after the secret's first save
        super().save(*args, **kwargs)

    @property
    def display_url(self) -> str:
        return masked(self.url)
