"""The scope a command works on: a database URL as the operator sees it (every table)."""


def scope_for_url(url: str, engine: str | None = None, semantic_model: str | None = None):
    """A ``Scope`` over ``url``; ``semantic_model`` is an OSI YAML file the engines use for this run."""
    from django.core.exceptions import ValidationError

    from datachat.conf import conf
    from datachat.models.sources import dialect_of
    from datachat.services.guard import Scope

    from . import semantic as semantic_commands

    try:
        dialect = dialect_of(url)
    except ValidationError as exc:
        raise SystemExit(f"--database: {' '.join(exc.messages)}") from exc
    model = semantic_commands.load_model_file(semantic_model, url) if semantic_model else None
    return Scope(url=url, dialect=dialect, max_rows=conf.MAX_ROWS, translator=engine or "", key=url, semantic=model)
