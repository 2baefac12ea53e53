"""The scope a command works on: a database URL as the operator sees it (every table)."""


def scope_for_url(url: str, engine: str | None = None):
    from django.core.exceptions import ValidationError

    from datachat.conf import conf
    from datachat.models.sources import dialect_of
    from datachat.services.guard import Scope

    try:
        dialect = dialect_of(url)
    except ValidationError as exc:
        raise SystemExit(f"--database: {' '.join(exc.messages)}") from exc
    return Scope(url=url, dialect=dialect, max_rows=conf.MAX_ROWS, translator=engine or "", key=url)
