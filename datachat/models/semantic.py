"""Semantic models of data sources, stored as OSI YAML in numbered versions; one version per source is live."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import TimeStampedModel, VersionedModel
from .sources import DataSource


class SemanticModelVersion(VersionedModel, TimeStampedModel):
    """One numbered OSI YAML text of a data source's semantic model (see ``datachat.semantic``)."""

    versioned_by = "data_source"

    data_source = models.ForeignKey(DataSource, on_delete=models.CASCADE, related_name="semantic_versions",
                                    verbose_name=_("data source"))
    version = models.PositiveIntegerField(_("version"), editable=False)
    yaml = models.TextField(_("OSI YAML"))
    is_live = models.BooleanField(_("live"), default=False)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["data_source", "-version"]
        verbose_name = _("semantic model version")
        constraints = [
            models.UniqueConstraint(fields=["data_source", "version"], name="datachat_semantic_version_unique"),
            models.UniqueConstraint(fields=["data_source"], condition=models.Q(is_live=True),
                                    name="datachat_semantic_one_live_version"),
        ]

    def __str__(self) -> str:
        return f"{self.data_source_id and self.data_source.name} v{self.version}{' (live)' if self.is_live else ''}"

    def parsed(self):
        from datachat.semantic import read_osi

        return read_osi(self.yaml)

    def clean(self) -> None:
        from datachat.semantic import ModelError

        try:
            self.parsed()
        except ModelError as exc:
            raise ValidationError({"yaml": [str(p) for p in exc.problems]}) from exc
