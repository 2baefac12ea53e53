"""The live semantic model of a data source, and storing new versions."""

from functools import lru_cache

from datachat.models import DataSource, SemanticModelVersion
from datachat.semantic import SemanticModel, read_osi, write_osi


def save_version(source: DataSource, model: SemanticModel, *, note: str = "", live: bool = True
                 ) -> SemanticModelVersion:
    """Store ``model`` as the next version of ``source``'s semantic model (live unless told otherwise)."""
    return SemanticModelVersion.objects.create(data_source=source, yaml=write_osi(model), note=note[:200],
                                               is_live=live)


@lru_cache(maxsize=64)
def _parsed(pk: int, modified: str, text: str) -> SemanticModel:
    return read_osi(text)


def live_model(source: DataSource | None) -> SemanticModel | None:
    """The live version of ``source``'s model, parsed (cached per version and edit), or None."""
    if source is None or source.pk is None:
        return None
    live = SemanticModelVersion.objects.filter(data_source=source, is_live=True).first()
    return _parsed(live.pk, str(live.updated_at), live.yaml) if live else None
