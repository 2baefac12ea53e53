"""The live semantic model of a data source, and storing new versions."""

from functools import lru_cache

from datachat.models import DataChatMessage, DataSource, SemanticModelVersion
from datachat.semantic import SemanticModel, VerifiedQuestion, read_osi, write_osi


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


def infer_version(source: DataSource) -> SemanticModelVersion:
    """Profile ``source``'s database into a draft model, stored as a new version that is not live."""
    import sqlalchemy as sa

    from datachat.semantic.infer import infer_model

    model = infer_model(sa.create_engine(source.url), name=source.slug or source.name)
    return save_version(source, model, note="draft inferred from the database", live=False)


def check_text(source: DataSource, text: str, *, dbt: bool = False) -> tuple[SemanticModel | None, list[str]]:
    """Parse OSI YAML (or a dbt manifest) and validate it against ``source``: (model, ["line N: problem"])."""
    import sqlalchemy as sa

    from datachat.semantic import ModelError
    from datachat.semantic.catalog import read_catalog
    from datachat.semantic.dbt import read_dbt_manifest
    from datachat.semantic.validate import validate_model

    try:
        model = read_dbt_manifest(text) if dbt else read_osi(text)
    except ModelError as exc:
        return None, [str(p) for p in exc.problems]
    try:
        problems = validate_model(model, read_catalog(sa.create_engine(source.url)))
    except sa.exc.SQLAlchemyError as exc:
        return model, [f"line 1: the database could not be read ({exc.__class__.__name__})"]
    return model, [str(p) for p in problems]


def candidate_questions(source: DataSource, limit: int = 200) -> list[tuple[DataChatMessage, VerifiedQuestion]]:
    """Answers visitors marked helpful, as (answer, verified question) pairs the live model lacks.

    The question is the visitor's message just before the answer; the SQL is what was run.
    """
    model = live_model(source)
    known = {v.question.strip().lower() for v in model.verified_questions} if model else set()
    out = []
    answers = (DataChatMessage.objects.filter(session__data_source=source, role=DataChatMessage.ASSISTANT,
                                              helpful=True).exclude(sql="").select_related("session")
               .order_by("-created_at")[:limit])
    for answer in answers:
        asked = (answer.session.messages.filter(role=DataChatMessage.USER, created_at__lte=answer.created_at)
                 .order_by("-created_at").first())
        if asked is None or asked.content.strip().lower() in known:
            continue
        known.add(asked.content.strip().lower())
        out.append((answer, VerifiedQuestion(question=asked.content.strip(), sql=answer.sql,
                                             verified_by=f"helpful answer {answer.pk}")))
    return out


def accept_candidates(source: DataSource, candidates: list[VerifiedQuestion], *, actor: str = ""
                      ) -> SemanticModelVersion | None:
    """A new live version with ``candidates`` added as verified questions (None when nothing is new)."""
    model = live_model(source) or SemanticModel(name=source.slug or "model")
    updated = model.with_additions(verified=tuple(candidates))
    if updated == model:
        return None
    note = f"{len(updated.verified_questions) - len(model.verified_questions)} verified question(s) accepted"
    return save_version(source, updated, note=f"{note} by {actor}" if actor else note, live=True)
